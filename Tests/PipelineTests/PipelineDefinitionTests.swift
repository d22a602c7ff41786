import Pipeline
import Report
import SafeguardCore
import Testing

/// Parses `yaml` as `q.yaml`, returning the error or nil when it parses.
private func failure(
  _ yaml: String, variables: [String: String] = [:], environment: [String: String] = [:]
) -> PipelineDefinitionError? {
  do {
    _ = try PipelineDefinition.parse(text: yaml, file: "q.yaml", variables: variables, environment: environment)
    return nil
  } catch {
    return error
  }
}

private func parse(
  _ yaml: String, variables: [String: String] = [:], environment: [String: String] = [:]
) throws -> PipelineDefinition {
  try PipelineDefinition.parse(text: yaml, file: "q.yaml", variables: variables, environment: environment)
}

/// The smallest valid file; error cases add one bad line after it.
private let minimal = """
  version: 1
  name: q
  sources:
    - path: a

  """

@Test func aFullFileReadsIntoTheExactStruct() throws {
  let yaml = """
    version: 1
    name: quarter
    description: >
      The quarterly pack.
    sources:
      - path: ../Fixtures/annex-a
      - path: /data/cin.xml
    settings:
      la: "332"
      period: 2024-25-Q3
      publish: yes
      sn_version: 2021
      sn_average: median
      out: build/out
      max_bad_row_percent: 2.5
    indicators: [lado, front_door]
    outputs:
      - manifest
      - data_quality
    """
  let expected = PipelineDefinition(
    version: 1, name: "quarter", description: "The quarterly pack.",
    sources: [SourceSpec(path: "../Fixtures/annex-a", line: 6), SourceSpec(path: "/data/cin.xml", line: 7)],
    settings: PipelineSettings(
      la: LACode("332"), period: .label(.quarter(2024, 3)), publish: true, snVersion: 2021, snAverage: .median,
      out: "build/out", maxBadRowPercent: 2.5),
    families: [.lado, .frontDoor], outputs: [.manifest, .dataQuality], file: "q.yaml")
  #expect(try parse(yaml) == expected)
}

@Test func leftOutKeysTakeTheirDefaults() throws {
  let definition = try parse(minimal + "settings:\n")
  #expect(definition.description == nil)
  #expect(definition.settings == PipelineSettings())
  #expect(definition.settings.la == nil)
  #expect(definition.settings.period == .latestCompleteQuarter)
  #expect(definition.settings.publish == false)
  #expect(definition.settings.snVersion == 2025)
  #expect(definition.settings.snAverage == .mean)
  #expect(definition.settings.out == "out")
  #expect(definition.settings.maxBadRowPercent == 5)
  #expect(definition.families == IndicatorFamily.allCases)
  #expect(definition.outputs == OutputKind.allCases)
  #expect(definition.settings.csvBOM)
}

@Test(arguments: [
  ("latest-complete-quarter", PeriodChoice.latestCompleteQuarter),
  ("latest-complete-month", .latestCompleteMonth),
  ("quarter-to-date", .quarterToDate),
  ("2024-25", .label(.financialYear(2024))),
  ("2024-25-Q3", .label(.quarter(2024, 3))),
  ("2024-12", .label(.month(2024, 12))),
  ("R12-2024-12", .label(.rollingYear(endingYear: 2024, month: 12))),
])
func periodChoices(word: String, choice: PeriodChoice) throws {
  #expect(try parse(minimal + "settings:\n  period: \(word)\n").settings.period == choice)
}

@Test(arguments: [("true", true), ("Yes", true), ("YES", true), ("false", false), ("no", false), ("False", false)])
func booleansInAnyCase(word: String, value: Bool) throws {
  #expect(try parse(minimal + "settings:\n  publish: \(word)\n").settings.publish == value)
}

@Test(arguments: ["la: \"332\"", "la: 332", "la: '332'"])
func laQuotedOrNot(line: String) throws {
  #expect(try parse(minimal + "settings:\n  \(line)\n").settings.la == LACode("332"))
}

// MARK: Errors

struct ErrorCase: CustomTestStringConvertible, Sendable {
  let name: String
  let yaml: String
  let line: Int
  let problem: String
  init(_ name: String, _ yaml: String, _ line: Int, _ problem: String) {
    self.name = name
    self.yaml = yaml
    self.line = line
    self.problem = problem
  }
  var testDescription: String { name }
}

@Test(arguments: [
  ErrorCase(
    "unknown top-level key", minimal + "shedule: nightly", 5,
    "'shedule' is not a top-level key"),
  ErrorCase(
    "unknown setting", minimal + "settings:\n  perod: 2024-25", 6,
    "'perod' is not a setting"),
  ErrorCase("wrong version", "version: 2\nname: q", 1, "version 2 is not supported"),
  ErrorCase("version not a number", "version: one", 1, "version 'one' is not a whole number"),
  ErrorCase("version not first", "name: q\nversion: 1", 1, "'name' comes before version"),
  ErrorCase(
    "bad period label", minimal + "settings:\n  period: 2024-26", 6,
    "'2024-26' is not a period label"),
  ErrorCase("bad la", minimal + "settings:\n  la: \"33\"", 6, "la '33' is not an LA number"),
  ErrorCase(
    "bad boolean", minimal + "settings:\n  publish: maybe", 6,
    "publish 'maybe' is not true or false"),
  ErrorCase(
    "bad sn_version", minimal + "settings:\n  sn_version: 2020", 6,
    "sn_version 2020 is not supported"),
  ErrorCase(
    "bad sn_average", minimal + "settings:\n  sn_average: mode", 6,
    "sn_average 'mode' is not supported"),
  ErrorCase(
    "percent out of range", minimal + "settings:\n  max_bad_row_percent: 150", 6,
    "max_bad_row_percent 150 is out of range"),
  ErrorCase(
    "percent not a number", minimal + "settings:\n  max_bad_row_percent: 5%", 6,
    "max_bad_row_percent '5%' is not a number"),
  ErrorCase(
    "settings not a mapping", minimal + "settings: yes", 5,
    "settings is not a mapping of keys"),
  ErrorCase(
    "duplicate family", minimal + "indicators:\n  - lado\n  - missing\n  - lado", 8,
    "'lado' is listed twice in indicators"),
  ErrorCase(
    "unknown family", minimal + "indicators: [front-door]", 5,
    "'front-door' is not an indicator family"),
  ErrorCase("empty indicators", minimal + "indicators: []", 5, "indicators is empty"),
  ErrorCase(
    "unknown output", minimal + "outputs: [trend, dashboard]", 5,
    "'dashboard' is not an output"),
  ErrorCase("empty sources", "version: 1\nname: q\nsources: []", 3, "sources is empty"),
  ErrorCase("no sources", "version: 1\nname: q", 1, "the file has no sources"),
  ErrorCase("no name", "version: 1\nsources: [{path: a}]", 1, "the file has no name"),
  ErrorCase(
    "bad name", "version: 1\nname: my pack", 2,
    "name 'my pack' has characters other than letters, digits, - and _"),
  ErrorCase(
    "unknown source key", "version: 1\nname: q\nsources:\n  - file: a", 4,
    "'file' is not a source key"),
  ErrorCase(
    "source without path", "version: 1\nname: q\nsources:\n  -", 4,
    "a source has no path"),
  ErrorCase(
    "undefined variable", minimal + "settings:\n  la: ${SAFEGUARD_LA}", 6,
    "undefined variable ${SAFEGUARD_LA}"),
  ErrorCase(
    "unclosed variable", minimal + "settings:\n  out: ${OUT", 6,
    "'${OUT' has ${ without a closing }"),
  ErrorCase(
    "variables only in values", minimal + "settings:\n  ${KEY}: 1", 6,
    "'${KEY}' is not a setting"),
  ErrorCase(
    "YAML syntax error", "version: 1\nname: q: r", 2,
    "the YAML syntax is wrong (mapping values are not allowed in this context)"),
  ErrorCase("duplicate key", minimal + "name: r", 5, "'name' is given again (first on line 2)"),
  ErrorCase(
    "duplicate key in flow style", "version: 1\nname: q\nsources: [{path: a, path: b}]", 3,
    "'path' appears twice in one mapping"),
  ErrorCase(
    "byte-order mark", "\u{FEFF}version: 1\nname: q\nsources: [{path: a}]\nbad: 1", 4,
    "'bad' is not a top-level key"),
  ErrorCase("not a mapping", "- version: 1", 1, "the file is not a mapping of keys"),
  ErrorCase("empty file", "", 1, "the file holds no keys"),
])
func errorsNameTheLineAndTheProblem(_ example: ErrorCase) {
  let error = failure(example.yaml, environment: ["KEY": "la"])
  #expect(error?.file == "q.yaml")
  #expect(error?.line == example.line)
  #expect(error?.problem == example.problem)
  #expect(error?.exitStatus == .config)
}

@Test func unknownSettingMessage() throws {
  let yaml = "version: 1\nname: q\nsources:\n  - path: a\nsettings:\n  la: \"332\"\n  perod: 2024-25\n"
  let error = try #require(failure(yaml))
  #expect(
    error.description
      == "q.yaml:7: 'perod' is not a setting; expected one of la, period, publish, sn_version, sn_average, out, "
      + "max_bad_row_percent, comparator_years, referral_link_days, missing_tolerance_days, "
      + "missing_match_police_ref, missing_match_date_of_birth, cp_visit_working_days, history, csv_bom, "
      + "log_retention_days")
}

@Test("Day settings: defaults, values at the ends of their ranges, and one past them")
func daySettings() throws {
  let head = "version: 1\nname: q\nsources:\n  - path: a\nsettings:\n"
  let defaults = try parse(head + "  la: \"332\"\n").settings
  #expect(defaults.referralLinkDays == 30 && defaults.missingToleranceDays == 1)
  #expect(defaults.missingMatchPoliceRef && defaults.missingMatchDateOfBirth)
  let off = try parse(head + "  missing_match_police_ref: no\n  missing_match_date_of_birth: false\n").settings
  #expect(!off.missingMatchPoliceRef && !off.missingMatchDateOfBirth)
  let ends = try parse(head + "  referral_link_days: 365\n  missing_tolerance_days: 0\n").settings
  #expect(ends.referralLinkDays == 365 && ends.missingToleranceDays == 0)
  #expect(defaults.cpVisitWorkingDays == 10)
  #expect(try parse(head + "  cp_visit_working_days: 0\n").settings.cpVisitWorkingDays == 0)
  #expect(try parse(head + "  cp_visit_working_days: 60\n").settings.cpVisitWorkingDays == 60)
  let visits = try #require(failure(head + "  cp_visit_working_days: 61\n"))
  #expect(
    visits.description
      == "q.yaml:6: cp_visit_working_days 61 is out of range; expected a whole number of working days from 0 to 60")
  let over = try #require(failure(head + "  missing_tolerance_days: 32\n"))
  #expect(
    over.description
      == "q.yaml:6: missing_tolerance_days 32 is out of range; expected a whole number of calendar days from 0 to 31")
}

@Test func logRetentionDays() throws {
  let head = "version: 1\nname: q\nsources:\n  - path: a\nsettings:\n"
  #expect(try parse(head + "  la: \"332\"\n").settings.logRetentionDays == 90)
  #expect(try parse(head + "  log_retention_days: 0\n").settings.logRetentionDays == 0)
  #expect(try parse(head + "  log_retention_days: 3650\n").settings.logRetentionDays == 3650)
  let over = try #require(failure(head + "  log_retention_days: 3651\n"))
  #expect(
    over.description
      == "q.yaml:6: log_retention_days 3651 is out of range; expected a whole number of days from 0 (keep every log) to 3650"
  )
  #expect(
    try PipelineDefinition.load(
      path: pipelines + "/nightly.pipeline.yaml", variables: ["SAFEGUARD_INPUT": "in", "SAFEGUARD_LA": "332"],
      environment: [:]
    ).settings.logRetentionDays == 90)
}

@Test(arguments: [("3", 3), ("1", 1), ("13", 13)])
func comparatorYears(text: String, years: Int) throws {
  let yaml = "version: 1\nname: q\nsources:\n  - path: a\nsettings:\n  comparator_years: \(text)\n"
  let d = try PipelineDefinition.parse(text: yaml, file: "q.yaml", variables: [:], environment: [:])
  #expect(d.settings.comparatorYears == years)
}

@Test func comparatorYearsOutOfRange() throws {
  let yaml = "version: 1\nname: q\nsources:\n  - path: a\nsettings:\n  comparator_years: 0\n"
  let error = try #require(failure(yaml))
  #expect(
    error.description
      == "q.yaml:6: comparator_years 0 is out of range; expected a whole number of published years from 1 to 13")
}

@Test func unsupportedVersionMessage() throws {
  let error = try #require(failure("# A pipeline from the future\n\nversion: 2\nname: q\n"))
  #expect(error.description == "q.yaml:3: version 2 is not supported; expected version: 1")
}

@Test func badPeriodLabelMessage() throws {
  let error = try #require(failure(minimal + "settings:\n  period: 2024-25-Q5\n"))
  #expect(
    error.description
      == "q.yaml:6: '2024-25-Q5' is not a period label; expected latest-complete-quarter, latest-complete-month, "
      + "quarter-to-date, a financial year (2024-25), a quarter (2024-25-Q3), a month (2024-12) "
      + "or a rolling year (R12-2024-12)")
}

@Test func undefinedVariableMessage() throws {
  let error = try #require(failure("version: 1\nname: q\nsources:\n  - path: ${SAFEGUARD_INPUT}\n"))
  #expect(
    error.description
      == "q.yaml:4: undefined variable ${SAFEGUARD_INPUT}; expected it from --set SAFEGUARD_INPUT=... or the environment"
  )
}

@Test func unknownTopLevelKeyMessage() throws {
  let error = try #require(failure(minimal + "schedule: nightly\n"))
  #expect(
    error.description
      == "q.yaml:5: 'schedule' is not a top-level key; expected one of version, name, description, sources, settings, "
      + "indicators, outputs")
}

// MARK: Variables

@Test func setWinsOverTheEnvironment() throws {
  let yaml = "version: 1\nname: q\nsources:\n  - path: ${ROOT}/annex-a\nsettings:\n  la: ${LA}\n"
  let environment = ["ROOT": "/srv/export", "LA": "111"]
  let fromEnvironment = try parse(yaml, environment: environment)
  #expect(fromEnvironment.sources == [SourceSpec(path: "/srv/export/annex-a", line: 4)])
  #expect(fromEnvironment.settings.la == LACode("111"))
  let overridden = try parse(yaml, variables: ["LA": "222"], environment: environment)
  #expect(overridden.settings.la == LACode("222"))
  #expect(overridden.sources.first?.path == "/srv/export/annex-a")
}

@Test func substitutionHappensBeforeTypeChecks() throws {
  let yaml = minimal + "settings:\n  publish: ${PUBLISH}\n  max_bad_row_percent: ${LIMIT}\n"
  let definition = try parse(yaml, variables: ["PUBLISH": "yes", "LIMIT": "0.5"])
  #expect(definition.settings.publish)
  #expect(definition.settings.maxBadRowPercent == 0.5)
  #expect(
    failure(yaml, variables: ["PUBLISH": "perhaps", "LIMIT": "1"])?.problem == "publish 'perhaps' is not true or false")
}

// MARK: Files

@Test func anUnreadableFileIsLineZero() {
  let path = "/nonexistent/nowhere.pipeline.yaml"
  #expect(
    throws: PipelineDefinitionError(
      file: path, line: 0, problem: "cannot read the file",
      expected: "a readable UTF-8 pipeline file at this path")
  ) {
    try PipelineDefinition.load(path: path, variables: [:], environment: [:])
  }
}

private let pipelines = String(#filePath.prefix(upTo: #filePath.firstRange(of: "/Tests/")!.lowerBound)) + "/pipelines"

@Test func theQuarterPipelineLoads() throws {
  let definition = try PipelineDefinition.load(
    path: pipelines + "/quarter.pipeline.yaml", variables: [:], environment: [:])
  #expect(definition.name == "quarter")
  #expect(
    definition.sources.map(\.path) == [
      "../Fixtures/annex-a", "../Fixtures/cin-census", "../Fixtures/annex-a-journey", "../Fixtures/missing",
      "../Fixtures/lado",
    ])
  #expect(definition.settings == PipelineSettings(la: LACode("332")))
  #expect(definition.families == IndicatorFamily.allCases)
  #expect(definition.outputs == OutputKind.allCases)
  #expect(definition.sources[0].resolved(relativeTo: definition.file).hasSuffix("/Fixtures/annex-a"))
}

@Test func theNightlyPipelineNeedsItsVariables() throws {
  let path = pipelines + "/nightly.pipeline.yaml"
  let error = try #require(throws: PipelineDefinitionError.self) {
    try PipelineDefinition.load(path: path, variables: [:], environment: [:])
  }
  #expect(error.problem == "undefined variable ${SAFEGUARD_INPUT}")
  let definition = try PipelineDefinition.load(
    path: path, variables: ["SAFEGUARD_LA": "332"],
    environment: ["SAFEGUARD_INPUT": "/srv/export", "SAFEGUARD_LA": "x"])
  #expect(definition.name == "nightly")
  #expect(definition.sources.map(\.path) == ["/srv/export"])
  #expect(definition.settings.la == LACode("332"))
  #expect(definition.settings.period == .quarterToDate)
  #expect(definition.families == IndicatorFamily.allCases)
  // Every dashboard but the page, which is for the quarterly pack (`run --html` adds it).
  #expect(definition.outputs == OutputKind.allCases.filter { $0 != .pack })
}

@Test func theQuarterPipelineWritesThePageAndCSVsStartWithTheMarkUnlessAskedNot() throws {
  let quarter = try PipelineDefinition.load(
    path: pipelines + "/quarter.pipeline.yaml", variables: [:], environment: [:])
  #expect(quarter.outputs.contains(.pack))
  #expect(quarter.settings.csvBOM)
  let yaml = "version: 1\nname: q\nsources:\n  - path: a\nsettings:\n  csv_bom: false\n"
  let definition = try PipelineDefinition.parse(text: yaml, file: "q.yaml", variables: [:], environment: [:])
  #expect(!definition.settings.csvBOM)
}

@Test(arguments: [
  ("pipelines/q.yaml", "../Fixtures/annex-a", "Fixtures/annex-a"),
  ("/repo/pipelines/q.yaml", "../Fixtures/annex-a", "/repo/Fixtures/annex-a"),
  ("/repo/pipelines/q.yaml", "./in/", "/repo/pipelines/in"),
  ("/repo/pipelines/q.yaml", "/srv/export", "/srv/export"),
  ("q.yaml", "in", "in"),
  ("q.yaml", "../in", "../in"),
  ("/q.yaml", "in", "/in"),
])
func sourcesResolveAgainstThePipelineFolder(file: String, path: String, resolved: String) {
  #expect(SourceSpec(path: path, line: 1).resolved(relativeTo: file) == resolved)
}
