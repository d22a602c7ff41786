import SafeguardCore

/// The same small extract twice (`Fixtures/variants/`): once tidy, once in every dialect at
/// once. The pipeline must give identical figures for the two folders.
struct VariantFiles {
  let la: SyntheticLA

  static let cleanReferrals = "variants/clean/referrals.csv"
  static let cleanContacts = "variants/clean/contacts.csv"
  static let messyReferrals = "variants/utf16-aliased/referrals.csv"
  static let messyContacts = "variants/utf16-aliased/contacts.csv"

  /// Aliased list 3 headers, with DOB moved before Sex so columns must be matched by name.
  static let aliasedList3Header = [
    "ChildID", "DOB", "Sex", "Ethnicity", "Age of Child (Years)", "Referral Date", "Referral Source", "Referral NFA?",
    "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker",
  ]

  func files() -> [FixtureFile] {
    [clean(referrals: true), clean(referrals: false), messyReferralFile(), messyContactFile()]
  }

  private func clean(referrals: Bool) -> FixtureFile {
    var doc = CSVDocument(lineEnd: .lf)
    if referrals {
      doc.append(AnnexAFiles.list3Header)
      for ref in la.referrals {
        let c = la.children[ref.child]
        doc.append([
          c.id, c.gender, c.ethnicity, DateText.dmy(c.dob), String(DateText.age(c.dob, at: ref.day)),
          DateText.dmy(ref.day), AnnexAVocabulary.sources[ref.source].code, ref.nfa ? "Y" : "N",
          String(ref.priorIn12Months), ref.team, ref.worker,
        ])
      }
    } else {
      doc.append(AnnexAFiles.list1Header)
      for contact in la.contacts {
        let c = la.children[contact.child]
        doc.append([
          c.id, c.gender, c.ethnicity, DateText.dmy(c.dob), String(DateText.age(c.dob, at: contact.day)),
          DateText.dmy(contact.day), AnnexAVocabulary.sources[contact.source].code,
        ])
      }
    }
    return FixtureFile(
      path: referrals ? VariantFiles.cleanReferrals : VariantFiles.cleanContacts,
      bytes: TextEncoding.utf8.encode(doc.text),
      encoding: .utf8, lineEnd: .lf, records: doc.dataRecords, lines: doc.physicalLines)
  }

  private func messyReferralFile() -> FixtureFile {
    var doc = CSVDocument(lineEnd: .crlf)
    doc.append(VariantFiles.aliasedList3Header)
    for ref in la.referrals {
      let c = la.children[ref.child]
      doc.append([
        c.id, c.dob.iso, c.gender, c.ethnicity, String(DateText.age(c.dob, at: ref.day)), ref.day.iso,
        AnnexAVocabulary.text(AnnexAVocabulary.sources[ref.source], .dashed), ref.nfa ? "Yes" : "No",
        String(ref.priorIn12Months), ref.team, ref.worker,
      ])
    }
    return FixtureFile(
      path: VariantFiles.messyReferrals, bytes: TextEncoding.utf16LEBOM.encode(doc.text), encoding: .utf16LEBOM,
      lineEnd: .crlf, records: doc.dataRecords, lines: doc.physicalLines)
  }

  private func messyContactFile() -> FixtureFile {
    var doc = CSVDocument(lineEnd: .cr)
    doc.append(AnnexAFiles.list1Header)
    for contact in la.contacts {
      let c = la.children[contact.child]
      doc.append([
        c.id, c.gender, c.ethnicity, DateText.dmy(c.dob), String(DateText.age(c.dob, at: contact.day)),
        DateText.dmy(contact.day), AnnexAVocabulary.text(AnnexAVocabulary.sources[contact.source], .dashed),
      ])
    }
    return FixtureFile(
      path: VariantFiles.messyContacts, bytes: TextEncoding.utf8BOM.encode(doc.text), encoding: .utf8BOM,
      lineEnd: .cr, records: doc.dataRecords, lines: doc.physicalLines)
  }
}
