/// One CSV cell.
///
/// Numbers are rendered without locale (a `.` decimal point, no grouping, a leading `-` only for
/// a value that is not zero after rounding). Rounding is half away from zero throughout.
public enum Cell: Hashable, Sendable {
  case text(String)
  case int(Int)
  /// numerator × multiplier ÷ denominator, rounded half away from zero to `places` decimals using exact
  /// integer arithmetic (no floating point), e.g. fraction(1, 3, multiplier: 100, places: 1) -> "33.3",
  /// fraction(1, 8, 100, 1) -> "12.5", fraction(1, 2000, 100, 1) -> "0.1", fraction(0, 5, 100, 1) -> "0.0".
  /// Denominator 0 -> blank.
  case fraction(Int, Int, multiplier: Int, places: Int)
  /// A decimal already computed (medians, means), written with `places` decimals, half away from zero.
  ///
  /// The value is rounded from its shortest round-trip decimal form, so a mean of exactly 0.15
  /// (held in binary as 0.1499999…) is written `0.2`, as a reader of the figure expects.
  /// NaN and infinities are written blank.
  case decimal(Double, places: Int)
  case blank
  /// A suppressed value, written `c`.
  case suppressed

  /// The text exactly as written in the file, before CSV quoting.
  ///
  /// A `.text` cell that begins with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`
  /// so that a spreadsheet never evaluates it; numbers never do. Negative `places` count as 0.
  public var rendered: String {
    switch self {
    case .text(let s): return Cell.guardFormula(s)
    case .int(let n): return String(n)
    case .fraction(let n, let d, let multiplier, let places):
      return Cell.renderFraction(n, d, multiplier: multiplier, places: max(0, places))
    case .decimal(let x, let places): return Cell.renderDecimal(x, places: max(0, places))
    case .blank: return ""
    case .suppressed: return "c"
    }
  }

  /// `s` with a leading `'` when its first character would start a spreadsheet formula.
  static func guardFormula(_ s: String) -> String {
    guard let first = s.utf8.first else { return s }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + s
    default: return s
    }
  }

  // MARK: Exact fractions

  static func renderFraction(_ n: Int, _ d: Int, multiplier: Int, places: Int) -> String {
    guard d != 0 else { return "" }
    var scale: Int128 = 1
    for _ in 0..<places { scale *= 10 }
    let num = Int128(n) * Int128(multiplier) * scale
    let den = Int128(d)
    let negative = (num < 0) != (den < 0) && num != 0
    let a = num.magnitude
    let b = den.magnitude
    var q = a / b
    let r = a % b
    if r >= b - r { q += 1 }  // 2r ≥ b without overflow: half away from zero
    return format(magnitude: String(q), places: places, negative: negative && q != 0)
  }

  /// Formats the digits of `value × 10^places` as a decimal with `places` decimals.
  static func format(magnitude digits: String, places: Int, negative: Bool) -> String {
    var s = digits
    if s.count <= places { s = String(repeating: "0", count: places - s.count + 1) + s }
    if places > 0 { s.insert(".", at: s.index(s.endIndex, offsetBy: -places)) }
    return negative ? "-" + s : s
  }

  // MARK: Doubles

  static func renderDecimal(_ x: Double, places: Int) -> String {
    guard x.isFinite else { return "" }
    // The shortest decimal that round-trips, e.g. "0.15", "1e-05", "1.5e+20".
    let text = "\(x.magnitude)"
    var digits: [UInt8] = []
    var pointAt: Int? = nil
    var exponent = 0
    var utf8 = text.utf8[...]
    while let c = utf8.first, c != UInt8(ascii: "e"), c != UInt8(ascii: "E") {
      utf8 = utf8.dropFirst()
      if c == UInt8(ascii: ".") { pointAt = digits.count } else { digits.append(c - UInt8(ascii: "0")) }
    }
    if !utf8.isEmpty { exponent = Int(String(decoding: utf8.dropFirst(), as: UTF8.self)) ?? 0 }
    // value = 0.d1d2d3… × 10^intDigits
    let intDigits = (pointAt ?? digits.count) + exponent
    // Keep intDigits + places digits, padded with zeros, and round on the next one.
    let keep = intDigits + places
    var kept: [UInt8]
    var roundUp = false
    if keep < 0 {
      kept = []
    } else {
      kept = Array(digits.prefix(keep))
      if kept.count < keep { kept += [UInt8](repeating: 0, count: keep - kept.count) }
      if keep < digits.count { roundUp = digits[keep] >= 5 }
    }
    if roundUp {
      var i = kept.count - 1
      while i >= 0 && kept[i] == 9 {
        kept[i] = 0
        i -= 1
      }
      if i >= 0 { kept[i] += 1 } else { kept.insert(1, at: 0) }
    }
    var magnitude = String(decoding: kept.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    while magnitude.count > places + 1 && magnitude.first == "0" { magnitude.removeFirst() }
    let isZero = kept.allSatisfy { $0 == 0 }
    return format(magnitude: magnitude.isEmpty ? "0" : magnitude, places: places, negative: x < 0 && !isZero)
  }
}
