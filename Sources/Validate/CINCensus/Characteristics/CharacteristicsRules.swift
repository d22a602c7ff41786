/// The Characteristics rules, in code order.
enum CharacteristicsRules {
  static let all: [CensusRuleEntry] = [
    .child(EthnicityMissingOrInvalid.self),
    .child(DisabilityPresentAndValid.self),
    .child(DisabilityNoneAlone.self),
    .child(DisabilityCodesDistinct.self),
  ]
}
