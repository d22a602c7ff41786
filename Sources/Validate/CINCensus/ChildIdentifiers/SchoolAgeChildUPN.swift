import SafeguardCore

/// 8770Q: a child of school age whose referral went on to further action should have a UPN or a
/// reason it is missing (from 2024/25, a reason other than UN1).
///
/// All supported years, changed in 2024/25. Checked when the child has an episode whose
/// `ReferralNFA` reads as false (`false` or `0`), a birth date that reads as a date, and no UPN
/// (absent or blank).
/// - 2023/24: the child was born before the reference date minus 6 years (born on that day
///   passes), and any `UPNunknown` code UN1 to UN7 passes.
/// - 2024/25 on: the child was born on or before 31 August six years before the census year ends
///   (31 August 2019 for 2024/25: the child was 5 by the start of the school year inside the
///   census year), and `UPNunknown` must be UN2 to UN7: UN1 ("not of school age") is queried.
///
/// Differences from the public implementation: for 2023/24 it compares the birth date "on or
/// before" and rejects UN1; DfE's text says "earlier than" and accepts a valid `UPNunknown`, and
/// UN1 only became a query in 2024/25 (DfE's new message names it). Of its 2024/25 versions,
/// this follows the one taking 31 August six years back; another takes four years.
struct SchoolAgeChildUPN: CensusChildRule {
  static let info = CensusRuleInfo(
    "8770Q", .query, module: .childIdentifiers, fields: ["UPN", "UPNunknown", "PersonBirthDate", "ReferralNFA"],
    years: .all, message: message)

  static let reasons: Set<String> = ["UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7"]

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard child.upn.isMissing, let born = child.birthDate.value,
      child.episodes.contains(where: { $0.referralNFA.value == .no })
    else { return }
    let reason = child.upnUnknown.value
    let schoolAge: Bool
    let explained: Bool
    if context.year >= CensusYear(endingIn: 2025) {
      // 2024/25 on: school age from 31 August of the school year started in the census year; UN1 is queried.
      schoolAge = born <= Day(year: context.periodStart.year - 5, month: 8, day: 31)!
      explained = reason.map { $0 != "UN1" && Self.reasons.contains($0) } ?? false
    } else {
      schoolAge = born < context.referenceDate.adding(months: -72)
      explained = reason.map { Self.reasons.contains($0) } ?? false
    }
    guard schoolAge, !explained else { return }
    report.add(
      Self.info,
      at: [
        CensusPlace("UPN", child.upn, within: child.line),
        CensusPlace("UPNunknown", child.upnUnknown, within: child.line),
        CensusPlace("PersonBirthDate", child.birthDate, within: child.line),
      ], message: context.year >= CensusYear(endingIn: 2025) ? message : messageTo2024)
  }
}

private let message =
  "Please check and either amend data or provide a reason: "
  + "UPN is missing or reason UPN is missing or is UN1 for a child who is of school age."
private let messageTo2024 =
  "Please check and either amend data or provide a reason: "
  + "UPN or reason UPN missing expected for a child who is more than 5 years old"
