/// The Characteristics rules, in code order.
enum CharacteristicsRules {
  static let all: [CensusRuleEntry] = [
    .child(EthnicityMissingOrInvalid())
  ]
}
