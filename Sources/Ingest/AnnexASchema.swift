import SafeguardCore

/// A value the reader decodes from a row. Columns without one are recognised (so they are not
/// listed as unknown) but never copied out of the parser's buffer.
enum AnnexAField: Int, CaseIterable {
  case childID, sex, ethnicity, birthDate, indexDate
  /// Lists 1 and 3.
  case source, nfa
  /// List 2.
  case completion, organisation
  /// List 4.
  case disability, seen, authorised, needsSupport
  /// List 5.
  case icpcNotRequired, icpcDate, icpcResultedInPlan
  /// List 6.
  case primaryNeed, closure, reasonForClosure, caseStatus
  /// List 7.
  case initialCategory, latestCategory, lastVisit, seenAlone, latestReview, planEnd, previousPlans
  /// List 8.
  case legalStatus, ceased, reasonCeased, missingEpisodes, awayEpisodes
}

/// A column of an Annex A list.
typealias AnnexAColumn = ExtractColumn<AnnexAField>

/// The layout of one Annex A list, from `specs/extracts.md` section 2.
///
/// A file is taken to be this list when its headers include the list's index-date column
/// (`Date of Contact`, `Date of referral`, …) under its canonical name or an alias; see
/// `recognise(_:)` for a header row that carries more than one list's index column. The index
/// column is the one whose field is `.indexDate`. Adding a list means adding a schema (lists 2
/// and 4–8 are in `AnnexASchema+Lists.swift`) and a row decoder, nothing else.
struct AnnexASchema {
  let kind: ExtractKind
  let columns: [AnnexAColumn]
  /// Position in `columns` of the column whose date places a row in a period.
  let indexColumn: Int

  init(kind: ExtractKind, columns: [AnnexAColumn]) {
    self.kind = kind
    self.columns = columns
    indexColumn = columns.firstIndex { $0.field == .indexDate }!
  }

  /// Child Unique ID, Gender, Ethnicity, Date of Birth, Age of Child (Years): first in every list.
  static let common: [AnnexAColumn] = [
    AnnexAColumn(
      "Child Unique ID", aliases: ["Child ID", "ChildID", "Child Unique Identifier", "Child Ref"], required: true,
      field: .childID),
    AnnexAColumn("Gender", aliases: ["Sex"], field: .sex),
    AnnexAColumn("Ethnicity", field: .ethnicity),
    AnnexAColumn("Date of Birth", aliases: ["DOB"], field: .birthDate),
    AnnexAColumn("Age of Child (Years)", aliases: ["Age"]),
  ]

  static let contacts = AnnexASchema(
    kind: .annexAContacts,
    columns: common + [
      AnnexAColumn("Date of Contact", aliases: ["Contact Date"], required: true, field: .indexDate),
      AnnexAColumn("Contact Source", field: .source),
    ])

  static let referrals = AnnexASchema(
    kind: .annexAReferrals,
    columns: common + [
      AnnexAColumn("Date of referral", aliases: ["Referral Date"], required: true, field: .indexDate),
      AnnexAColumn("Referral Source", field: .source),
      AnnexAColumn("Referral NFA?", aliases: ["Referral NFA", "NFA"], field: .nfa),
      AnnexAColumn("Number of Referrals in Last 12 Months"),
      AnnexAColumn("Allocated Team"),
      AnnexAColumn("Allocated Worker"),
    ])

  /// Every list the reader knows, in list order.
  static let all: [AnnexASchema] = [
    contacts, earlyHelp, referrals, assessments, section47s, childrenInNeed, childProtection, childrenInCare,
  ]

  /// For each column of the schema, the position of the matching header (nil when absent).
  func positions(in headers: [String]) -> [Int?] { AnnexAColumn.positions(of: columns, in: headers) }

  /// True when the headers carry this list's index-date column.
  func recognises(_ headers: [String]) -> Bool { positions(in: headers)[indexColumn] != nil }

  /// Which list a header row belongs to.
  ///
  /// The candidates are the lists whose index-date column is present. With one candidate, that
  /// list. With several (an export that adds, say, the referral date to its assessment list), the
  /// list with the most of its own columns present (beyond the common five) wins; a tie is
  /// `.ambiguous` and the file is reported, never guessed.
  static func recognise(_ headers: [String]) -> AnnexARecognition {
    let scored = all.compactMap { schema -> (AnnexASchema, Int)? in
      let found = schema.positions(in: headers)
      guard found[schema.indexColumn] != nil else { return nil }
      return (schema, found[common.count...].filter { $0 != nil }.count)
    }
    guard let best = scored.map(\.1).max() else { return .noList }
    let top = scored.filter { $0.1 == best }.map(\.0)
    return top.count == 1 ? .list(top[0]) : .ambiguous(top.map(\.kind))
  }
}

/// What a header row says about the list a file holds.
enum AnnexARecognition {
  case list(AnnexASchema)
  /// No list's index-date column is present.
  case noList
  /// Several lists fit equally well: the file is reported, not guessed.
  case ambiguous([ExtractKind])
}

/// CIN census referral source codes, also used for contact sources.
enum ReferralSourceCodes {
  static let all: Set<String> = [
    "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8",
    "9", "10",
  ]
}
