/// Sorts 64-bit keys in place, least significant digit first, which for millions of packed
/// record keys is several times faster than a comparison sort.
///
/// Only the bits up to the highest one set in any key are sorted, in as few digits of at most
/// 12 bits as cover them (three passes for 36 bits), so each pass scatters into few enough
/// buckets to stay in cache. Every digit's counts are taken in one read of the keys.
public enum RadixSort {
  public static func sort(_ keys: inout [UInt64]) {
    let n = keys.count
    guard n > 1 else { return }
    var or: UInt64 = 0
    for k in keys { or |= k }
    let bits = 64 - or.leadingZeroBitCount
    guard bits > 0 else { return }  // all zero
    let passes = (bits + 11) / 12
    let width = (bits + passes - 1) / passes
    let buckets = 1 << width
    let mask = UInt64(buckets - 1)
    var counts = [Int](repeating: 0, count: buckets * passes)
    var buffer = [UInt64](repeating: 0, count: n)
    keys.withUnsafeMutableBufferPointer { a in
      buffer.withUnsafeMutableBufferPointer { b in
        counts.withUnsafeMutableBufferPointer { c in
          for k in a {
            for pass in 0..<passes { c[pass * buckets + Int((k >> UInt64(pass * width)) & mask)] += 1 }
          }
          var src = a
          var dst = b
          var swapped = false
          for pass in 0..<passes {
            let shift = UInt64(pass * width)
            let base = pass * buckets
            if (or >> shift) & mask == 0 { continue }  // every key has zeros here
            var total = 0
            for i in base..<base + buckets {
              let count = c[i]
              c[i] = total
              total += count
            }
            for k in src {
              let d = base + Int((k >> shift) & mask)
              dst[c[d]] = k
              c[d] += 1
            }
            swap(&src, &dst)
            swapped.toggle()
          }
          if swapped { a.update(fromContentsOf: b) }
        }
      }
    }
  }
}
