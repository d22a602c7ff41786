/// Interns child identifiers: each distinct ID gets a small integer, so records stay compact.
///
/// IDs are kept once, as UTF-8 bytes in one arena, in an open-addressing table keyed on the
/// bytes, so a national extract's hundreds of thousands of children cost a few bytes each and
/// a lookup builds no `String`.
public final class ChildRegistry: @unchecked Sendable {
  /// One table slot: the first 16 bytes of the ID inline (so most lookups touch one cache line),
  /// its length and hash, and its index + 1 (0 = empty).
  private struct Slot {
    var head0: UInt64 = 0
    var head1: UInt64 = 0
    var hash: UInt32 = 0
    var length: UInt16 = 0
    var used: UInt16 = 0
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

  /// The index of `id` if it is known.
  public func lookup(_ id: String) -> Int32? {
    var s = id
    return s.withUTF8 { bytes in
      let (found, _) = find(bytes, ChildRegistry.hash(bytes), ChildRegistry.heads(bytes))
      return found
    }
  }

  /// The index of the ID with these UTF-8 bytes, adding it when new.
  public func intern(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let h = ChildRegistry.hash(bytes)
    let heads = ChildRegistry.heads(bytes)
    let (found, at) = find(bytes, h, heads)
    if let found { return found }
    let index = Int32(count)
    arena.append(contentsOf: bytes)
    ends.append(arena.count)
    slots[at] = Slot(
      head0: heads.0, head1: heads.1, hash: h, length: UInt16(clamping: bytes.count), used: 1, index: index)
    if count * 8 > slots.count * 5 { grow() }
    return index
  }

  /// The index when present, else nil and the empty slot where it belongs.
  @inline(__always)
  private func find(_ bytes: UnsafeBufferPointer<UInt8>, _ h: UInt32, _ heads: (UInt64, UInt64)) -> (Int32?, Int) {
    slots.withUnsafeBufferPointer { table in
      let mask = table.count - 1
      var i = Int(h) & mask
      while table[i].used != 0 {
        let s = table[i]
        if s.hash == h && s.head0 == heads.0 && s.head1 == heads.1 && Int(s.length) == min(bytes.count, 0xFFFF)
          && (bytes.count <= 16 || tailEqual(Int(s.index), bytes))
        {
          return (s.index, i)
        }
        i = (i + 1) & mask
      }
      return (nil, i)
    }
  }

  /// Bytes 16 and on of a long ID, compared with the arena copy.
  private func tailEqual(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let lo = ends[k]
    guard ends[k + 1] - lo == bytes.count else { return false }
    return arena.withUnsafeBufferPointer { a in
      for j in 16..<bytes.count where a[lo + j] != bytes[j] { return false }
      return true
    }
  }

  private func grow() {
    var bigger = [Slot](repeating: Slot(), count: slots.count * 2)
    let mask = bigger.count - 1
    for s in slots where s.used != 0 {
      var i = Int(s.hash) & mask
      while bigger[i].used != 0 { i = (i + 1) & mask }
      bigger[i] = s
    }
    slots = bigger
  }

  /// The first 16 bytes, zero-padded, as two words.
  @inline(__always)
  static func heads(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    var a: UInt64 = 0
    var b: UInt64 = 0
    let n = min(bytes.count, 16)
    var j = 0
    while j < n {
      if j < 8 { a |= UInt64(bytes[j]) << (8 * UInt64(j)) } else { b |= UInt64(bytes[j]) << (8 * UInt64(j - 8)) }
      j += 1
    }
    return (a, b)
  }

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
