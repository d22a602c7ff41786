/// Tolerant matching of column headers to canonical column names.
///
/// Case, surrounding and repeated spaces, a trailing `?`, a `(Y/N)` suffix and punctuation do not
/// matter: `Referral NFA?`, `referral nfa (y/n)` and ` Referral  NFA ` all read as `referral nfa`.
enum HeaderMatching {
  /// The normalised form used for comparison.
  static func key(_ header: String) -> String {
    var s = header.lowercased()
    for suffix in ["(y/n)?", "(y/n)", "?"] {
      let trimmed = s.trimmingSpaces()
      if trimmed.hasSuffix(suffix) { s = String(trimmed.dropLast(suffix.count)) }
    }
    var out = ""
    var lastSpace = true
    for ch in s {
      if ch.isLetter || ch.isNumber {
        out.append(ch)
        lastSpace = false
      } else if ch == "'" || ch == "’" {
        continue
      } else if !lastSpace {
        out.append(" ")
        lastSpace = true
      }
    }
    if out.hasSuffix(" ") { out.removeLast() }
    return out
  }

  /// Levenshtein distance, for naming the closest header present.
  static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev = Array(0...y.count)
    var cur = prev
    for i in 1...x.count {
      cur[0] = i
      for j in 1...y.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      swap(&prev, &cur)
    }
    return prev[y.count]
  }

  /// The header in `present` closest to `wanted`.
  static func closest(to wanted: String, in present: [String]) -> String? {
    let k = key(wanted)
    return present.min { distance(key($0), k) < distance(key($1), k) }
  }
}
