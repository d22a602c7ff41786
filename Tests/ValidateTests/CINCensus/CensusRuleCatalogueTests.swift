import Foundation
import SafeguardCore
import Testing

@testable import Validate

/// The catalogue of DfE rules: every rule registered once, described, and tested both ways.
struct CensusRuleCatalogueTests {
  static let testsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let sourcesRoot = testsRoot.deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/Validate/CINCensus")

  static func swiftFiles(under root: URL) -> [URL] {
    let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
  }

  @Test func codesAreUnique() {
    let codes = CensusRules.all.map(\.info.code)
    #expect(codes.count == Set(codes).count, "duplicated: \(codes.filter { c in codes.filter { $0 == c }.count > 1 })")
  }

  @Test func severityFollowsDfEsCode() {
    for entry in CensusRules.all {
      let info = entry.info
      #expect((info.severity == .query) == info.code.hasSuffix("Q"), "\(info.code) is \(info.severity)")
      #expect(!info.message.isEmpty && !info.fields.isEmpty, "\(info.code) needs a message and fields")
    }
  }

  @Test func everyRuleFileIsRegistered() throws {
    let registered = Set(CensusRules.all.map(\.typeName))
    var declared: Set<String> = []
    let pattern = try NSRegularExpression(pattern: #"struct (\w+): Census(Child|Return)Rule"#)
    for file in Self.swiftFiles(under: Self.sourcesRoot) {
      let text = try String(contentsOf: file, encoding: .utf8)
      for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        declared.insert(String(text[Range(m.range(at: 1), in: text)!]))
      }
    }
    #expect(declared == registered, "declared but not registered: \(declared.subtracting(registered).sorted())")
  }

  @Test func everyRuleHasAPassingAndAFailingTest() throws {
    let tests = Dictionary(
      Self.swiftFiles(under: Self.testsRoot).map { ($0.deletingPathExtension().lastPathComponent, $0) },
      uniquingKeysWith: { a, _ in a })
    for entry in CensusRules.all {
      let name = entry.typeName + "Tests"
      guard let file = tests[name] else {
        Issue.record("\(entry.info.code) (\(entry.typeName)) has no \(name).swift")
        continue
      }
      let text = try String(contentsOf: file, encoding: .utf8)
      #expect(text.contains(".passes("), "\(name) has no passing case")
      #expect(text.contains(".fires("), "\(name) has no failing case")
      #expect(text.contains(entry.typeName + ".self"), "\(name) does not run \(entry.typeName)")
    }
  }

  @Test func everySupportedYearHasRules() {
    for year in CensusYear.supported { #expect(!CensusRules.rules(for: year).isEmpty) }
  }
}
