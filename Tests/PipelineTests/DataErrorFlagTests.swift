import SafeguardCore
import Testing

@testable import Pipeline

/// `data_errors`: a census figure whose module had DfE errors in an overlapping census year.
@Suite struct DataErrorFlagTests {
  static func value(_ id: IndicatorID, _ period: Period) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.definition(id), period: period, column: period, numerator: 1, denominator: nil,
      figure: .count(1), flags: [])
  }

  static func finding(_ severity: Severity, module: String, file: String = "cin.xml") -> Finding {
    Finding(
      Rule("8608", severity, "m", module: module), source: "cin_census", file: file, message: "m", issueID: 1,
      year: "2024-25")
  }

  static let census: [CensusReturn] = {
    var c = CensusReturn(file: "cin.xml")
    c.header.referenceDate = CensusDate(text: "2025-03-31", value: Day(iso: "2025-03-31"), line: 1)
    return [c]
  }()

  static func flagged(
    _ v: IndicatorValue, _ findings: [Finding], fromCensus: Set<IndicatorFamily> = [.assessments]
  )
    -> Bool
  {
    CensusChecks.flagDataErrors([v], findings: findings, census: census, fromCensus: fromCensus)[0].flags.contains(
      .dataErrors)
  }

  @Test func anErrorInTheFiguresModuleAndYearFlagsIt() {
    let v = Self.value(.assessmentsCompleted, .quarter(2024, 3))
    #expect(Self.flagged(v, [Self.finding(.error, module: "assessments")]))
  }

  @Test func aQueryAnotherModuleAnotherYearOrAnAnnexAFigureDoesNot() {
    let v = Self.value(.assessmentsCompleted, .quarter(2024, 3))
    #expect(!Self.flagged(v, [Self.finding(.query, module: "assessments")]))
    #expect(!Self.flagged(v, [Self.finding(.error, module: "Section 47")]))
    #expect(
      !Self.flagged(
        Self.value(.assessmentsCompleted, .quarter(2025, 1)), [Self.finding(.error, module: "assessments")]))
    #expect(!Self.flagged(v, [Self.finding(.error, module: "assessments")], fromCensus: []))
  }
}
