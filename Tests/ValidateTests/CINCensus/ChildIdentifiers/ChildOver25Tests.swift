import SafeguardCore
import Testing

@testable import Validate

struct ChildOver25Tests {
  static func person(born: String?, closed: [String?]) -> CensusChild {
    child(episodes: closed.enumerated().map { i, d in episode(line: Int32(2 + 10 * i), closed: d, reason: "RC7") }) {
      $0.birthDate = date(born, line: 3)
    }
  }

  // Reference 31 March 2025: over 25 is born before 31 March 2000.
  @Test(arguments: [
    RuleCase.passes("born 31 March 2000", person(born: "2000-03-31", closed: [nil])),
    RuleCase.passes("born 1 January 2010", person(born: "2010-01-01", closed: [nil])),
    RuleCase.passes("closed on the 25th birthday", person(born: "1999-01-01", closed: ["2024-01-01"])),
    RuleCase.passes("closure unreadable", person(born: "1999-01-01", closed: ["02/01/2024"])),
    RuleCase.passes("birth date absent", person(born: nil, closed: [nil])),
    RuleCase.passes("29 February birthday, closed 28 February", person(born: "1996-02-29", closed: ["2021-02-28"])),
    RuleCase.fires("born 30 March 2000, open", person(born: "2000-03-30", closed: [nil])),
    RuleCase.fires("closed the day after the 25th birthday", person(born: "1999-01-01", closed: ["2024-01-02"])),
    RuleCase.fires("closure blank", person(born: "1999-01-01", closed: [""])),
    RuleCase.fires("29 February birthday, closed 1 March", person(born: "1996-02-29", closed: ["2021-03-01"])),
    RuleCase.fires("two late episodes", person(born: "1990-01-01", closed: [nil, "2024-05-01"]), times: 2),
    RuleCase.passes("2023/24: born 31 March 1999", person(born: "1999-03-31", closed: [nil]), reference: "2024-03-31"),
    RuleCase.fires("2023/24: born 30 March 1999", person(born: "1999-03-30", closed: [nil]), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ChildOver25.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesBirthAndClosure() {
    let found = findings(ChildOver25.self, Self.person(born: "1999-01-01", closed: ["2024-01-02"]))
    #expect(found.map(\.field) == ["PersonBirthDate", "CINclosureDate"])
    #expect(found.map(\.line) == [3, 4])
  }
}
