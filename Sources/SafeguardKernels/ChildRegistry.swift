internal import CPrefetch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Interns child identifiers: each distinct ID gets a small integer, so records stay compact.
///
/// IDs are kept once, as UTF-8 bytes in one arena, in an open-addressing table keyed on the
/// bytes, so a national extract's hundreds of thousands of children cost a few bytes each and
/// a lookup builds no `String`. Indices are given in order of first sight.
public final class ChildRegistry: @unchecked Sendable {
  /// One 16-byte table slot. `head` is an ID of up to 8 bytes itself, so such an ID is matched
  /// without leaving the table (one cache miss per lookup), or a longer ID's 64-bit hash, so the
  /// arena is read only to confirm a match; `meta` packs the hash's top 24 bits with the length
  /// (255 = longer), and `index` is the ID's index + 1 (0 = empty).
  private struct Slot {
    var head: UInt64 = 0
    var meta: UInt32 = 0
    var index: Int32 = 0
  }

  private var arena: [UInt8] = []
  /// ends[i] is the arena offset just past ID i (4 bytes a child: the arena stays far below 4 GiB).
  private var ends: [UInt32] = [0]
  /// The table: a power of two of zeroed slots, kept at most 5/8 full. An ID's home slot is the
  /// top bits of its hash, so slots stay in hash order and growing reads and writes in order.
  private var slots: UnsafeMutablePointer<Slot>
  private var slotCount: Int
  /// log2(slotCount).
  private var slotBits: Int
  /// Set by `dropLookups`: the table is gone and nothing more can be interned.
  private var lookupsDropped = false

  public init() {
    slotBits = 12
    slotCount = 1 << slotBits
    slots = ChildRegistry.zeroedSlots(slotCount)
  }

  deinit { free(slots) }

  public var count: Int { ends.count - 1 }

  /// The ID of child `i`.
  public subscript(i: Int32) -> String {
    let lo = Int(ends[Int(i)])
    let hi = Int(ends[Int(i) + 1])
    return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
  }

  /// Makes room for `children` IDs in all, `bytes` of them in all, so reading that many grows
  /// nothing.
  public func reserve(children: Int, bytes: Int) {
    arena.reserveCapacity(bytes)
    ends.reserveCapacity(children + 1)
    var bits = slotBits
    while children * 8 > (1 << bits) * 5 { bits += 1 }
    if bits > slotBits { rebuild(bits: bits) }
  }

  /// The index of `id`, adding it when new.
  public func intern(_ id: String) -> Int32 {
    var s = id
    return s.withUTF8 { intern(bytes: $0) }
  }

  /// The index of the ID with these UTF-8 bytes, adding it when new.
  public func intern(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    intern(bytes: bytes, hash: ChildRegistry.hash(bytes))
  }

  /// As `intern(bytes:)`, given `hash(bytes)` (worked out already when the ID was read).
  public func intern(bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32 {
    precondition(!lookupsDropped, "a child registry whose lookups were dropped cannot intern")
    let (i, found) = probe(bytes, hash: h)
    if found >= 0 { return found }
    let index = Int32(count)
    arena.append(contentsOf: bytes)
    precondition(arena.count <= Int(UInt32.max), "more than 4 GiB of child IDs")
    ends.append(UInt32(truncatingIfNeeded: arena.count))
    slots[i] = Slot(head: ChildRegistry.head(bytes, h), meta: ChildRegistry.meta(h, bytes.count), index: index + 1)
    if count * 8 > slotCount * 5 { rebuild(bits: slotBits + 1) }
    return index
  }

  /// Starts loading the table slot where the ID with these UTF-8 bytes would be looked up, so
  /// an `intern` of it soon after finds it in the cache. Changes nothing.
  @inline(__always)
  public func prefetch(bytes: UnsafeBufferPointer<UInt8>) { prefetch(hash: ChildRegistry.hash(bytes)) }

  /// As `prefetch(bytes:)`, given the bytes' `hash`.
  @inline(__always)
  public func prefetch(hash: UInt64) { cprefetch(slots + Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))) }

  /// Frees the lookup table, keeping the IDs: `count`, the subscript and `absorb` of this
  /// registry still work, `intern` no longer does. A half-file registry, about to be absorbed,
  /// so gives back its table before the registry absorbing it grows.
  public func dropLookups() {
    guard !lookupsDropped else { return }
    lookupsDropped = true
    free(slots)
    slots = ChildRegistry.zeroedSlots(1)
    slotCount = 1
    slotBits = 0
  }

  /// Interns every ID of `other` in its index order; element i of the result is the index here
  /// of `other`'s child i. IDs new here are added in the order `other` first met them.
  ///
  /// The IDs are first looked up on two threads at once (the table is only read), 16 at a time
  /// with their home slots loaded ahead so the cache misses of a large table overlap; then the
  /// table is grown once to its final size and the new IDs are added in order.
  public func absorb(_ other: ChildRegistry) -> [Int32] {
    precondition(!lookupsDropped, "a child registry whose lookups were dropped cannot intern")
    let n = other.count
    var map = [Int32](repeating: -1, count: n)
    other.arena.withUnsafeBufferPointer { a in
      other.ends.withUnsafeBufferPointer { e in
        map.withUnsafeMutableBufferPointer { out in
          let parts = n >= 1 << 14 ? 2 : 1
          Parallel.run(parts) { part in
            var k = n * part / parts
            let stop = n * (part + 1) / parts
            var hashes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
            while k < stop {
              let end = min(k + 8, stop)
              withUnsafeMutableBytes(of: &hashes) { raw in
                let h = raw.bindMemory(to: UInt64.self)
                for j in k..<end {
                  h[j - k] = ChildRegistry.hash(UnsafeBufferPointer(rebasing: a[Int(e[j])..<Int(e[j + 1])]))
                  cprefetch(slots + Int(truncatingIfNeeded: h[j - k] >> UInt64(64 - slotBits)))
                }
                for j in k..<end {
                  out[j] = find(UnsafeBufferPointer(rebasing: a[Int(e[j])..<Int(e[j + 1])]), hash: h[j - k])
                }
              }
              k = end
            }
          }
          let added = (0..<n).filter { out[$0] < 0 }
          reserve(children: count + added.count, bytes: arena.count + added.reduce(0) { $0 + Int(e[$1 + 1] - e[$1]) })
          func id(_ j: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: a[Int(e[j])..<Int(e[j + 1])])
          }
          for (k, j) in added.enumerated() {
            if k + 8 < added.count { prefetch(bytes: id(added[k + 8])) }
            out[j] = intern(bytes: id(j))
          }
        }
      }
    }
    return map
  }

  /// The index of the ID with these bytes and hash, or -1 when it is not here. Reads only.
  @inline(__always)
  private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32 { probe(bytes, hash: h).index }

  /// Where the ID with these bytes and hash is in the table, with its index; or, when it is not
  /// there, the empty slot it would take, with index -1.
  @inline(__always)
  private func probe(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (slot: Int, index: Int32) {
    let head = ChildRegistry.head(bytes, h)
    let meta = ChildRegistry.meta(h, bytes.count)
    let mask = slotCount - 1
    var i = Int(truncatingIfNeeded: h >> UInt64(64 - slotBits))
    while true {
      let s = slots[i]
      if s.index == 0 { return (i, -1) }
      if s.head == head && s.meta == meta && (bytes.count <= 8 || restEqual(Int(s.index - 1), bytes)) {
        return (i, s.index - 1)
      }
      i = (i + 1) & mask
    }
  }

  /// A long ID compared with ID `k`'s arena copy.
  private func restEqual(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let lo = Int(ends[k])
    guard Int(ends[k + 1]) - lo == bytes.count else { return false }
    return arena.withUnsafeBufferPointer { a in
      for j in 0..<bytes.count where a[lo + j] != bytes[j] { return false }
      return true
    }
  }

  /// Moves every ID into a table of 2^bits slots. Up to 2^24 slots an ID's home slot comes from
  /// the hash bits kept in `meta`, and the old table is read and the new one written in order;
  /// beyond that the hash is computed again from the arena.
  private func rebuild(bits: Int) {
    precondition(!lookupsDropped, "a child registry whose lookups were dropped cannot grow")
    let newCount = 1 << bits
    let table = ChildRegistry.zeroedSlots(newCount)
    let mask = newCount - 1
    if bits <= 24 {
      for k in 0..<slotCount where slots[k].index != 0 {
        let s = slots[k]
        var i = Int(s.meta >> UInt32(32 - bits))
        while table[i].index != 0 { i = (i + 1) & mask }
        table[i] = s
      }
    } else {
      arena.withUnsafeBufferPointer { a in
        for k in 0..<slotCount where slots[k].index != 0 {
          let s = slots[k]
          let id = Int(s.index - 1)
          let h = ChildRegistry.hash(UnsafeBufferPointer(rebasing: a[Int(ends[id])..<Int(ends[id + 1])]))
          var i = Int(truncatingIfNeeded: h >> UInt64(64 - bits))
          while table[i].index != 0 { i = (i + 1) & mask }
          table[i] = s
        }
      }
    }
    free(slots)
    slots = table
    slotCount = newCount
    slotBits = bits
  }

  /// `count` zeroed slots (empty), from `calloc`. Transparent huge pages are asked for where the
  /// system has them, since every lookup lands on a random slot (a national table spans tens of
  /// thousands of 4 KiB pages, far more than the address cache holds). Every page of a large
  /// table is then mapped at once by a write: at 5/8 full each page holds IDs anyway, and a page
  /// first read would be mapped to the shared zero page, whose first write then has to flush the
  /// other core's address cache.
  private static func zeroedSlots(_ count: Int) -> UnsafeMutablePointer<Slot> {
    let bytes = count * MemoryLayout<Slot>.stride
    guard let raw = calloc(count, MemoryLayout<Slot>.stride) else {
      fatalError("out of memory for \(bytes) bytes of child ID table")
    }
    #if canImport(Glibc)
      if bytes >= 4 << 20 {
        // calloc's large blocks are page-aligned mappings; round in to whole 2 MiB pages.
        let start = (Int(bitPattern: raw) + (2 << 20) - 1) & ~((2 << 20) - 1)
        let end = (Int(bitPattern: raw) + bytes) & ~((2 << 20) - 1)
        if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
      }
    #endif
    if bytes >= 1 << 16 { cprefault(raw, bytes, 4096) }
    return raw.bindMemory(to: Slot.self, capacity: count)
  }

  /// An ID of up to 8 bytes as one word, zero-padded; a longer one's hash `h`.
  @inline(__always)
  static func head(_ bytes: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> UInt64 {
    if bytes.count == 8 { return UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt64.self).littleEndian }
    if bytes.count > 8 { return h }
    var a: UInt64 = 0
    for j in 0..<bytes.count { a |= UInt64(bytes[j]) << (8 * UInt64(j)) }
    return a
  }

  /// The hash's top 24 bits (those that pick the home slot) and the length, capped at 255.
  @inline(__always)
  static func meta(_ h: UInt64, _ length: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: h >> 40) << 8 | UInt32(min(length, 255))
  }

  /// The bytes taken 8 at a time (the last word zero-padded) into a multiply-xorshift hash
  /// seeded with the length, then a final mix so nearby IDs spread across the table.
  @inline(__always)
  public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let n = bytes.count
    var h: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(n)
    var i = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 8 <= n {
        h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian) &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 31
        i += 8
      }
      if i < n {
        var w: UInt64 = 0
        for j in i..<n { w |= UInt64(base[j]) << (8 * UInt64(j - i)) }
        h = (h ^ w) &* 0xbf58_476d_1ce4_e5b9
      }
    }
    h ^= h >> 29
    h = h &* 0x94d0_49bb_1331_11eb
    h ^= h >> 32
    return h
  }
}

/// A CSV file's child ID column: as soon as the parser has an ID's bytes, their hash is taken and
/// the table slot it names is fetched, so the slot arrives while the rest of the row is parsed and
/// interning the ID later hashes nothing again (`intern(bytes:hash:)` with `CSVRecord.key`).
extension ChildRegistry: CSVKeyColumnHook {
  public func keyRead(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let h = Self.hash(bytes)
    prefetch(hash: h)
    return h
  }
}
