import CensusSamples
import Foundation

/// The XML cases of the hostile corpus: entity attacks, nesting, truncation, roots and
/// namespaces, encodings and sizes, each from a valid CIN census of 3 children.
extension HostileFiles {
  static func census(children: Int = 3) -> String {
    let sample = CensusSample(endYear: 2025)
    let kids = SampleShapes.standard.prefix(children).enumerated().map { sample.child($0.offset + 1, $0.element) }
    return CensusXML.render(sample.census(Array(kids)))
  }

  /// `census` with its `<Message>` start tag replaced by `prolog` followed by `start`.
  static func replacingStart(_ xml: String, prolog: String = "", start: String) -> String {
    let from = xml.range(of: "<Message>")!
    return prolog + start + xml[from.upperBound...]
  }

  static func xmlCases() -> [HostileCase] {
    let valid = census()
    let decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    let body = String(valid[valid.range(of: "<Message>")!.lowerBound...])
    let noChildren = CensusXML.render(CensusSample(endYear: 2025).census([]))
    let noChildrenElement = noChildren.replacingOccurrences(
      of: #"<Children\s*/>|<Children>\s*</Children>"#, with: "", options: .regularExpression)
    let xxe =
      decl + "<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
      + body.replacingOccurrences(of: "<LEA>332</LEA>", with: "<LEA>&xxe;</LEA>")
    var laughs = "<!ENTITY lol0 \"lol\">"
    for i in 1...9 { laughs += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
    let billion =
      decl + "<!DOCTYPE Message [\(laughs)]>\n"
      + body.replacingOccurrences(of: "<LEA>332</LEA>", with: "<LEA>&lol9;</LEA>")
    let externalDTD = decl + "<!DOCTYPE Message SYSTEM \"http://example.invalid/census.dtd\">\n" + body
    let parameterEntity =
      decl + "<!DOCTYPE Message [<!ENTITY % remote SYSTEM \"http://example.invalid/x.dtd\"> %remote;]>\n" + body
    let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
    let deepNesting = valid.replacingOccurrences(of: "</Children>", with: deep + "</Children>")
    let moderate = String(repeating: "<Note>", count: 200) + String(repeating: "</Note>", count: 200)
    let moderateNesting = valid.replacingOccurrences(of: "</Children>", with: moderate + "</Children>")
    let cut = valid.utf8.count * 3 / 5
    let truncated = String(decoding: Array(valid.utf8)[..<cut], as: UTF8.self)
    let truncatedLine = truncated.split(separator: "\n", omittingEmptySubsequences: false).count
    let wrongRoot = valid.replacingOccurrences(of: "<Message>", with: "<Root>").replacingOccurrences(
      of: "</Message>", with: "</Root>")
    let wrongNamespace = valid.replacingOccurrences(
      of: "<Message>", with: "<Message xmlns=\"http://example.invalid/not-the-census\">")
    let prefixed = valid.replacingOccurrences(of: "<Message>", with: "<c:Message xmlns:c=\"urn:x\">")
      .replacingOccurrences(of: "</Message>", with: "</c:Message>")
    var latin1 = Array(valid.utf8)
    latin1.insert(0xE9, at: Array(valid.utf8).firstIndex(of: UInt8(ascii: "3"))!)
    var nul = Array(valid.utf8)
    nul.insert(0, at: nul.count / 2)
    let hugeText = inserting(
      20 << 20, of: "y", at: valid.replacingOccurrences(of: "<SoftwareCode>", with: "<SoftwareCode>@BIG@"))
    let xinclude = valid.replacingOccurrences(
      of: "<Children>",
      with: "<Children><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/>")
    let afterRoot = valid + "<Message></Message>\n"
    var utf16: [UInt8] = [0xFF, 0xFE]
    for u in valid.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"").utf16 {
      utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)]
    }
    let sparseHead = Array((decl + "<Message>\n").utf8)
    return [
      HostileCase("census-valid", "census.xml", text: valid, validate: 0, "CIN census"),
      HostileCase("census-no-children", "census.xml", text: noChildren, validate: 65, "no <Child>"),
      HostileCase("census-no-children-element", "census.xml", text: noChildrenElement, validate: 65, "no <Child>"),
      HostileCase("xml-external-entity", "census.xml", text: xxe, validate: 65, "DOCTYPE"),
      HostileCase("xml-billion-laughs", "census.xml", text: billion, validate: 65, "DOCTYPE"),
      HostileCase("xml-external-dtd", "census.xml", text: externalDTD, validate: 65, "DOCTYPE"),
      HostileCase("xml-parameter-entity", "census.xml", text: parameterEntity, validate: 65, "DOCTYPE"),
      HostileCase("xml-deep-nesting", "census.xml", text: deepNesting, validate: 0, "CIN census"),
      HostileCase("xml-moderate-nesting", "census.xml", text: moderateNesting, validate: 0, "CIN census"),
      HostileCase("xml-truncated", "census.xml", text: truncated, validate: 65, "well-formed", line: truncatedLine),
      HostileCase("xml-wrong-root", "census.xml", text: wrongRoot, validate: 66, "not a CIN census"),
      HostileCase("xml-wrong-namespace", "census.xml", text: wrongNamespace, validate: 66, "namespace"),
      HostileCase("xml-prefixed-root", "census.xml", text: prefixed, validate: 66, "not a CIN census"),
      HostileCase("xml-encoding-lie", "census.xml", .bytes(latin1), validate: 65, "well-formed"),
      HostileCase("xml-nul-byte", "census.xml", .bytes(nul), validate: 65, "not text"),
      HostileCase("xml-text-20mb", "census.xml", .bytes(hugeText), validate: 0, "CIN census"),
      HostileCase("xml-xinclude", "census.xml", text: xinclude, validate: 0, "CIN census"),
      HostileCase("xml-content-after-root", "census.xml", text: afterRoot, validate: 65, "well-formed"),
      HostileCase("xml-utf16", "census.xml", .bytes(utf16), validate: 0, "CIN census"),
      HostileCase("xml-sparse-1gb", "census.xml", .sparse(head: sparseHead, size: 1 << 30), validate: 65, "not text"),
    ]
  }
}
