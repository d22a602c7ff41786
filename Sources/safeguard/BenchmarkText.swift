import Benchmark
import Pipeline
import Report
import SafeguardCore

/// The terminal tables of `safeguard benchmark` and `safeguard neighbours`.
enum BenchmarkText {
  static func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
    let t = s.count > n ? String(s.prefix(n - 1)) + "…" : s
    let fill = String(repeating: " ", count: max(0, n - t.count))
    return right ? fill + t : t + fill
  }

  static func number(_ d: Double?) -> String {
    guard let d else { return "" }
    return Cell.decimal(d, places: 1).rendered
  }

  static func table(_ a: BenchmarkAnswer) -> String {
    let name = ReferenceData.localAuthorities[a.la]?.name ?? a.la.value
    let region = a.rows.first?.regionName ?? ReferenceData.localAuthorities[a.la]?.regionName ?? ""
    var s = "\(name) (\(a.la)) against its \(a.version.rawValue) statistical neighbours (\(a.average.rawValue)), "
    s += "\(region) and England\n\n"
    s += pad("indicator", 46) + "  " + pad("year", 9) + pad("LA", 9, right: true) + pad("SN", 9, right: true)
    s += pad("(n)", 5, right: true) + pad("region", 9, right: true) + pad("England", 9, right: true)
    s += pad("rank", 10, right: true) + pad("band", 6, right: true) + "  vs SN\n"
    for r in a.rows {
      let sn = a.average == .median ? r.snMedian : r.snMean
      let rank = r.rank.map { "\($0)/\(r.rankOf ?? 0)" } ?? ""
      let label = r.breakdown.isEmpty ? r.indicator.name : "  \(r.breakdown) (% of total)"
      s += pad(label, 46) + "  " + pad(ReferenceData.yearLabel(r.year), 9)
      s += pad(r.laPublished?.text ?? "", 9, right: true) + pad(number(sn), 9, right: true)
      s += pad("\(r.snCount)", 5, right: true) + pad(r.region?.text ?? "", 9, right: true)
      s += pad(r.england?.text ?? "", 9, right: true) + pad(rank, 10, right: true)
      s += pad(r.quartileBand ?? "", 6, right: true) + "  " + (r.versusSN ?? "") + "\n"
    }
    return s
  }

  /// Both versions of an LA's neighbours, with names and closeness.
  static func neighbours(of text: String) throws -> String {
    let la = try BenchmarkCommandSupport.laCode(text)
    let me = ReferenceData.localAuthorities[la]!
    var s = "\(me.name) (\(la)), \(me.regionName)\n"
    for version in SNVersion.allCases.reversed() {
      s += "\nstatistical neighbours, DfE \(version == .v2025 ? "May 2025" : "April 2021") model:\n"
      guard let list = ReferenceData.neighbours(of: la, version: version) else {
        s += "  none: \(la) has no list in this version\n"
        continue
      }
      for n in list {
        let name = ReferenceData.localAuthorities[n.la]?.name ?? n.la.value
        s += "  " + pad("\(n.rank)", 3, right: true) + "  \(n.la)  " + pad(name, 36) + n.closeness + "\n"
      }
    }
    return s
  }

  /// Every LA code the reference data knows, with its name and region.
  static func allLocalAuthorities() -> String {
    ReferenceData.localAuthorities.values.sorted { $0.code < $1.code }.map {
      "\($0.code)  " + pad($0.name, 36) + $0.regionName
    }.joined(separator: "\n") + "\n"
  }
}
