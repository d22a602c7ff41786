import SafeguardCore
import Validate

/// The DfE census rules in a run, and the `data_errors` flag they put on figures.
enum CensusChecks {
  /// The census modules whose records each family's figures are built from.
  static let modules: [IndicatorFamily: Set<String>] = [
    .frontDoor: [CensusModule.cinDetails.rawValue, CensusModule.childIdentifiers.rawValue],
    .assessments: [CensusModule.assessments.rawValue],
    .s47Conferences: [CensusModule.section47.rawValue],
    .childProtectionPlans: [CensusModule.childProtectionPlans.rawValue, CensusModule.reviews.rawValue],
    .cinCla: [CensusModule.cinDetails.rawValue, CensusModule.cinPlans.rawValue],
  ]

  /// Flags `data_errors` on each figure built from the census whose family's modules had a DfE
  /// error in a census file whose period (1 April to its reference date) overlaps the figure's
  /// period. Queries do not flag. Figures from Annex A lists are left as they are.
  /// - Parameters:
  ///   - fromCensus: the families whose figures came from the census in this run.
  static func flagDataErrors(
    _ values: [IndicatorValue], findings: [Finding], census: [CensusReturn], fromCensus: Set<IndicatorFamily>
  ) -> [IndicatorValue] {
    var periods: [String: (Day, Day)] = [:]
    for c in census {
      guard let end = c.header.referenceDate.value else { continue }
      periods[c.file] = (Period.financialYear(Period.financialYearStart(of: end)).start, end)
    }
    // The module and file of each DfE error, once: a few dozen pairs at most, so a census with
    // hundreds of thousands of findings is scanned against a short list, not hashed finding by finding.
    var pairs: [(module: String, file: String)] = []
    for f in findings where f.rule.severity == .error && f.year != nil {
      guard let module = f.rule.module, !pairs.contains(where: { $0.module == module && $0.file == f.file }) else {
        continue
      }
      pairs.append((module, f.file))
    }
    let errors = pairs.compactMap { pair in periods[pair.file].map { (module: pair.module, start: $0.0, end: $0.1) } }
    guard !errors.isEmpty else { return values }
    return values.map { v in
      guard fromCensus.contains(v.indicator.family), let mods = modules[v.indicator.family],
        errors.contains(where: { mods.contains($0.module) && $0.start <= v.period.end && $0.end >= v.period.start })
      else { return v }
      var flagged = v
      flagged.flags.insert(.dataErrors)
      return flagged
    }
  }
}
