import SafeguardCore
import Testing

@testable import Validate

struct ReferenceDateIsCensusDayTests {
  @Test(arguments: [
    FileRuleCase.passes("31 March 2025 in 2024/25", census([child()], reference: "2025-03-31")),
    FileRuleCase.passes("31 March 2024 in 2023/24", census([child()], reference: "2024-03-31")),
    FileRuleCase.fires("30 March 2025", census([child()], reference: "2025-03-30")),
    FileRuleCase.fires("1 April 2025 opens 2025/26", census([child()], reference: "2025-04-01")),
    FileRuleCase.fires("absent", census([child()]) { $0.header.referenceDate = .absent }),
    FileRuleCase.fires("blank", census([child()]) { $0.header.referenceDate = date("") }),
    FileRuleCase.fires("unreadable", census([child()]) { $0.header.referenceDate = date("31/03/2025") }),
  ])
  func rule(_ c: FileRuleCase) {
    #expect(issues(ReferenceDateIsCensusDay.self, c.census) == c.count)
  }

  @Test func absentDatePointsAtTheHeader() {
    let file = census([child()]) {
      $0.header.line = 2
      $0.header.referenceDate = .absent
    }
    let found = findings(ReferenceDateIsCensusDay.self, file)
    #expect(found.map(\.field) == ["ReferenceDate"])
    #expect(found.map(\.line) == [2])
  }
}
