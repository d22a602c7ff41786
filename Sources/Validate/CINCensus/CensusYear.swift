import SafeguardCore

/// A CIN census year, named by the financial year it covers (`2024-25`: 1 April 2024 to 31 March
/// 2025, DfE's `Year` 2025).
public struct CensusYear: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The calendar year the census ends in (DfE's `CollectionDetails/Year`).
  public let endYear: Int

  public init(endingIn endYear: Int) { self.endYear = endYear }

  /// `2024-25`, `2024/25` or `2025` (DfE's `Year`); nil for anything else.
  public init?(_ text: String) {
    let t = text.filter { $0 != " " }
    if t.count == 4, let y = Int(t) {
      endYear = y
      return
    }
    let parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" })
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let start = Int(parts[0]),
      let end = Int(parts[1]),
      (start + 1) % 100 == end
    else { return nil }
    endYear = start + 1
  }

  /// The census year whose period holds `day` (1 April to 31 March).
  public init(containing day: Day) { endYear = Period.financialYearStart(of: day) + 1 }

  /// `2024-25`.
  public var label: String { Period.financialYear(endYear - 1).label }
  public var description: String { label }
  /// 1 April at the start of the census year.
  public var start: Day { Day(year: endYear - 1, month: 4, day: 1)! }
  /// 31 March at the end of the census year.
  public var end: Day { Day(year: endYear, month: 3, day: 31)! }

  public static func < (a: CensusYear, b: CensusYear) -> Bool { a.endYear < b.endYear }

  /// The years this build has DfE rules for, oldest first. A new year is one more entry here and
  /// the rule files whose `years` name it.
  public static let supported: [CensusYear] = [2024, 2025, 2026].map(CensusYear.init(endingIn:))
}

/// The census years a rule applies to: from its first year, up to its last when it was retired.
public struct CensusYears: Hashable, Sendable, CustomStringConvertible {
  public let first: CensusYear
  public let last: CensusYear?

  /// From `first` (`"2023-24"`) on, until a later year retires it.
  public static func from(_ first: String) -> CensusYears { CensusYears(first: CensusYear(first)!, last: nil) }
  /// From `first` to `last` inclusive (`"2023-24"`, `"2024-25"`).
  public static func between(_ first: String, _ last: String) -> CensusYears {
    CensusYears(first: CensusYear(first)!, last: CensusYear(last)!)
  }
  /// Only in `year`.
  public static func only(_ year: String) -> CensusYears { between(year, year) }
  /// Every supported year.
  public static let all = CensusYears(first: CensusYear.supported[0], last: nil)

  public func contains(_ year: CensusYear) -> Bool { year >= first && last.map { year <= $0 } ?? true }

  /// `2023-24 on`, `2023-24 to 2024-25`, `2024-25 only`.
  public var description: String {
    guard let last else { return "\(first.label) on" }
    return last == first ? "\(first.label) only" : "\(first.label) to \(last.label)"
  }
}
