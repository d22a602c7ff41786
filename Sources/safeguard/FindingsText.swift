import SafeguardCore

/// Findings as a person reads them on a terminal.
enum FindingsText {
  /// One line per rule: severity, code, issues, children, message; errors first, most issues first.
  static func summary(_ findings: [Finding]) -> String {
    struct Tally {
      var rule: Rule
      var issues: Set<Int> = []
      var places = 0
      var children: Set<String> = []
      var count: Int { issues.count + places }
    }
    var byRule: [String: Tally] = [:]
    for f in findings {
      var t = byRule[f.rule.code] ?? Tally(rule: f.rule)
      if let id = f.issueID { t.issues.insert(id) } else { t.places += 1 }
      if let c = f.childRef { t.children.insert(c) }
      byRule[f.rule.code] = t
    }
    let rows = byRule.values.sorted {
      $0.rule.severity != $1.rule.severity
        ? $0.rule.severity < $1.rule.severity
        : $0.count != $1.count ? $0.count > $1.count : $0.rule.code < $1.rule.code
    }
    var out = ""
    for severity in Severity.allCases {
      let these = rows.filter { $0.rule.severity == severity }
      guard !these.isEmpty else { continue }
      let total = these.reduce(0) { $0 + $1.count }
      out += "\n\(severity == .query ? "queries" : severity.rawValue + "s"): \(total.grouped)\n"
      out += "  code     issues  children  message\n"
      for t in these {
        out +=
          "  " + pad(t.rule.code, 7) + pad(t.count.grouped, 8, right: true)
          + pad(t.children.count.grouped, 10, right: true)
          + "  " + t.rule.summary + "\n"
      }
    }
    return out
  }

  /// The issues grouped by child (children in ID order; findings with no child last), each with
  /// its rule, severity, line, field, value and message.
  static func byChild(_ findings: [Finding]) -> String {
    let grouped = Dictionary(grouping: findings) { $0.childRef ?? "" }
    var out = ""
    for child in grouped.keys.sorted(by: { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }) {
      let these = grouped[child]!.sorted {
        ($0.file, $0.line ?? 0, $0.rule.code) < ($1.file, $1.line ?? 0, $1.rule.code)
      }
      out += "\n" + (child.isEmpty ? "not about one child" : "child \(child)") + " (\(these.count) findings)\n"
      for f in these {
        var place = f.place
        if let field = f.field { place += " \(field)" }
        if let value = f.value { place += " '\(value)'" }
        out += "  [\(f.rule.code) \(f.rule.severity.rawValue)] \(place): \(f.message)\n"
      }
    }
    return out
  }

  static func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
    guard s.count < n else { return s }
    let fill = String(repeating: " ", count: n - s.count)
    return right ? fill + s : s + fill
  }
}
