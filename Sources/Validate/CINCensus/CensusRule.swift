import SafeguardCore

/// What a census rule is: DfE's code, its severity (DfE's class: `error`, or `query` for codes
/// ending Q), the module and fields it reads, the census years it applies to and DfE's message.
public struct CensusRuleInfo: Sendable {
  public let code: String
  public let severity: Severity
  public let module: CensusModule
  public let fields: [String]
  public let years: CensusYears
  /// DfE's message for the rule, as published (a fact: the text analysts search for).
  public let message: String
  /// The rule as findings carry it.
  public let rule: Rule

  public init(
    _ code: String, _ severity: Severity, module: CensusModule, fields: [String], years: CensusYears,
    message: String
  ) {
    self.code = code
    self.severity = severity
    self.module = module
    self.fields = fields
    self.years = years
    self.message = message
    rule = Rule(code, severity, message, module: module.rawValue)
  }
}

/// A rule checked on one child at a time (everything inside one `<Child>`).
///
/// A rule is a type with nothing to store: its facts and its check are static, so the pass calls
/// each rule through its type, which costs nothing to hand around (an instance behind `any`
/// would be copied for every child it checks).
public protocol CensusChildRule: Sendable {
  static var info: CensusRuleInfo { get }
  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport)
}

/// A rule checked once per file: the header, or a count across children (duplicates, shares).
public protocol CensusReturnRule: Sendable {
  static var info: CensusRuleInfo { get }
  static func check(_ census: CensusReturn, in context: CensusContext, into report: inout ValidationReport)
}

/// A registered rule of either kind.
public enum CensusRuleEntry: Sendable {
  case child(any CensusChildRule.Type)
  case file(any CensusReturnRule.Type)

  public var info: CensusRuleInfo {
    switch self {
    case .child(let r): r.info
    case .file(let r): r.info
    }
  }

  /// The Swift type's name, for the catalogue test (its test file is `<name>Tests.swift`).
  public var typeName: String {
    switch self {
    case .child(let r): String(describing: r)
    case .file(let r): String(describing: r)
    }
  }
}
