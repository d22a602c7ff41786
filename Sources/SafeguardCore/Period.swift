/// A reporting period: a financial year, a quarter of one, a calendar month, or a rolling year.
///
/// Labels: `2024-25` (1 April 2024 to 31 March 2025), `2024-25-Q3` (1 October to
/// 31 December 2024; Q1 is April–June), `2024-12` (December 2024) and `R12-2024-12`
/// (the twelve months ending 31 December 2024). Both ends are inclusive.
public struct Period: Hashable, Sendable, CustomStringConvertible {
  public enum Kind: Int, Sendable, Comparable {
    case financialYear, quarter, month, rollingYear
    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
  }

  public let kind: Kind
  public let start: Day
  public let end: Day

  public var description: String { label }

  /// The financial year starting 1 April `startYear`.
  public static func financialYear(_ startYear: Int) -> Period {
    Period(
      kind: .financialYear, start: Day(year: startYear, month: 4, day: 1)!,
      end: Day(year: startYear + 1, month: 3, day: 31)!)
  }

  /// Quarter `q` (1–4) of the financial year starting 1 April `startYear`.
  public static func quarter(_ startYear: Int, _ q: Int) -> Period {
    let first = Day(year: startYear, month: 4, day: 1)!.adding(months: 3 * (q - 1))
    return Period(kind: .quarter, start: first, end: first.adding(months: 3).adding(days: -1))
  }

  public static func month(_ year: Int, _ month: Int) -> Period {
    let first = Day(year: year, month: month, day: 1)!
    return Period(kind: .month, start: first, end: first.adding(months: 1).adding(days: -1))
  }

  /// The twelve months ending on the last day of `year`-`month`.
  public static func rollingYear(endingYear year: Int, month: Int) -> Period {
    let last = Period.month(year, month)
    return Period(kind: .rollingYear, start: last.start.adding(months: -11), end: last.end)
  }

  /// The financial year (April–March) that contains `day`, as its starting calendar year.
  public static func financialYearStart(of day: Day) -> Int {
    let (y, m, _) = day.components
    return m >= 4 ? y : y - 1
  }

  public var label: String {
    let (sy, sm, _) = start.components
    let (ey, em, _) = end.components
    switch kind {
    case .financialYear: return "\(sy)-\(Day.pad((sy + 1) % 100, 2))"
    case .quarter:
      let fy = Period.financialYearStart(of: start)
      let q = ((sm + 12 - 4) % 12) / 3 + 1
      return "\(fy)-\(Day.pad((fy + 1) % 100, 2))-Q\(q)"
    case .month: return "\(sy)-\(Day.pad(sm, 2))"
    case .rollingYear: return "R12-\(ey)-\(Day.pad(em, 2))"
    }
  }

  public func contains(_ day: Day) -> Bool { day >= start && day <= end }

  /// Number of calendar months the period spans.
  public var months: Int {
    switch kind {
    case .financialYear, .rollingYear: return 12
    case .quarter: return 3
    case .month: return 1
    }
  }

  /// The rolling twelve months ending on this period's last day (itself for a year).
  public var rollingYear: Period {
    if months == 12 { return self }
    let (y, m, _) = end.components
    return .rollingYear(endingYear: y, month: m)
  }

  /// The period of the same kind immediately before this one.
  public var previous: Period {
    switch kind {
    case .financialYear:
      return .financialYear(start.year - 1)
    case .quarter:
      let p = start.adding(months: -3)
      return .quarter(Period.financialYearStart(of: p), ((p.month + 12 - 4) % 12) / 3 + 1)
    case .month:
      let p = start.adding(months: -1)
      return .month(p.year, p.month)
    case .rollingYear:
      let p = end.adding(months: -1)
      return .rollingYear(endingYear: p.year, month: p.month)
    }
  }

  /// The financial year this period ends in.
  public var financialYear: Period { .financialYear(Period.financialYearStart(of: end)) }

  /// The quarter containing `day`.
  public static func quarter(containing day: Day) -> Period {
    let fy = financialYearStart(of: day)
    return .quarter(fy, ((day.month + 12 - 4) % 12) / 3 + 1)
  }

  /// Parses a period label.
  ///
  /// `yyyy-mm` whose two digits follow the year (`2011-12`) is read as the financial year; the
  /// months it could also name (January 2000 to December 2011) predate every extract.
  ///
  /// - Throws: `PeriodLabelError` naming the accepted forms when the label is not one of them
  ///   or names an impossible period (`2024-26`, `2024-25-Q5`, `2024-13`).
  public static func parse(_ text: String) throws(PeriodLabelError) -> Period {
    let t = text.trimmingSpaces()
    let parts = t.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    func year(_ s: String) -> Int? { s.count == 4 && s.allSatisfy(\.isASCIIDigit) ? Int(s) : nil }
    func two(_ s: String) -> Int? { s.count == 2 && s.allSatisfy(\.isASCIIDigit) ? Int(s) : nil }
    if parts.count == 2, let y = year(parts[0]), let n = two(parts[1]) {
      if n == (y + 1) % 100 { return .financialYear(y) }
      if (1...12).contains(n) { return .month(y, n) }
    }
    if parts.count == 3, let y = year(parts[0]), let n = two(parts[1]), n == (y + 1) % 100,
      parts[2].count == 2, parts[2].first == "Q", let q = Int(parts[2].dropFirst()), (1...4).contains(q)
    {
      return .quarter(y, q)
    }
    if parts.count == 3, parts[0] == "R12", let y = year(parts[1]), let m = two(parts[2]), (1...12).contains(m) {
      return .rollingYear(endingYear: y, month: m)
    }
    throw PeriodLabelError(label: text)
  }
}

/// A period label that is not one of the accepted forms.
public struct PeriodLabelError: Error, CustomStringConvertible, Sendable {
  public let label: String
  public var description: String {
    "'\(label)' is not a period label; expected a financial year (2024-25), a quarter (2024-25-Q3), "
      + "a month (2024-12) or a rolling year (R12-2024-12)"
  }
}

extension Character {
  var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  public func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s = s.dropLast() }
    return String(s)
  }
}
