import SafeguardCore

/// 1540: characters 5 to 12 of a UPN are all digits.
///
/// All supported years. Checks whichever of characters 5 to 12 the UPN has (a shorter UPN is also reported
/// by the length rule); only the ASCII digits 0 to 9 pass. Absent or blank UPNs pass.
struct UPNMiddleDigits: CensusChildRule {
  static let info = CensusRuleInfo(
    "1540", .error, module: .childIdentifiers, fields: ["UPN"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let upn = child.upn.value else { return }
    let digits = withBytes(of: upn) { bytes in bytes.dropFirst(4).prefix(8).allSatisfy { $0 >= 48 && $0 <= 57 } }
    if digits { return }
    report.add(Self.info, at: CensusPlace("UPN", child.upn, within: child.line))
  }
}

private let message = "UPN invalid (characters 5-12 not all numeric)"
