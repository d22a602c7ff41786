import SafeguardCore

extension StoredValue {
  /// The value as the store keeps it: the local figure, never a suppressed one.
  public init(_ v: IndicatorValue) {
    let figure: String
    let value: Double?
    switch v.figure {
    case .count(let n):
      figure = "count:\(n)"
      value = Double(n)
    case .ratio(let n, let d, let m):
      figure = "ratio:\(n)/\(d)*\(m)"
      value = d == 0 ? nil : Double(n) * Double(m) / Double(d)
    case .none:
      figure = "none"
      value = nil
    }
    self.init(
      indicator: v.indicator.id.rawValue, breakdown: v.breakdown, period: v.period.label, column: v.column.label,
      numerator: v.numerator, denominator: v.denominator, value: value, figure: figure,
      flags: v.flags.sorted().map(\.rawValue).joined(separator: ";"))
  }

  /// The indicator value again, or nil when this build no longer has the indicator or cannot
  /// read the period or figure (a store written by another version).
  public var indicatorValue: IndicatorValue? {
    guard let definition = IndicatorCatalogue.named(indicator), let period = try? Period.parse(period),
      let column = try? Period.parse(column), let figure = Self.figure(figure)
    else { return nil }
    var flagSet: Set<IndicatorFlag> = []
    for f in flags.split(separator: ";") {
      guard let flag = IndicatorFlag(rawValue: String(f)) else { return nil }
      flagSet.insert(flag)
    }
    return IndicatorValue(
      indicator: definition, breakdown: breakdown, period: period, column: column, numerator: numerator,
      denominator: denominator, figure: figure, flags: flagSet)
  }

  static func figure(_ text: String) -> Figure? {
    if text == "none" { return Figure.none }
    if text.hasPrefix("count:") { return Int(text.dropFirst(6)).map { .count($0) } }
    guard text.hasPrefix("ratio:") else { return nil }
    let parts = text.dropFirst(6).split(whereSeparator: { $0 == "/" || $0 == "*" }).compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return .ratio(numerator: parts[0], denominator: parts[1], multiplier: parts[2])
  }
}
