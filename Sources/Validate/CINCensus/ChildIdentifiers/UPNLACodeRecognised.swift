import SafeguardCore

/// 1530: characters 2 to 4 of a UPN are a post-April 1998 LA code or a recognised pseudo-LA code.
///
/// All supported years (the list is DfE's from 2023/24, which added 942 and 943, the codes of the councils
/// created in April 2023). Checked on every UPN of at least 4 characters; a shorter one is left to the
/// length rule. Characters 2 to 4 must be three digits naming a code on the list; `001` to `005` are the
/// pseudo-LA codes. Absent or blank UPNs pass.
///
/// DfE's text for this rule checks any UPN present; the public implementation checks only UPNs of exactly
/// 13 characters. The public file's quoted text omits 942 and 943 though its code and its note on the
/// 2023/24 change carry them; we carry them.
struct UPNLACodeRecognised: CensusChildRule {
  static let info = CensusRuleInfo(
    "1530", .error, module: .childIdentifiers, fields: ["UPN"], years: .all, message: message)

  static let codes: Set<Int> = {
    let ranges: [ClosedRange<Int>] = [
      1...5, 201...213, 301...320, 330...336, 340...344, 350...359, 370...373, 380...384, 390...394, 420...420,
      660...681, 701...708, 800...803, 805...808, 810...813, 815...816, 820...823, 825...826, 830...831,
      835...841, 845...846, 850...852, 855...857, 860...861, 865...896, 908...909, 916...916, 919...919,
      921...921, 925...926, 928...929, 931...931, 933...933, 935...938, 940...943,
    ]
    return Set(ranges.flatMap { Array($0) })
  }()

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let upn = child.upn.value else { return }
    // Characters 2 to 4 as a number, when they are digits.
    let code = withBytes(of: upn) { chars -> Int? in
      guard chars.count >= 4 else { return -1 }
      var code = 0
      for c in chars[1...3] {
        guard c >= 48 && c <= 57 else { return nil }
        code = code * 10 + Int(c - 48)
      }
      return code
    }
    if code == -1 { return }  // shorter than four characters: other rules report it
    if let code, Self.codes.contains(code) { return }
    report.add(Self.info, at: CensusPlace("UPN", child.upn, within: child.line))
  }
}

private let message = "UPN invalid (characters 2-4 not a recognised LA code)"
