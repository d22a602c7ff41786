import SafeguardCore

/// 1560Q: a former UPN is written in the UPN format of DfE's data table.
///
/// All supported years. The format (the schema's UPN type): 13 characters, a letter, eleven digits, then a
/// digit or a letter (a temporary UPN ends in a letter); letters of either case, digits ASCII only. Absent
/// or blank former UPNs pass.
///
/// DfE's text points to the data table's format, which lets character 13 be a letter; the public
/// implementation asks for twelve digits after the letter, so flags every former temporary UPN.
struct FormerUPNFormat: CensusChildRule {
  static let info = CensusRuleInfo(
    "1560Q", .query, module: .childIdentifiers, fields: ["FormerUPN"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let former = child.formerUPN.value else { return }
    if Self.isUPNFormat(former) { return }
    report.add(Self.info, at: CensusPlace("FormerUPN", child.formerUPN, within: child.line))
  }

  static func isUPNFormat(_ text: String) -> Bool {
    let chars = Array(text)
    guard chars.count == 13 else { return false }
    func letter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
    func digit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    return letter(chars[0]) && chars[1...11].allSatisfy(digit) && (digit(chars[12]) || letter(chars[12]))
  }
}

private let message = "Please check: Former UPN wrongly formatted"
