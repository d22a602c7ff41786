import SafeguardCore

/// 1550: character 13 of a UPN is a digit or a capital letter other than I, O and S.
///
/// All supported years. Checked on every UPN that has a 13th character (a longer one is also reported by
/// the length rule); a UPN shorter than 13 characters has none and passes here. A lower-case letter is not
/// one of DfE's `A-Z` and fires. Absent or blank UPNs pass.
struct UPNLastCharacter: CensusChildRule {
  static let info = CensusRuleInfo(
    "1550", .error, module: .childIdentifiers, fields: ["UPN"], years: .all, message: message)

  static let allowed = Set("0123456789ABCDEFGHJKLMNPQRTUVWXYZ".utf8)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let upn = child.upn.value else { return }
    guard let last = withBytes(of: upn, { $0.count >= 13 ? $0[12] : nil }), !Self.allowed.contains(last) else { return }
    report.add(Self.info, at: CensusPlace("UPN", child.upn, within: child.line))
  }
}

private let message = "UPN invalid (character 13 not a recognised value)"
