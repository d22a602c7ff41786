import SafeguardCore
import Testing

@testable import Transform

@Suite struct FrontDoorTransformTests {
  static func file(_ name: String, _ kind: ExtractKind, _ first: String, _ last: String) -> ExtractFileSummary {
    var f = ExtractFileSummary(file: name, kind: kind, encoding: "UTF-8")
    f.firstDate = Day(iso: first)
    f.lastDate = Day(iso: last)
    return f
  }

  @Test func twoContactsOnOneDayBothCountButCopiesInAnotherFileDoNot() {
    var set = ExtractSet()
    let c = set.children.intern("C1")
    let d = Day(iso: "2024-05-01")!
    // File 0 has two contacts for C1 that day (two agencies); file 1 repeats one of them.
    set.contacts = [
      ContactRecord(child: c, date: d, file: 0), ContactRecord(child: c, date: d, file: 0),
      ContactRecord(child: c, date: d, file: 1),
    ]
    set.files = [
      Self.file("a.csv", .annexAContacts, "2024-04-01", "2024-06-30"),
      Self.file("b.csv", .annexAContacts, "2024-05-01", "2024-06-30"),
    ]
    let (t, findings) = FrontDoorTransform.timeline(from: set)
    #expect(t.contacts?.count(in: .quarter(2024, 1)) == 2)
    #expect(findings.map(\.rule.code) == ["TRF002"])
  }

  @Test(arguments: [
    (Int32(0), "1970-01-01", YesNo.no, UInt16(0)), (Int32(1_000_000), "2024-02-29", .yes, 3),
    (Int32.max, "2100-12-31", .unknown, 1023), (Int32(7), "1900-01-01", .yes, 12),
  ])
  func packedKeysRoundTrip(child: Int32, date: String, nfa: YesNo, file: UInt16) {
    let r = ReferralRecord(child: child, date: Day(iso: date)!, nfa: nfa, file: file)
    #expect(FrontDoorTransform.unpack(FrontDoorTransform.packKey(r)) == r)
  }

  @Test func packedKeysSortByChildThenDate() {
    let a = ReferralRecord(child: 1, date: Day(iso: "2024-01-02")!, nfa: .yes, file: 9)
    let b = ReferralRecord(child: 1, date: Day(iso: "2024-01-03")!, nfa: .no, file: 0)
    let c = ReferralRecord(child: 2, date: Day(iso: "1999-01-01")!, nfa: .no, file: 0)
    var keys = [c, b, a].map(FrontDoorTransform.packKey)
    RadixSort.sort(&keys)
    #expect(keys.map(FrontDoorTransform.unpack) == [a, b, c])
  }
}
