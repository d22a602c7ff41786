import SafeguardCore
import Testing

@testable import Validate

struct DisabilityCodesUsedTests {
  static let eight = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"]

  /// One child per code.
  static func file(_ codes: [String]) -> CensusReturn {
    census(codes.enumerated().map { Ids.disabled([$0.element], id: "C\($0.offset)") })
  }

  @Test(arguments: [
    FileRuleCase.passes("8 codes", file(eight)),
    FileRuleCase.fires("7 codes", file(Array(eight.prefix(7)))),
    FileRuleCase.fires("7 codes and NONE", file(Array(eight.prefix(7)) + ["NONE"])),
    FileRuleCase.fires("7 codes, one used twice", file(Array(eight.prefix(7)) + ["MOB"])),
    FileRuleCase.fires("7 codes and one not on DfE's list", file(Array(eight.prefix(7)) + ["XYZ"])),
    FileRuleCase.passes("8 codes in lower case", file(eight.map { $0.lowercased() })),
    FileRuleCase.passes("8 codes on one child", census([Ids.disabled(eight, id: "C1")])),
    FileRuleCase.fires("no disabilities", census([child()])),
  ])
  func rule(_ c: FileRuleCase) {
    #expect(issues(DisabilityCodesUsed.self, c.census) == c.count)
  }
}
