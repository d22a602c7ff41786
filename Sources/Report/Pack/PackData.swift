import SafeguardCore

/// The run's CSV dashboards, indexed for the page: which row holds an indicator's figures.
///
/// The period columns of `trend.csv` are every column that is not one of its named ones, so the
/// page follows the file whatever periods it holds. `trend.csv`'s `source` column (the last)
/// names the periods of a row that came from the history store of earlier runs (`history run
/// <run id>: 2020-21, 2021-22`), drawn hollow; blank, or no such column, means this run's.
struct PackData {
  let tables: [String: CSVTable]
  let trend: CSVTable
  let indicators: CSVTable
  /// `trend.csv`'s period columns, oldest first.
  let periods: [String]
  /// The period the run reports: the last period column (the asked month or rolling year when
  /// there is one, else the latest quarter).
  let period: String
  /// The indicator ids in `trend.csv`'s order, each once.
  let indicatorIDs: [String]
  let laCode: String?
  let laName: String?
  private let trendRows: [String: Int]
  private let indicatorRows: [String: Int]

  static let trendNamedColumns: Set<String> = [
    "indicator_id", "indicator", "breakdown", "unit", "polarity", "sn_average", "england", "comparator_year", "source",
  ]

  init(tables: [String: CSVTable], trend: CSVTable, indicators: CSVTable) {
    self.tables = tables
    self.trend = trend
    self.indicators = indicators
    periods = trend.header.filter { !PackData.trendNamedColumns.contains($0) }
    period = periods.last ?? ""
    var ids: [String] = []
    var seen: Set<String> = []
    var trendRows: [String: Int] = [:]
    for row in trend.rows.indices {
      let id = trend.cell(row, "indicator_id")
      if seen.insert(id).inserted { ids.append(id) }
      trendRows[id + "\u{1F}" + trend.cell(row, "breakdown")] = row
    }
    indicatorIDs = ids
    self.trendRows = trendRows
    var indicatorRows: [String: Int] = [:]
    for row in indicators.rows.indices {
      let key = [
        indicators.cell(row, "indicator_id"), indicators.cell(row, "breakdown"), indicators.cell(row, "period"),
      ]
      indicatorRows[key.joined(separator: "\u{1F}")] = row
    }
    self.indicatorRows = indicatorRows
    let code = tables["benchmark.csv"].flatMap { b in b.rows.indices.first.map { b.cell($0, "la_code") } }
    laCode = code
    laName = code.flatMap(LACode.init).flatMap { ReferenceData.localAuthorities[$0]?.name }
  }

  /// "2024-25-Q3, 1 October to 31 December 2024" from `indicators.csv`'s dates of the period.
  var periodWords: String {
    guard let row = indicators.rows.indices.first(where: { indicators.cell($0, "period") == period }) else {
      return "The period is \(period)."
    }
    let start = indicators.cell(row, "period_start")
    let end = indicators.cell(row, "period_end")
    return "The period is \(period), \(start) to \(end)."
  }

  func trendRow(_ id: String, _ breakdown: String = "") -> Int? { trendRows[id + "\u{1F}" + breakdown] }

  func indicatorRow(_ id: String, _ breakdown: String, _ period: String) -> Int? {
    indicatorRows[[id, breakdown, period].joined(separator: "\u{1F}")]
  }

  /// The `indicators.csv` row behind `trend.csv`'s cell of `period`, and the period's label for a table.
  ///
  /// A rate's quarter column in `trend.csv` holds the rolling year ending with the quarter (as DfE
  /// does), so its numerator and denominator are that rolling year's, and the label says so:
  /// `2024-25-Q3 (R12-2024-12)`.
  func figureRow(_ id: String, _ breakdown: String, _ period: String) -> (row: Int, label: String)? {
    if let row = indicatorRow(id, breakdown, period) { return (row, period) }
    guard let quarter = try? Period.parse(period), quarter.kind == .quarter else { return nil }
    let rolling = quarter.rollingYear.label
    return indicatorRow(id, breakdown, rolling).map { ($0, "\(period) (\(rolling))") }
  }

  /// The breakdown values of `id` in `trend.csv`'s order (the total's empty one left out).
  func breakdowns(of id: String) -> [String] {
    trend.rows.indices.filter { trend.cell($0, "indicator_id") == id }.map { trend.cell($0, "breakdown") }.filter {
      !$0.isEmpty
    }
  }

  /// Whether `trend.csv`'s cell of `row` and `period` came from the history store.
  ///
  /// `source` is blank when every cell is this run's, else `history run <run id>: <period>,
  /// <period>` for each earlier run, `;`-separated.
  func fromHistory(row: Int, period: String) -> Bool {
    let source = trend.cell(row, "source")
    guard !source.isEmpty else { return false }
    for part in source.split(separator: ";") {
      guard let colon = part.firstIndex(of: ":") else { continue }
      let periods = part[part.index(after: colon)...].split(separator: ",").map { $0.trimmed(of: " ") }
      if part.trimmed(of: " ").hasPrefix("history") && periods.contains(period) { return true }
    }
    return false
  }

  /// The latest period column in which the total of `id` has a figure (a number or `c`), else the run's period.
  func latestPeriod(of id: String) -> String {
    guard let row = trendRow(id) else { return period }
    return periods.last { !trend.cell(row, $0).isEmpty } ?? period
  }
}

extension StringProtocol {
  /// The text without leading and trailing characters of `set`.
  fileprivate func trimmed(of set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
