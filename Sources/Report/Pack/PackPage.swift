import SafeguardCore

/// `pack.html`: the quarterly pack as one self-contained page, built from the run's own CSV dashboards.
///
/// The page reads only the files in `sources` (never a `*.PERSONAL.csv`), so every figure on it
/// is the CSV's text and publishing mode suppresses here exactly as there. Styles and charts are
/// inline and there is no script, so the file opens from a USB stick or an e-mail with the
/// network off, and prints on A4 portrait with each section starting a page. Sections follow a
/// partnership annual report: headlines, then one per indicator family, the police and social
/// care reconciliation within the missing section, and data quality last. The bytes depend only
/// on the CSVs, so two runs over the same inputs give the same page.
public enum PackPage {
  public static let fileName = "pack.html"

  /// The CSV dashboards the page is built from, in the order it reads them.
  public static let sources = [
    "activity_summary.csv", "indicators.csv", "trend.csv", "benchmark.csv", "benchmark_neighbours.csv",
    "missing_reconciliation.csv", "lado.csv", "data_quality.csv",
  ]

  /// The CSV dashboards `pack.html` needs to be rendered, as output kinds.
  public static let kinds: [OutputKind] = [
    .activitySummary, .indicators, .trend, .benchmark, .benchmarkNeighbours, .missingReconciliation, .lado,
    .dataQuality,
  ]

  /// One section of the page: its anchor, heading, and the indicator families it shows.
  struct Section {
    let anchor: String
    let heading: String
    let families: [IndicatorFamily]
  }

  static let familySections: [Section] = [
    Section(anchor: "front-door", heading: "Front door: contacts and referrals", families: [.frontDoor]),
    Section(anchor: "assessments", heading: "Assessments", families: [.assessments]),
    Section(
      anchor: "s47", heading: "Section 47 enquiries and child protection conferences", families: [.s47Conferences]),
    Section(anchor: "cpp", heading: "Child protection plans", families: [.childProtectionPlans]),
    Section(anchor: "cin-cla", heading: "Children in need and children in care", families: [.cinCla]),
    Section(
      anchor: "missing", heading: "Missing children, and the police and social care records", families: [.missing]),
    Section(anchor: "lado", heading: "Allegations against adults working with children (LADO)", families: [.lado]),
  ]

  /// The page from the CSV files by name (`trend.csv` → its bytes).
  ///
  /// - Throws: `RunFailure(.noInput, …)` when `trend.csv` or `indicators.csv` is missing (every
  ///   other file may be: its part of the page then says so); `RunFailure(.dataError, …)` for a
  ///   CSV that is not as the run writes it.
  public static func render(_ files: [String: [UInt8]]) throws -> [UInt8] {
    var tables: [String: CSVTable] = [:]
    for name in sources {
      if let bytes = files[name] { tables[name] = try CSVTable(name: name, bytes: bytes) }
    }
    guard let trend = tables["trend.csv"], let indicators = tables["indicators.csv"] else {
      let missing = ["trend.csv", "indicators.csv"].filter { tables[$0] == nil }
      throw RunFailure(
        .noInput,
        "the pack needs \(missing.joined(separator: " and ")), which the run did not write; "
          + "add trend and indicators to the pipeline's outputs")
    }
    let data = PackData(tables: tables, trend: trend, indicators: indicators)
    return Array(document(data).utf8)
  }

  static func document(_ data: PackData) -> String {
    let place = data.laName.map { "\($0) (LA \(data.laCode ?? ""))" } ?? data.laCode.map { "LA \($0)" }
    let title = "Performance pack" + (place.map { ": \($0)" } ?? "") + ", \(data.period)"
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(PackText.escaped(title))</title>
      <style>
      \(PackStyle.css)</style>
      </head>
      <body>
      <header>
      <h1>\(PackText.escaped(title))</h1>

      """
    html += "<p>For the partnership's performance sub-group. \(PackText.escaped(data.periodWords)) "
    html += "Every figure is taken from the CSV files beside this page, which hold the same numbers for checking "
    html += "and for other tools.</p>\n"
    html += key()
    html += "<nav aria-label=\"Sections\"><h2 class=\"toc\">Contents</h2><ol>\n"
    let sections =
      [("headlines", "Headlines")] + familySections.map { ($0.anchor, $0.heading) }
      + [("data-quality", "Data quality")]
    for (anchor, heading) in sections {
      html += "<li><a href=\"#\(anchor)\">\(PackText.escaped(heading))</a></li>\n"
    }
    html += "</ol></nav>\n</header>\n<main>\n"
    html += headlines(data)
    for section in familySections {
      html += "<section id=\"\(section.anchor)\" aria-labelledby=\"\(section.anchor)-h\">\n"
      html += "<h2 id=\"\(section.anchor)-h\">\(PackText.escaped(section.heading))</h2>\n"
      if section.families.contains(.missing) { html += reconciliation(data) }
      let ids = data.indicatorIDs.filter { id in
        IndicatorCatalogue.named(id).map { section.families.contains($0.family) } ?? false
      }
      if ids.isEmpty { html += "<p>This run calculated none of these figures.</p>\n" }
      for id in ids { html += indicator(id, data) }
      html += "</section>\n"
    }
    let others = data.indicatorIDs.filter { IndicatorCatalogue.named($0) == nil }
    if !others.isEmpty {
      html += "<section id=\"other\" aria-labelledby=\"other-h\">\n<h2 id=\"other-h\">Other figures</h2>\n"
      for id in others { html += indicator(id, data) }
      html += "</section>\n"
    }
    html += dataQuality(data)
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  /// How to read the marks, once, at the top.
  static func key() -> String {
    """
    <div class="key">
    <h2 class="toc">How to read this pack</h2>
    <ul>
    <li><strong>c</strong>: suppressed, a small number withheld (publishing mode); <strong>no value</strong>: \
    nothing to show for that period (no data, or a figure that cannot be worked out). Neither is ever a zero.</li>
    <li>Trend charts: this LA as a solid blue line with round markers; hollow markers are figures from the \
    history store of earlier runs; the statistical neighbour average as a purple dashed line; England as a \
    black dotted line. An axis that does not start at zero says so under its chart.</li>
    <li>Neighbour charts: the ten statistical neighbours and this LA (orange, in bold, named \
    &#8220;this LA&#8221;), largest first, with England as a dotted line.</li>
    <li>Against neighbours: <span aria-hidden="true">&#9650;</span> better, \
    <span aria-hidden="true">&#9679;</span> similar, <span aria-hidden="true">&#9660;</span> worse, by the \
    indicator's polarity, always with the word. Rank 1 is the best English LA; quartile band A the best quarter.</li>
    </ul>
    </div>

    """
  }

  static func headlines(_ data: PackData) -> String {
    var html = "<section id=\"headlines\" aria-labelledby=\"headlines-h\">\n<h2 id=\"headlines-h\">Headlines</h2>\n"
    guard let summary = data.tables["activity_summary.csv"] else {
      return html + "<p>This run wrote no headline sentences (activity_summary.csv).</p>\n</section>\n"
    }
    html += "<ul class=\"headlines\">\n"
    for row in summary.rows.indices where !summary.cell(row, "sentence").isEmpty {
      html += "<li data-csv=\"activity_summary.csv\" data-row=\"\(row)\" data-col=\"sentence\">"
      html += PackText.escaped(summary.cell(row, "sentence")) + "</li>\n"
    }
    html += "</ul>\n</section>\n"
    return html
  }
}
