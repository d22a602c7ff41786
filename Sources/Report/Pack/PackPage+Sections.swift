/// The breakdown charts, the police and social care reconciliation, and data quality.
extension PackPage {
  // MARK: Breakdowns

  /// One bar chart per dimension of `id` (`source`, `age`; the bare groups of `lado_by_referrer`
  /// are one), for the latest period whose total has a figure, with counts and shares.
  ///
  /// A count group's share is its numerator ÷ the total (the row's denominator), worked out here
  /// and marked so in the table; a percentage group shows its own numerator and denominator.
  static func breakdownFigures(_ id: String, slug: String, _ data: PackData) -> String {
    let period = data.latestPeriod(of: id)
    let i = data.indicators
    var dimensions: [(name: String, rows: [(group: String, row: Int)])] = []
    for breakdown in data.breakdowns(of: id) {
      guard let row = data.indicatorRow(id, breakdown, period) else { continue }
      let parts = breakdown.split(separator: "=", maxSplits: 1).map(String.init)
      let (dimension, group) = parts.count == 2 ? (parts[0], parts[1]) : ("", breakdown)
      if dimensions.last?.name == dimension {
        dimensions[dimensions.count - 1].rows.append((group, row))
      } else {
        dimensions.append((dimension, [(group, row)]))
      }
    }
    var html = ""
    for d in dimensions where d.rows.contains(where: { !i.cell($0.row, "value").isEmpty }) {
      let name = i.cell(d.rows[0].row, "indicator")
      let unit = i.cell(d.rows[0].row, "unit")
      let by = d.name.isEmpty ? "by group" : "by \(d.name.replacing("_", with: " "))"
      html += "<h4>\(PackText.escaped("\(name) \(by), \(period)"))</h4>\n<figure>\n"
      let bars = d.rows.map { g -> PackChart.Bar in
        let value = i.cell(g.row, "value")
        let caption: String? =
          PackText.number(value) == nil
          ? nil
          : unit == "count"
            ? "\(value) (\(shareWords(HTMLTable.share(i, g.row))))"
            : "\(value)\(PackText.unitWords(unit)) (\(i.cell(g.row, "numerator")) of \(i.cell(g.row, "denominator")))"
        return .init(label: g.group, text: value, caption: caption, highlighted: false)
      }
      var desc = "Bar chart of \(name.lowercased()) \(by) in \(period), one bar per group in the published order"
      desc +=
        unit == "count"
        ? ", each with its count and its share of the total." : ", each with its numerator and denominator."
      desc += " The figures are in the table below."
      html += PackChart.bars(
        id: "\(slug)-by-\(PackText.slug(d.name.isEmpty ? "group" : d.name))", title: "\(name) \(by), \(period)",
        description: desc, bars: bars, markers: [])
      if unit == "count" {
        var table = HTMLTable(
          caption: "\(name) \(by), \(period): count, total and share (the share worked out from the two)",
          columns: ["Group", "Count", "Total", "Share of total (%)"])
        for g in d.rows {
          table.row(
            g.group,
            [.csv(i, row: g.row, column: "value"), .csv(i, row: g.row, column: "denominator"), .share(i, row: g.row)])
        }
        html += table.finished
      } else {
        var table = HTMLTable(
          caption: "\(name) \(by), \(period): the figure with its numerator and denominator",
          columns: ["Group", "Value", "Numerator", "Denominator"])
        for g in d.rows {
          table.row(
            g.group,
            [
              .csv(i, row: g.row, column: "value"), .csv(i, row: g.row, column: "numerator"),
              .csv(i, row: g.row, column: "denominator"),
            ])
        }
        html += table.finished
      }
      html += "</figure>\n"
    }
    return html
  }

  static func shareWords(_ share: String) -> String {
    share.isEmpty ? "share: no value" : share == "c" ? "share: c" : "\(share)%"
  }

  // MARK: Reconciliation

  /// Matched, police-only and social-care-only records per month as stacked columns, from `missing_reconciliation.csv`.
  static func reconciliation(_ data: PackData) -> String {
    var html = "<h3 id=\"reconciliation\">Police and social care missing records, reconciled</h3>\n"
    guard let r = data.tables["missing_reconciliation.csv"], !r.rows.isEmpty else {
      return html + "<p>No reconciliation: this run did not read both the police and the social care extracts.</p>\n"
    }
    let months = Array(r.rows.indices.dropFirst())
    let series = [
      PackChart.Series(
        name: "Matched", colour: PackChart.Colour.blue, textColour: "#FFFFFF",
        texts: months.map { r.cell($0, "matched") }),
      PackChart.Series(
        name: "Police only", colour: PackChart.Colour.orange, textColour: PackChart.Colour.ink,
        texts: months.map { r.cell($0, "police_only") }),
      PackChart.Series(
        name: "Social care only", colour: PackChart.Colour.green, textColour: PackChart.Colour.ink,
        texts: months.map { r.cell($0, "csc_only") }),
    ]
    let period = r.cell(0, "month")
    html += "<figure>\n"
    html += PackChart.stacked(
      id: "reconciliation-chart", title: "Missing records by month, \(period): matched, police only, social care only",
      description:
        "Stacked column chart, one column per month of \(period): records matched between police and social care, "
        + "police reports with no social care episode, and social care episodes with no police report. "
        + "The figures are in the table below.",
      categories: months.map { r.cell($0, "month") }, series: series)
    let columns: [(String, String)] = [
      ("police_occurrences", "Police reports"), ("csc_episodes", "Social care episodes"), ("matched", "Matched"),
      ("police_only", "Police only"), ("csc_only", "Social care only"), ("ambiguous", "Ambiguous"),
      ("police_match_rate", "Police matched (%)"), ("csc_match_rate", "Social care matched (%)"),
      ("out_of_area_occurrences", "Placed here by other LAs"),
    ]
    var table = HTMLTable(
      caption: "Police and social care missing records, \(period) and each month", columns: ["Month"] + columns.map(\.1)
    )
    for row in months + [0] {
      let label = row == 0 ? "\(r.cell(row, "month")) (whole period)" : r.cell(row, "month")
      table.row(label, columns.map { .csv(r, row: row, column: $0.0) })
    }
    html += table.finished + "</figure>\n"
    return html
  }

  // MARK: Data quality

  /// The rules that fired, most issues first (errors before queries before warnings, as `data_quality.csv`).
  static func dataQuality(_ data: PackData) -> String {
    var html = "<section id=\"data-quality\" aria-labelledby=\"data-quality-h\">\n"
    html += "<h2 id=\"data-quality-h\">Data quality</h2>\n"
    guard let q = data.tables["data_quality.csv"] else {
      return html + "<p>This run wrote no data quality file.</p>\n</section>\n"
    }
    if q.rows.isEmpty { return html + "<p>No validation rule fired on this run's extracts.</p>\n</section>\n" }
    html += "<p>Each row is a validation rule that found issues in the extracts, with the number of issues and "
    html += "of children; the child-level detail is kept for internal follow-up and is not in this page.</p>\n"
    let top = q.rows.indices.sorted { a, b in
      let (x, y) = (Int(q.cell(a, "issues")) ?? 0, Int(q.cell(b, "issues")) ?? 0)
      return x != y ? x > y : a < b
    }.prefix(10)
    func label(_ row: Int) -> String {
      let year = q.cell(row, "year")
      return "\(q.cell(row, "rule_code")) \(q.cell(row, "severity"))" + (year.isEmpty ? "" : " \(year)")
    }
    html += "<figure>\n"
    html += PackChart.bars(
      id: "data-quality-chart", title: "The \(top.count) validation rules with the most issues",
      description:
        "Bar chart of the number of issues for the \(top.count) rules with the most, each named by rule code, "
        + "severity and census year. Every rule is in the table below.",
      bars: top.map { .init(label: label($0), text: q.cell($0, "issues"), caption: nil, highlighted: false) },
      markers: [])
    var table = HTMLTable(
      caption: "Validation rules that fired: errors, then queries, then warnings, most issues first",
      columns: ["Rule", "Severity", "Source", "Message", "Issues", "Children", "Year", "Module"])
    for row in q.rows.indices {
      table.row(
        q.cell(row, "rule_code"),
        ["severity", "source", "message", "issues", "children", "year", "module"].map {
          .csv(q, row: row, column: $0)
        })
    }
    html += table.finished + "</figure>\n</section>\n"
    return html
  }
}
