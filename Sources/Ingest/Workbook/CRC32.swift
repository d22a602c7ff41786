/// The ZIP checksum (CRC-32, polynomial 0xEDB88320), eight bytes a step (slicing-by-8): a
/// workbook's parts are checked as they are inflated at several times the speed of a byte at a
/// time, the step ZIPFoundation's own check takes.
struct CRC32 {
  private var state: UInt32 = 0xFFFF_FFFF

  /// Eight tables of 256: table 0 is the byte-at-a-time table, table k a byte followed by k zeros.
  private static let tables: [UInt32] = {
    var t = [UInt32](repeating: 0, count: 8 * 256)
    for i in 0..<256 {
      var c = UInt32(i)
      for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
      t[i] = c
    }
    for k in 1..<8 {
      for i in 0..<256 {
        let previous = t[(k - 1) * 256 + i]
        t[k * 256 + i] = (previous >> 8) ^ t[Int(previous & 0xFF)]
      }
    }
    return t
  }()

  /// The checksum of the bytes so far.
  var value: UInt32 { state ^ 0xFFFF_FFFF }

  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    var c = state
    let n = bytes.count
    var i = 0
    CRC32.tables.withUnsafeBufferPointer { t in
      while i + 8 <= n {
        let lo = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self)) ^ c
        let hi = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self))
        c =
          t[7 * 256 + Int(lo & 0xFF)] ^ t[6 * 256 + Int((lo >> 8) & 0xFF)] ^ t[5 * 256 + Int((lo >> 16) & 0xFF)]
          ^ t[4 * 256 + Int(lo >> 24)] ^ t[3 * 256 + Int(hi & 0xFF)] ^ t[2 * 256 + Int((hi >> 8) & 0xFF)]
          ^ t[256 + Int((hi >> 16) & 0xFF)] ^ t[Int(hi >> 24)]
        i += 8
      }
      while i < n {
        c = t[Int((c ^ UInt32(bytes[i])) & 0xFF)] ^ (c >> 8)
        i += 1
      }
    }
    state = c
  }
}
