import SafeguardCore

/// 1510: a UPN's first character is the check letter its digits give.
///
/// All supported years. DfE's calculation: digits 2 to 13 weighted 2 to 13, summed, the remainder after
/// dividing by 23 read as a letter (0 A, 1 B, … 20 X; I, O and S are never used). Checked only on a UPN of
/// exactly 13 characters whose characters 2 to 13 are all digits: other lengths and characters are reported
/// by the UPN format rules, and a temporary UPN (a letter at character 13) has no digit 13 to weigh. A
/// lower-case first letter is read as its capital. A remainder of 21 or 22 has no letter in DfE's table, so
/// no first character is right and the rule fires. Absent or blank UPNs pass.
struct UPNCheckLetter: CensusChildRule {
  static let info = CensusRuleInfo(
    "1510", .error, module: .childIdentifiers, fields: ["UPN"], years: .all, message: message)

  /// The check letter for each remainder, 0 to 20.
  static let letters = Array("ABCDEFGHJKLMNPQRTUVWX".utf8)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let upn = child.upn.value else { return }
    let fails = withBytes(of: upn) { chars in
      // Other rules report a UPN of another length or with other characters.
      guard chars.count == 13 else { return false }
      var sum = 0
      for position in 2...13 {
        guard let digit = chars[position - 1].asciiDigit else { return false }
        sum += digit * position
      }
      let remainder = sum % 23
      let expected: UInt8? = remainder < Self.letters.count ? Self.letters[remainder] : nil
      // A lower-case first letter is read as its capital.
      let first = chars[0] >= 97 && chars[0] <= 122 ? chars[0] - 32 : chars[0]
      return first != expected
    }
    guard fails else { return }
    report.add(Self.info, at: CensusPlace("UPN", child.upn, within: child.line))
  }
}

extension UInt8 {
  /// The value of an ASCII digit `0`–`9`; nil for any other byte.
  fileprivate var asciiDigit: Int? { self >= 48 && self <= 57 ? Int(self - 48) : nil }
}

private let message = "UPN invalid (wrong check letter at character 1)"
