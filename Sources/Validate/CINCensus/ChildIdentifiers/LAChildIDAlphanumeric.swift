import SafeguardCore

/// 1580: an `LAchildID` holds letters and digits only.
///
/// From 2024/25. Alphanumeric is read as the ASCII letters A-Z and a-z and digits 0-9: a space, a hyphen, a
/// slash or an accented letter fires (the public implementation lets any Unicode letter or digit pass). An
/// absent or blank `LAchildID` passes here (the rules on missing identifiers report it).
struct LAChildIDAlphanumeric: CensusChildRule {
  static let info = CensusRuleInfo(
    "1580", .error, module: .childIdentifiers, fields: ["LAchildID"], years: .from("2024-25"), message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let id = child.laChildID.value else { return }
    let alphanumeric = withBytes(of: id) { bytes in
      bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
    }
    if alphanumeric { return }
    report.add(Self.info, at: CensusPlace("LAchildID", child.laChildID, within: child.line))
  }
}

private let message = "LA Child ID must not contain any non-alphanumeric characters"
