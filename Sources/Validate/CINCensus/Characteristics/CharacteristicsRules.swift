/// The Characteristics rules, in code order.
enum CharacteristicsRules {
  static let all: [CensusRuleEntry] = [
    .child(EthnicityMissingOrInvalid()),
    .child(DisabilityPresentAndValid()),
    .child(DisabilityNoneAlone()),
    .child(DisabilityCodesDistinct()),
  ]
}
