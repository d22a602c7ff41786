import SafeguardCore
import SafeguardKernels
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
    // 31 child bits + 73,414 days (17 bits) + 10 file bits + 2 NFA bits = 60 bits.
    let keys = ReferralKeys(
      first: Day(iso: "1900-01-01")!, last: Day(iso: "2100-12-31")!, lastChild: .max, lastFile: 1023)
    let r = ReferralRecord(child: child, date: Day(iso: date)!, nfa: nfa, file: file)
    #expect(keys.unpack(keys.pack(r)) == r)
  }

  @Test func packedKeysAreAsShortAsTheExtractNeeds() {
    // Children 0...5 (3 bits), days 0...3 (2 bits), files 0...2 (2 bits), NFA (2 bits):
    // child 5, day 3, file 2, NFA unknown (2) = 5 << 6 | 3 << 4 | 2 << 2 | 2 = 320 + 48 + 8 + 2 = 378.
    let keys = ReferralKeys(
      first: Day(iso: "2024-01-01")!, last: Day(iso: "2024-01-04")!, lastChild: 5, lastFile: 2)
    let r = ReferralRecord(child: 5, date: Day(iso: "2024-01-04")!, nfa: .unknown, file: 2)
    #expect(keys.pack(r) == 378)
    #expect(keys.unpack(378) == r)
  }

  @Test func packedKeysSortByChildThenDate() {
    let a = ReferralRecord(child: 1, date: Day(iso: "2024-01-02")!, nfa: .yes, file: 9)
    let b = ReferralRecord(child: 1, date: Day(iso: "2024-01-03")!, nfa: .no, file: 0)
    let c = ReferralRecord(child: 2, date: Day(iso: "1999-01-01")!, nfa: .no, file: 0)
    let keys = ReferralKeys(first: c.date, last: b.date, lastChild: 2, lastFile: 9)
    var packed = [c, b, a].map { keys.pack($0) }
    RadixSort.sort(&packed)
    #expect(packed.map(keys.unpack) == [a, b, c])
  }

  @Test func packedKeysCarryTheBreakdownGroupsBelowTheRecord() {
    let keys = ReferralKeys(
      first: Day(iso: "2024-01-01")!, last: Day(iso: "2024-12-31")!, lastChild: 9, lastFile: 1, groups: true)
    let r = ReferralRecord(child: 9, date: Day(iso: "2024-07-01")!, nfa: .yes, file: 1)
    // Source 6 (position 17), aged 10-15, female, black.
    let g = FrontDoorGroups(source: 17, age: BreakdownGroups.Age.tenToFifteen, sex: .female, ethnicity: .black)
    let k = keys.pack(r, groups: g.packed)
    #expect(keys.unpack(k) == r)
    #expect(keys.groups(k) == g)
    #expect(FrontDoorGroups(packed: FrontDoorGroups.unknown.packed) == .unknown)
    #expect(Int(FrontDoorGroups.unknown.packed) < 1 << FrontDoorGroups.bits)
    // Without room for groups, every record's groups read as unknown.
    let plain = ReferralKeys(first: Day(iso: "2024-01-01")!, last: Day(iso: "2024-12-31")!, lastChild: 9, lastFile: 1)
    #expect(plain.groups(plain.pack(r)) == .unknown)
  }

  @Test func radixSortCoversEveryBitOfWideKeys() {
    // 40 significant bits sort in 4 digits of 10 bits; these differ only in bits 0, 12, 24, 39.
    var keys: [UInt64] = [1 << 39, 1 << 24, 1 << 12, 1, 0, 1 << 39 | 1]
    RadixSort.sort(&keys)
    #expect(keys == [0, 1, 1 << 12, 1 << 24, 1 << 39, 1 << 39 | 1])
  }

  @Test func radixSortGivesTheSameOrderOnOneThreadAndTwo() {
    // Pseudo-random 36-bit keys with many repeats: two threads share each pass, the first
    // half's keys before the second's in every bucket, so both sorts equal the library sort.
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    let keys = (0..<50_000).map { _ -> UInt64 in
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state & 0xF_FFFF_F000 | state & 0x3
    }
    var one = keys
    var two = keys
    RadixSort.sort(&one, threads: 1)
    RadixSort.sort(&two, threads: 2)
    #expect(one == keys.sorted())
    #expect(two == one)
  }

  @Test func manyReferralsAreTalliedInTwoPartsWithTheSameCounts() throws {
    // 140,000 referrals (past the 131,072 from which packing and tallying use two threads):
    // each of 20,000 children has 7 referrals 45 days apart from a start that varies by child,
    // so each child's first referral is not a re-referral and the other 6 are; one referral in
    // every 1,000 is repeated (counted once, with a TRF001 finding).
    var set = ExtractSet()
    let first = Day(iso: "2021-04-01")!
    var expectedPerDay: [Day: (all: Int, re: Int)] = [:]
    var duplicates = 0
    for c in 0..<20_000 {
      let child = set.children.intern("C\(c)")
      for k in 0..<7 {
        let d = first.adding(days: c % 365 + 45 * k)
        let r = ReferralRecord(child: child, date: d, nfa: k % 2 == 0 ? .yes : .no, file: 0)
        set.referrals.append(r)
        if (c * 7 + k) % 1000 == 0 {
          set.referrals.append(r)
          duplicates += 1
        }
        expectedPerDay[d, default: (0, 0)].all += 1
        if k > 0 { expectedPerDay[d, default: (0, 0)].re += 1 }
      }
    }
    set.referrals.reverse()
    let last = set.referrals.map(\.date).max()!
    set.files = [Self.file("r.csv", .annexAReferrals, first.iso, last.iso)]
    let (t, findings) = FrontDoorTransform.timeline(from: set)
    let referrals = try #require(t.referrals)
    var day = first
    var all = 0
    var re = 0
    while day <= last {
      #expect(referrals.all.count(from: day, to: day) == expectedPerDay[day]?.all ?? 0)
      #expect(referrals.rereferrals.count(from: day, to: day) == expectedPerDay[day]?.re ?? 0)
      all += referrals.all.count(from: day, to: day)
      re += referrals.rereferrals.count(from: day, to: day)
      day = day.adding(days: 1)
    }
    #expect(all == 140_000)
    #expect(re == 120_000)
    #expect(findings.filter { $0.rule.code == "TRF001" }.count == duplicates)
  }
}
