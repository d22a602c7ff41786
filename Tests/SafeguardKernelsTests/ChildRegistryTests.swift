import SafeguardKernels
import Testing

/// Interning: indices in order of first sight, IDs of any length, growth, reserving room, and
/// absorbing another registry.
@Suite struct ChildRegistryTests {
  @Test func indicesInOrderOfFirstSight() {
    let r = ChildRegistry()
    // "C1" new → 0, "C2" new → 1, "C1" seen → 0, a 20-byte ID and one sharing its first 8 bytes
    // → 2, 3, an 8-byte ID → 4, "" → 5, and a 7-byte prefix of the 8-byte one → 6.
    let ids = [
      "C1", "C2", "C1", "LONGID-0000000000001", "LONGID-0000000000002", "LONGID-0000000000001", "C1234567", "",
      "C123456", "C1234567", "",
    ]
    #expect(ids.map { r.intern($0) } == [0, 1, 0, 2, 3, 2, 4, 5, 6, 4, 5])
    #expect(r.count == 7)
    #expect(r[3] == "LONGID-0000000000002")
    #expect(r[6] == "C123456")
  }

  /// 10,000 distinct IDs (7,919 is prime to 10,000): the table (4,096 slots, at most 5/8 full)
  /// doubles twice, at the 2,561st and 5,121st ID, and every ID keeps its index.
  @Test(arguments: ["CHILD", "A-LONGER-CHILD-PREFIX-"])
  func growthKeepsEveryIndex(prefix: String) {
    let r = ChildRegistry()
    let ids = (0..<10_000).map { "\(prefix)\($0 * 7919 % 10_000)" }
    #expect(ids.map { r.intern($0) } == (0..<10_000).map { Int32($0) })
    #expect(ids.map { r.intern($0) } == (0..<10_000).map { Int32($0) })
    #expect(r.count == 10_000)
    #expect(r[9_999] == ids[9_999])
  }

  /// Reserving room for 11 million children moves the table past 2^24 slots (11e6 × 8/5 needs
  /// 2^25), where slots are placed by hashing the IDs again: the IDs already there keep their
  /// indices and new ones follow.
  @Test func reserveBeyondTheStoredHashBits() {
    let r = ChildRegistry()
    let ids = (0..<64).map { "C\($0)" }
    for id in ids { _ = r.intern(id) }
    r.reserve(children: 11_000_000, bytes: 0)
    #expect(ids.map { r.intern($0) } == (0..<64).map { Int32($0) })
    #expect(r.intern("NEW") == 64)
    #expect(r.count == 65)
  }

  @Test func absorbMapsAndAppendsInFirstSightOrder() {
    let a = ChildRegistry()
    _ = a.intern("C1")
    _ = a.intern("C2")
    let b = ChildRegistry()
    for id in ["C3", "C1", "C4"] { _ = b.intern(id) }
    // b's 0 (C3) is new in a → 2, b's 1 (C1) is a's 0, b's 2 (C4) is new → 3.
    #expect(a.absorb(b) == [2, 0, 3])
    #expect((0..<Int32(a.count)).map { a[$0] } == ["C1", "C2", "C3", "C4"])
    #expect(a.intern("C4") == 3)
  }

  @Test func aRegistryWithoutLookupsKeepsItsIDsAndCanBeAbsorbed() {
    let a = ChildRegistry()
    _ = a.intern("C1")
    let b = ChildRegistry()
    // 12 IDs, one longer than 8 bytes (kept by hash): b's table is freed, its IDs stay.
    let ids = (0..<11).map { "C\($0)" } + ["LONGER-THAN-EIGHT"]
    for id in ids { _ = b.intern(id) }
    b.dropLookups()
    #expect(b.count == 12)
    #expect((0..<Int32(12)).map { b[$0] } == ids)
    // b's C0 is new in a → 1, b's C1 is a's 0, the other ten are new → 2...11.
    #expect(a.absorb(b) == [1, 0] + (2...11).map { Int32($0) })
    #expect(a.intern("LONGER-THAN-EIGHT") == 11)
  }

  @Test func absorbingManyIDsLooksThemUpOnTwoThreadsWithTheSameResult() {
    // 40,000 IDs in b (past the 16,384 from which two threads share the look-ups): the even
    // ones are already in a, in another order; long and short IDs alike.
    let a = ChildRegistry()
    let inA = stride(from: 39_998, through: 0, by: -2).map { $0 % 3 == 0 ? "LONG-CHILD-ID-\($0)" : "C\($0)" }
    for id in inA { _ = a.intern(id) }
    let b = ChildRegistry()
    let inB = (0..<40_000).map { $0 % 3 == 0 ? "LONG-CHILD-ID-\($0)" : "C\($0)" }
    for id in inB { _ = b.intern(id) }
    let map = a.absorb(b)
    // Even k is a's (19_999 - k/2); odd k is new, numbered from 20,000 in b's order.
    let expected = (0..<40_000).map { (k: Int) -> Int32 in
      let index: Int = k % 2 == 0 ? 19_999 - k / 2 : 20_000 + k / 2
      return Int32(index)
    }
    #expect(map == expected)
    #expect(a.count == 40_000)
    #expect(zip(inB, map).allSatisfy { id, index in a.intern(id) == index })
  }
}
