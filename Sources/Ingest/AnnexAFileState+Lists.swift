import SafeguardCore
import SafeguardKernels

/// Row decoders for Annex A lists 1–8, each reading its columns by field.
///
/// A row without a child ID or a usable index date is left
/// out (ING010–ING012); the date of birth is checked against the index date (ING013, ING016);
/// any other value that cannot be read is a finding naming the file, line, column and raw value,
/// that value is nil (or `.unknown`), and the rest of the row is kept. Findings within a row come
/// in column order after the index date's. A column the file lacks reads as blank.
extension AnnexAFileState {
  mutating func decodeContact(_ record: CSVRecord) {
    guard let (c, d, born) = begun(record) else { return }
    let source = contactDetails.add(record, columns: detailColumns, born: born)
    checkSource(record, child: c, code: source, in: contactDetails.details.source)
    contacts.append(ContactRecord(child: c, date: d, file: fileIndex))
    used(d)
  }

  mutating func decodeReferral(_ record: CSVRecord) {
    guard let (c, d, born) = begun(record) else { return }
    let source = referralDetails.add(record, columns: detailColumns, born: born)
    checkSource(record, child: c, code: source, in: referralDetails.details.source)
    let nfa = yesNo(record, .nfa, child: c, leftOutOf: "the referral is counted but left out of the NFA figure")
    referrals.append(ReferralRecord(child: c, date: d, nfa: nfa, file: fileIndex))
    used(d)
  }

  mutating func decodeEarlyHelp(_ record: CSVRecord) {
    guard let (c, d) = begin(record) else { return }
    let completion = date(record, .completion, child: c)
    let organisation = text(record, .organisation)
    earlyHelp.append(
      EarlyHelpAssessmentRecord(
        child: c, start: d, completion: completion, organisation: organisation, file: fileIndex,
        line: UInt32(clamping: record.line)))
    used(d)
  }

  mutating func decodeAssessment(_ record: CSVRecord) {
    guard let (c, d, born) = begun(record) else { return }
    let disability = yesNo(record, .disability, child: c)
    describe(record, child: c, date: d, born: born, disability: disability)
    let seen = yesNo(record, .seen, child: c)
    let authorised = date(record, .authorised, child: c)
    let needsSupport = yesNo(record, .needsSupport, child: c)
    assessments.append(
      AnnexAAssessmentRecord(
        child: c, start: d, authorised: authorised, seen: seen, needsSupport: needsSupport, disability: disability,
        file: fileIndex, line: UInt32(clamping: record.line)))
    used(d)
  }

  mutating func decodeSection47(_ record: CSVRecord) {
    guard let (c, d, born) = begun(record) else { return }
    describe(record, child: c, date: d, born: born, disability: yesNo(record, .disability, child: c))
    let notRequired = yesNo(record, .icpcNotRequired, child: c)
    let icpc = date(record, .icpcDate, child: c)
    let plan = yesNo(record, .icpcResultedInPlan, child: c)
    section47s.append(
      AnnexASection47Record(
        child: c, start: d, icpcNotRequired: notRequired, icpcDate: icpc, icpcResultedInPlan: plan, file: fileIndex,
        line: UInt32(clamping: record.line)))
    used(d)
  }

  mutating func decodeCIN(_ record: CSVRecord) {
    guard let (c, d, born) = begun(record) else { return }
    describe(record, child: c, date: d, born: born, disability: yesNo(record, .disability, child: c))
    let need = code(record, .primaryNeed)
    let closure = date(record, .closure, child: c)
    let reason = code(record, .reasonForClosure)
    let status = code(record, .caseStatus)
    cinRecords.append(
      AnnexACINRecord(
        child: c, start: d, primaryNeed: need, closure: closure, reasonForClosure: reason, caseStatus: status,
        file: fileIndex, line: UInt32(clamping: record.line)))
    used(d)
  }

  mutating func decodePlan(_ record: CSVRecord) {
    guard let (c, d, born) = begun(record) else { return }
    describe(record, child: c, date: d, born: born, disability: yesNo(record, .disability, child: c))
    let initial = abuseCategory(record, .initialCategory, child: c)
    let latest = abuseCategory(record, .latestCategory, child: c)
    let visit = date(record, .lastVisit, child: c)
    let alone = yesNo(
      record, .seenAlone, child: c, leftOutOf: "the plan is counted but the child is left out of cp_seen_alone")
    let review = date(record, .latestReview, child: c)
    let end = date(record, .planEnd, child: c)
    let previous = count(record, .previousPlans, child: c)
    plans.append(
      AnnexAPlanRecord(
        child: c, start: d, initialCategory: initial, latestCategory: latest, latestReview: review, end: end,
        previousPlans: previous, lastVisit: visit, seenAlone: alone, file: fileIndex,
        line: UInt32(clamping: record.line)))
    used(d)
  }

  mutating func decodeCare(_ record: CSVRecord) {
    guard let (c, d, born) = begun(record) else { return }
    describe(record, child: c, date: d, born: born, disability: yesNo(record, .disability, child: c))
    let legal = code(record, .legalStatus)
    let ceased = date(record, .ceased, child: c)
    let reason = code(record, .reasonCeased)
    let missing = count(record, .missingEpisodes, child: c)
    let away = count(record, .awayEpisodes, child: c)
    careEpisodes.append(
      AnnexACareRecord(
        child: c, start: d, legalStatus: legal, ceased: ceased, reasonCeased: reason, missingEpisodes12m: missing,
        awayEpisodes12m: away, file: fileIndex, line: UInt32(clamping: record.line)))
    used(d)
  }

  /// Records the row's account of its child (lists 4 to 8) for the breakdowns.
  private mutating func describe(_ record: CSVRecord, child: Int32, date: Day, born: Day?, disability: YesNo) {
    descriptions.append(
      ChildDescription(
        child: child, date: date, birth: born, sex: .of(code(record, .sex)),
        ethnicity: .of(code(record, .ethnicity)), disability: .of(disability)))
  }

  // MARK: Fields

  /// A finding about `field`'s value on this row.
  private mutating func report(
    _ rule: Rule, _ record: CSVRecord, _ field: AnnexAField, child: Int32, _ message: String
  ) {
    findings.append(
      finding(
        rule, record.line, child: children[child], field: fieldName[field.rawValue],
        value: record.string(fieldSlot[field.rawValue]), message))
  }

  /// A date other than the index date; nil when absent, blank or not a date (ING013).
  private mutating func date(_ record: CSVRecord, _ field: AnnexAField, child: Int32) -> Day? {
    let at = fieldSlot[field.rawValue]
    guard at >= 0 else { return nil }
    switch record.withField(at, { FieldParsing.date($0) }) {
    case .date(let d): return d
    case .blank: return nil
    case .invalid(let why):
      report(Rules.badOtherDate, record, field, child: child, "\(why); the row is used without this date")
      return nil
    }
  }

  /// A yes/no answer; `.unknown` when absent, blank, unknown, or not a yes/no answer (ING014).
  private mutating func yesNo(
    _ record: CSVRecord, _ field: AnnexAField, child: Int32,
    leftOutOf: String = "the row is counted but left out of the figures that need this answer"
  ) -> YesNo {
    let at = fieldSlot[field.rawValue]
    guard at >= 0 else { return .unknown }
    if let answer = record.withField(at, { FieldParsing.yesNo($0) }) { return answer }
    report(Rules.badYesNo, record, field, child: child, "expected Y or N (Yes/No/1/0/True/False); \(leftOutOf)")
    return .unknown
  }

  /// A count; nil when absent, blank, or not a whole number of 0 or more (ING017).
  private mutating func count(_ record: CSVRecord, _ field: AnnexAField, child: Int32) -> Int? {
    let at = fieldSlot[field.rawValue]
    guard at >= 0 else { return nil }
    switch record.withField(at, { AnnexAFieldParsing.count($0) }) {
    case .value(let n): return n
    case .blank: return nil
    case .invalid:
      report(
        Rules.badInteger, record, field, child: child,
        "expected a whole number of 0 or more; the row is counted but left out of the figures that need this number")
      return nil
    }
  }

  /// A coded value, upper-case without an Annex A prefix; nil when absent or blank.
  private func code(_ record: CSVRecord, _ field: AnnexAField) -> String? {
    let at = fieldSlot[field.rawValue]
    guard at >= 0 else { return nil }
    return record.withField(at) { FieldParsing.isBlank($0) ? nil : FieldParsing.code($0) }
  }

  /// Free text, trimmed; nil when absent or blank.
  private func text(_ record: CSVRecord, _ field: AnnexAField) -> String? {
    let at = fieldSlot[field.rawValue]
    guard at >= 0 else { return nil }
    return record.withField(at) {
      FieldParsing.isBlank($0) ? nil : String(decoding: FieldParsing.trimmed($0), as: UTF8.self)
    }
  }

  /// A category of abuse as NEG, PHY, SAB, EMO or MUL; nil when absent, blank or not one (ING018).
  private mutating func abuseCategory(_ record: CSVRecord, _ field: AnnexAField, child: Int32) -> String? {
    guard let text = text(record, field) else { return nil }
    if let code = AnnexAFieldParsing.abuseCategory(text) { return code }
    report(
      Rules.unknownAbuseCategory, record, field, child: child,
      "'\(text)' is not a category of abuse (NEG, PHY, SAB, EMO, MUL, or Neglect, Physical, Sexual, Emotional, "
        + "Multiple); the plan is counted but left out of the figures by category")
    return nil
  }
}
