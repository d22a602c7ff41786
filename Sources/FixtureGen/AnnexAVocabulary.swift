/// The code lists the synthetic extracts draw from, with the ways real exports write them.
///
/// Weights are integers (per thousand) so draws stay exactly reproducible. The mixes are
/// plausible for an English LA, not measured from any real one.
enum AnnexAVocabulary {
  /// A CIN census referral (and contact) source.
  struct Source {
    let code: String
    /// Short wording used after `1A - ` in exports (`1A - Family member`).
    let short: String
    /// Wording used after the Annex A letter (`q) 6: Police`); nil for 5D, which the
    /// lettered list predates.
    let lettered: String?
    let letter: Character?
    let weight: Int
    /// A health source, the one family written with an en dash in some exports.
    var isHealth: Bool { code.hasPrefix("3") }
  }

  /// The 22 CIN census source codes, in census order.
  static let sources: [Source] = [
    Source(code: "1A", short: "Family member", lettered: "Individual - Family member", letter: "a", weight: 50),
    Source(code: "1B", short: "Acquaintance", lettered: "Individual - Acquaintance", letter: "b", weight: 10),
    Source(code: "1C", short: "Self", lettered: "Individual - Self", letter: "c", weight: 10),
    Source(code: "1D", short: "Other individual", lettered: "Individual - Other", letter: "d", weight: 10),
    Source(code: "2A", short: "Schools", lettered: "Schools", letter: "e", weight: 200),
    Source(code: "2B", short: "Education services", lettered: "Education services", letter: "f", weight: 20),
    Source(code: "3A", short: "GP", lettered: "Health - GP", letter: "g", weight: 20),
    Source(code: "3B", short: "Health visitor", lettered: "Health - Health visitor", letter: "h", weight: 20),
    Source(code: "3C", short: "School nurse", lettered: "Health - School nurse", letter: "i", weight: 10),
    Source(
      code: "3D", short: "Other primary health", lettered: "Health - Other primary health", letter: "j", weight: 20),
    Source(code: "3E", short: "A&E", lettered: "Health - A&E", letter: "k", weight: 30),
    Source(code: "3F", short: "Other health", lettered: "Health - Other", letter: "l", weight: 40),
    Source(code: "4", short: "Housing", lettered: "Housing", letter: "m", weight: 20),
    Source(code: "5A", short: "Social care", lettered: "LA services - Social care", letter: "n", weight: 40),
    Source(code: "5B", short: "LA other internal", lettered: "LA services - Other internal", letter: "o", weight: 20),
    Source(code: "5C", short: "LA external", lettered: "LA services - External", letter: "p", weight: 20),
    Source(code: "5D", short: "Early help", lettered: nil, letter: nil, weight: 20),
    Source(code: "6", short: "Police", lettered: "Police", letter: "q", weight: 290),
    Source(code: "7", short: "Other legal agency", lettered: "Other legal agency", letter: "r", weight: 40),
    Source(code: "8", short: "Other", lettered: "Other", letter: "s", weight: 40),
    Source(code: "9", short: "Anonymous", lettered: "Anonymous", letter: "t", weight: 20),
    Source(code: "10", short: "Unknown", lettered: "Unknown", letter: "u", weight: 50),
  ]

  static let sourceWeights: [(Int, Int)] = sources.indices.map { ($0, sources[$0].weight) }

  /// How a source is written in a given export.
  enum SourceStyle {
    /// `6`
    case bare
    /// `6 - Police`, `1A - Family member`
    case dashed
    /// `q) 6: Police`; with `enDash`, the health wording uses U+2013 (`g) 3A: Health – GP`).
    case lettered(enDash: Bool)
    /// `q) 6: Police`, `a) 1A: Individual`, `g) 3A: Health services`: the Annex A template's own
    /// wording, which names the group and not the kind (`../shared/reference/annex-a`).
    case annexA
  }

  static func text(_ s: Source, _ style: SourceStyle) -> String {
    switch style {
    case .bare: return s.code
    case .dashed: return "\(s.code) - \(s.short)"
    case .lettered(let enDash):
      guard let letter = s.letter, let words = s.lettered else { return "\(s.code) - \(s.short)" }
      let w = enDash ? words.replacingFirst(" - ", with: " \u{2013} ") : words
      return "\(letter)) \(s.code): \(w)"
    case .annexA:
      guard let letter = s.letter, let words = s.lettered else { return "\(s.code) - \(s.short)" }
      let group = words.firstRange(of: " - ").map { String(words[..<$0.lowerBound]) } ?? words
      return "\(letter)) \(s.code): \(group == "Health" ? "Health services" : group)"
    }
  }

  /// CIN census ethnicity codes with a mix per thousand.
  static let ethnicities: [(String, Int)] = [
    ("WBRI", 700), ("WIRI", 5), ("WOTH", 40), ("MWBC", 35), ("MWBA", 8), ("MWAS", 10), ("MOTH", 15),
    ("AIND", 20), ("APKN", 50), ("ABAN", 10), ("AOTH", 10), ("BCRB", 15), ("BAFR", 20), ("BOTH", 5),
    ("CHNE", 2), ("OOTH", 20), ("REFU", 5), ("NOBT", 30),
  ]

  static let genders: [(String, Int)] = [("M", 490), ("F", 490), ("U", 20)]

  /// `genders` as the Annex A template writes them (`b) Female`), same order and weights.
  static let annexAGenders: [(String, Int)] = zip(genders, ["a) Male", "b) Female", "c) Not stated/recorded"]).map {
    ($0.1, $0.0.1)
  }

  /// The Annex A template's ethnicity order: `a) WBRI` … `t) NOBT`.
  static let annexAEthnicityOrder = [
    "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB",
    "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
  ]

  /// An ethnicity code with its Annex A letter (`k) APKN`).
  static func annexAEthnicity(_ code: String) -> String {
    let i = annexAEthnicityOrder.firstIndex(of: code)!
    return "\(Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(i))))) \(code)"
  }

  /// Age at a child's first appearance, per thousand: more babies and more teenagers.
  static let firstAges: [(Int, Int)] = [
    (0, 110), (1, 60), (2, 55), (3, 55), (4, 55), (5, 55), (6, 55), (7, 55), (8, 50), (9, 50),
    (10, 50), (11, 50), (12, 55), (13, 60), (14, 65), (15, 60), (16, 45), (17, 15),
  ]

  /// Teams a referral is allocated to; `- Duty` starts with a hyphen on purpose (formula escaping).
  static let teams: [(String, Int)] = [
    ("Assessment Team North", 30), ("Assessment Team South", 30), ("Assessment Team East", 20),
    ("Assessment Team West", 20), ("- Duty", 15), ("MASH", 10),
  ]

  /// Synthetic worker names, `Worker 001` … `Worker 060`.
  static func worker(_ n: Int) -> String {
    "Worker " + String(n).leftPadded(to: 3)
  }

  static let workerCount = 60

  /// Teams as some case management systems name them: four of the six hold a comma, so a CSV
  /// export quotes them.
  static let commaTeams: [(String, Int)] = [
    ("MASH", 35), ("EDT", 20), ("Duty, North", 20), ("Duty, South", 20), ("CIN, East", 15), ("CIN, West", 15),
  ]

  /// Synthetic surnames for `Surname, I` worker names (which a CSV export quotes too).
  static let workerSurnames = ["Khan", "Lee", "Shah", "Cole", "Ward", "Hill", "Reid", "Nash", "Ali", "Roy"]

  /// Worker `n` of 1…60 as `Surname, I`: ten surnames by six initials, each pair once.
  static func commaWorker(_ n: Int) -> String {
    let surname = workerSurnames[(n - 1) % workerSurnames.count]
    let initial = Character(UnicodeScalar(UInt8(ascii: "A") + UInt8((n - 1) / workerSurnames.count)))
    return "\(surname), \(initial)"
  }

  /// Locality values for the extra, unknown `Locality` column.
  static let localities = ["Locality 1", "Locality 2", "Locality 3", "Locality 4", "Locality 5"]
}

extension String {
  func leftPadded(to width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }

  func replacingFirst(_ target: String, with replacement: String) -> String {
    var s = self
    if let r = s.firstRange(of: target) { s.replaceSubrange(r, with: replacement) }
    return s
  }
}
