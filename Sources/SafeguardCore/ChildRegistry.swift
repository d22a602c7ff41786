/// Interns child identifiers: each distinct ID gets a small integer, so records stay compact.
///
/// IDs are kept once, as UTF-8 bytes in one arena, in an open-addressing table keyed on the
/// bytes, so a national extract's hundreds of thousands of children cost a few bytes each and
/// a lookup builds no `String`.
public final class ChildRegistry: @unchecked Sendable {
  /// One 16-byte table slot: the ID's first 8 bytes inline, so an ID of up to 8 bytes is matched
  /// without leaving the table (one cache miss per lookup); `meta` packs 24 bits of hash with the
  /// length (255 = longer), and `index` is the ID's index + 1 (0 = empty).
  private struct Slot {
    var head: UInt64 = 0
    var meta: UInt32 = 0
    var index: Int32 = 0
  }

  private var arena: [UInt8] = []
  /// ends[i] is the arena offset just past ID i.
  private var ends: [Int] = [0]
  /// Capacity is a power of two, kept at most 5/8 full.
  private var slots: [Slot]

  public init() { slots = [Slot](repeating: Slot(), count: 1 << 12) }

  public var count: Int { ends.count - 1 }

  /// The ID of child `i`.
  public subscript(i: Int32) -> String {
    let lo = ends[Int(i)]
    let hi = ends[Int(i) + 1]
    return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
  }

  /// The index of `id`, adding it when new.
  public func intern(_ id: String) -> Int32 {
    var s = id
    return s.withUTF8 { intern(bytes: $0) }
  }

  /// The index of the ID with these UTF-8 bytes, adding it when new.
  public func intern(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let h = ChildRegistry.hash(bytes)
    let (found, at) = find(bytes, h)
    if let found { return found }
    let index = Int32(count)
    arena.append(contentsOf: bytes)
    ends.append(arena.count)
    slots[at] = Slot(head: ChildRegistry.head(bytes), meta: ChildRegistry.meta(h, bytes.count), index: index + 1)
    if count * 8 > slots.count * 5 { grow() }
    return index
  }

  /// The index when present, else nil and the empty slot where it belongs.
  @inline(__always)
  private func find(_ bytes: UnsafeBufferPointer<UInt8>, _ h: UInt32) -> (Int32?, Int) {
    let head = ChildRegistry.head(bytes)
    let meta = ChildRegistry.meta(h, bytes.count)
    return slots.withUnsafeBufferPointer { table in
      let mask = table.count - 1
      var i = Int(h) & mask
      while table[i].index != 0 {
        let s = table[i]
        if s.head == head && s.meta == meta && (bytes.count <= 8 || restEqual(Int(s.index - 1), bytes)) {
          return (s.index - 1, i)
        }
        i = (i + 1) & mask
      }
      return (nil, i)
    }
  }

  /// Bytes 8 and on of a long ID, compared with the arena copy.
  private func restEqual(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let lo = ends[k]
    guard ends[k + 1] - lo == bytes.count else { return false }
    return arena.withUnsafeBufferPointer { a in
      for j in 8..<bytes.count where a[lo + j] != bytes[j] { return false }
      return true
    }
  }

  private func grow() {
    var bigger = [Slot](repeating: Slot(), count: slots.count * 2)
    let mask = bigger.count - 1
    arena.withUnsafeBufferPointer { a in
      for s in slots where s.index != 0 {
        let k = Int(s.index - 1)
        let h = ChildRegistry.hash(UnsafeBufferPointer(rebasing: a[ends[k]..<ends[k + 1]]))
        var i = Int(h) & mask
        while bigger[i].index != 0 { i = (i + 1) & mask }
        bigger[i] = s
      }
    }
    slots = bigger
  }

  /// The first 8 bytes, zero-padded, as one word.
  @inline(__always)
  static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var a: UInt64 = 0
    for j in 0..<min(bytes.count, 8) { a |= UInt64(bytes[j]) << (8 * UInt64(j)) }
    return a
  }

  /// 24 bits of the hash (not those that pick the slot) and the length, capped at 255.
  @inline(__always)
  static func meta(_ h: UInt32, _ length: Int) -> UInt32 { (h >> 8) << 8 | UInt32(min(length, 255)) }

  /// FNV-1a over the bytes, then a final mix so nearby IDs spread across the table.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    h ^= h >> 29
    h = h &* 0xbf58_476d_1ce4_e5b9
    h ^= h >> 32
    return UInt32(truncatingIfNeeded: h)
  }
}
