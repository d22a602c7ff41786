/// Every DfE CIN census rule this build checks, by module (each module's list sits in its folder).
///
/// Add a rule: one file in its module's folder, one test file in the mirror folder under
/// `Tests/ValidateTests/CINCensus/`, and one line in the module's list.
public enum CensusRules {
  public static let all: [CensusRuleEntry] =
    ChildIdentifierRules.all + CharacteristicsRules.all + CINDetailsRules.all + AssessmentRules.all
    + CINPlanRules.all + Section47Rules.all + ChildProtectionPlanRules.all + ReviewRules.all + ReturnLevelRules.all

  /// The rule with `code` (`8925`, `2887Q`), case-insensitively.
  public static func rule(_ code: String) -> CensusRuleEntry? {
    all.first { $0.info.code.uppercased() == code.uppercased() }
  }

  /// The rules of `year`, in code order.
  public static func rules(for year: CensusYear) -> [CensusRuleEntry] {
    all.filter { $0.info.years.contains(year) }.sorted { $0.info.code < $1.info.code }
  }
}
