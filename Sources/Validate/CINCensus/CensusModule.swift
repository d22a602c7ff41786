/// The parts of the CIN census a rule reads, as DfE groups its rules; each has a folder of rules.
public enum CensusModule: String, CaseIterable, Sendable {
  case childIdentifiers = "child identifiers"
  case characteristics = "child characteristics"
  case cinDetails = "CIN details"
  case assessments = "assessments"
  case cinPlans = "CIN plans"
  case section47 = "Section 47"
  case childProtectionPlans = "child protection plans"
  case reviews = "reviews"
  case returnLevel = "return level"
}
