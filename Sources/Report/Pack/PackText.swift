/// Escaping and number reading shared by the page and its charts.
///
/// The page is written as text, not through a template library: it is a few hundred lines of
/// fixed structure, and every value in it passes through `escaped`, so no CSV text (an LA name, a
/// finding's message) can open a tag.
enum PackText {
  /// `s` with `&`, `<`, `>`, `"` and `'` written as character references, for text and attribute values.
  static func escaped(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(ch)
      }
    }
    return out
  }

  /// The number a CSV cell holds, nil for blank, `c` and every other token (`x`, `z`, `-` as DfE publishes them).
  static func number(_ text: String) -> Double? {
    guard let first = text.utf8.first, first == UInt8(ascii: "-") || (48...57).contains(first) else { return nil }
    return Double(text)
  }

  /// A coordinate for SVG: one decimal place, without a trailing `.0`, the same on every machine.
  static func coordinate(_ x: Double) -> String {
    let tenths = (x * 10).rounded()
    let whole = Int(tenths) / 10
    let part = abs(Int(tenths) % 10)
    if part == 0 { return String(whole) }
    return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(part)"
  }

  /// An axis label: whole numbers with thousands separators, else up to two decimal places.
  static func tick(_ x: Double) -> String {
    if x == x.rounded() && abs(x) < 1e15 { return grouped(Int(x)) }
    let hundredths = Int((x * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let a = abs(hundredths)
    let cents = a % 100
    let decimals = cents % 10 == 0 ? "\(cents / 10)" : (cents < 10 ? "0\(cents)" : "\(cents)")
    return sign + grouped(a / 100) + "." + decimals
  }

  /// `n` with a comma every three digits (`632,830`).
  static func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (k, ch) in digits.enumerated() {
      if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return (n < 0 ? "-" : "") + out
  }

  /// A fragment of an `id` attribute: letters and digits kept, everything else `-`.
  static func slug(_ s: String) -> String {
    String(s.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
  }

  /// How a unit is named after a value in words.
  static func unitWords(_ unit: String) -> String {
    switch unit {
    case "percent": return "%"
    case "rate": return " per 10,000 children"
    case "days": return " working days"
    default: return ""
    }
  }
}
