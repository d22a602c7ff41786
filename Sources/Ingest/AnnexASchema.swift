import SafeguardCore

/// A column of an Annex A list: its canonical header, the aliases seen in real exports, and
/// whether a file of that list is unusable without it.
struct AnnexAColumn {
  let canonical: String
  let aliases: [String]
  let required: Bool

  init(_ canonical: String, aliases: [String] = [], required: Bool = false) {
    self.canonical = canonical
    self.aliases = aliases
    self.required = required
  }

  /// Normalised keys this column answers to.
  var keys: [String] { ([canonical] + aliases).map(HeaderMatching.key) }
}

/// The layout of one Annex A list, from `specs/extracts.md` section 2.
///
/// A file is taken to be this list when its headers include the list's index-date column
/// (`Date of Contact`, `Date of referral`, …) under any accepted spelling. Adding a list means
/// adding a schema here and a row decoder, nothing else.
struct AnnexASchema {
  let kind: ExtractKind
  let columns: [AnnexAColumn]
  /// Position in `columns` of the column whose date places a row in a period.
  let indexColumn: Int

  /// Child Unique ID, Gender, Ethnicity, Date of Birth, Age of Child (Years): first in every list.
  static let common: [AnnexAColumn] = [
    AnnexAColumn(
      "Child Unique ID", aliases: ["Child ID", "ChildID", "Child Unique Identifier", "Child Ref"], required: true),
    AnnexAColumn("Gender", aliases: ["Sex"]),
    AnnexAColumn("Ethnicity"),
    AnnexAColumn("Date of Birth", aliases: ["DOB"]),
    AnnexAColumn("Age of Child (Years)", aliases: ["Age"]),
  ]

  static let contacts = AnnexASchema(
    kind: .annexAContacts,
    columns: common + [
      AnnexAColumn("Date of Contact", aliases: ["Contact Date"], required: true),
      AnnexAColumn("Contact Source"),
    ],
    indexColumn: 5)

  static let referrals = AnnexASchema(
    kind: .annexAReferrals,
    columns: common + [
      AnnexAColumn("Date of referral", aliases: ["Referral Date"], required: true),
      AnnexAColumn("Referral Source"),
      AnnexAColumn("Referral NFA?", aliases: ["Referral NFA", "NFA"]),
      AnnexAColumn("Number of Referrals in Last 12 Months"),
      AnnexAColumn("Allocated Team"),
      AnnexAColumn("Allocated Worker"),
    ],
    indexColumn: 5)

  static let all: [AnnexASchema] = [contacts, referrals]

  /// For each column of the schema, the position of the matching header (nil when absent).
  func positions(in headers: [String]) -> [Int?] {
    let keys = headers.map(HeaderMatching.key)
    return columns.map { col in
      let wanted = Set(col.keys)
      return keys.firstIndex { wanted.contains($0) }
    }
  }

  /// True when the headers carry this list's index-date column.
  func recognises(_ headers: [String]) -> Bool { positions(in: headers)[indexColumn] != nil }
}

/// CIN census referral source codes, also used for contact sources.
enum ReferralSourceCodes {
  static let all: Set<String> = [
    "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8",
    "9", "10",
  ]
}
