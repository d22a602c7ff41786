import SafeguardCore

/// 8540: a born child with a referral that led to further action has at least one disability, all valid codes.
///
/// All supported years. Applies when the date of birth has text (an unreadable birth date still
/// says the child is born) and at least one episode's `ReferralNFA` reads false or 0. Then the
/// child fires once when it has no `Disability` element (at the child's line), or once naming
/// every `Disability` that is blank or not one of NONE, MOB, HAND, PC, INC, COMM, LD, HEAR, VIS, BEH, CON,
/// AUT, DDA (the code list is the same in every supported year's schema).
struct DisabilityPresentAndValid: CensusChildRule {
  static let info = CensusRuleInfo(
    "8540", .error, module: .characteristics, fields: ["Disability", "PersonBirthDate", "ReferralNFA"],
    years: .all, message: message)

  static let codes: Set<String> = [
    "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA",
  ]

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard !child.birthDate.isMissing, child.episodes.contains(where: { $0.referralNFA.value == .no }) else { return }
    guard !child.disabilities.isEmpty else {
      report.add(Self.info, at: CensusPlace("Disability", CensusText.absent, within: child.line))
      return
    }
    if child.disabilities.allSatisfy({ d in d.value.map(Self.codes.contains) ?? false }) { return }
    let invalid = child.disabilities.filter { d in d.value.map { !Self.codes.contains($0) } ?? true }
    guard !invalid.isEmpty else { return }
    report.add(Self.info, at: invalid.map { CensusPlace("Disability", $0, within: child.line) })
  }
}

private let message = "Child’s disability is missing or invalid (see Disability table)"
