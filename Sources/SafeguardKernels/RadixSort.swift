/// Sorts 64-bit keys in place, least significant digit first, which for millions of packed
/// record keys is several times faster than a comparison sort.
///
/// Only the bits up to the highest one set in any key are sorted, in as few digits of at most
/// 12 bits as cover them (three passes for 36 bits), so each pass scatters into few enough
/// buckets to stay in cache. From `parallelFrom` keys, each pass runs on two threads: each
/// counts its half of the keys, then each moves its half to where the counts of both say. The
/// first half's keys go before the second's in every bucket, so the sort stays stable.
public enum RadixSort {
  /// Key counts from which two threads share each pass.
  public static let parallelFrom = 1 << 17

  public static func sort(_ keys: inout [UInt64]) { sort(&keys, threads: keys.count >= parallelFrom ? 2 : 1) }

  /// As `sort(_:)`, with `threads` (1 or 2) sharing each pass whatever the count (tests use both).
  public static func sort(_ keys: inout [UInt64], threads: Int) {
    let n = keys.count
    guard n > 1 else { return }
    let parts = max(1, min(threads, 2))
    var or: UInt64 = 0
    for k in keys { or |= k }
    let bits = 64 - or.leadingZeroBitCount
    guard bits > 0 else { return }  // all zero
    let passes = (bits + 11) / 12
    let width = (bits + passes - 1) / passes
    let buckets = 1 << width
    let mask = UInt64(buckets - 1)
    // counts[part * buckets + b]: keys of `part`'s share in bucket b, then where the next goes.
    var counts = [Int](repeating: 0, count: buckets * parts)
    var buffer = [UInt64](unsafeUninitializedCapacity: n) { _, count in count = n }
    var swapped = false
    keys.withUnsafeMutableBufferPointer { a in
      buffer.withUnsafeMutableBufferPointer { b in
        counts.withUnsafeMutableBufferPointer { c in
          var src = a
          var dst = b
          for pass in 0..<passes {
            let shift = UInt64(pass * width)
            if (or >> shift) & mask == 0 { continue }  // every key has zeros here
            let (from, to, counted) = (src, dst, c)
            let share = { (part: Int) in (n * part / parts)..<(n * (part + 1) / parts) }
            Parallel.run(parts) { part in
              let base = part * buckets
              for i in base..<base + buckets { counted[i] = 0 }
              for i in share(part) { counted[base + Int((from[i] >> shift) & mask)] += 1 }
            }
            var total = 0
            for bucket in 0..<buckets {
              for part in 0..<parts {
                let count = c[part * buckets + bucket]
                c[part * buckets + bucket] = total
                total += count
              }
            }
            Parallel.run(parts) { part in
              let base = part * buckets
              for i in share(part) {
                let k = from[i]
                let d = base + Int((k >> shift) & mask)
                to[counted[d]] = k
                counted[d] += 1
              }
            }
            swap(&src, &dst)
            swapped.toggle()
          }
        }
      }
    }
    if swapped { swap(&keys, &buffer) }  // the sorted keys are in the buffer: take it
  }
}
