import Foundation

/// The entries a ZIP archive's central directory lists, read from the bytes themselves: the
/// checks ZIPFoundation does not expose (the encryption flag, the declared sizes before any
/// byte is inflated) are made from this list before a part is opened.
///
/// Only the end record, its ZIP64 form and the central directory are read; nothing is inflated.
struct ZipDirectory {
  struct Entry {
    let path: String
    /// General purpose bit 0: the entry is encrypted (PKWARE or strong encryption).
    let encrypted: Bool
    /// 0 stored, 8 deflated, 99 AES-encrypted; others are refused when the entry is read.
    let method: UInt16
    let compressedSize: UInt64
    let uncompressedSize: UInt64
    /// The CRC-32 of the expanded bytes.
    let checksum: UInt32
  }

  let entries: [Entry]

  /// Why the central directory could not be read.
  struct Unreadable: Error {
    let reason: String
  }

  /// Reads the central directory of the archive at `path`.
  /// - Throws: `Unreadable` when the end record or the directory is missing, cut short or too large.
  init(path: String, maxEntries: Int) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw Unreadable(reason: "it cannot be opened") }
    defer { try? handle.close() }
    let size = try handle.seekToEnd()
    // The end record is 22 bytes and may be followed by a comment of up to 65,535 bytes.
    let tailStart = size > 65_557 ? size - 65_557 : 0
    try handle.seek(toOffset: tailStart)
    let tail = [UInt8](try handle.readToEnd() ?? Data())
    guard let end = ZipDirectory.lastIndex(of: 0x0605_4B50, in: tail), end + 22 <= tail.count else {
      throw Unreadable(reason: "no ZIP end record was found (the file is cut short or not a ZIP archive)")
    }
    var count = UInt64(ZipDirectory.u16(tail, end + 10))
    var directorySize = UInt64(ZipDirectory.u32(tail, end + 12))
    var directoryOffset = UInt64(ZipDirectory.u32(tail, end + 16))
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      // ZIP64: a locator just before the end record gives the ZIP64 end record's offset.
      guard end >= 20, ZipDirectory.u32(tail, end - 20) == 0x0706_4B50 else {
        throw Unreadable(reason: "its ZIP64 end record is missing")
      }
      try handle.seek(toOffset: ZipDirectory.u64(tail, end - 20 + 8))
      let record = [UInt8](try handle.read(upToCount: 56) ?? Data())
      guard record.count == 56, ZipDirectory.u32(record, 0) == 0x0606_4B50 else {
        throw Unreadable(reason: "its ZIP64 end record is damaged")
      }
      count = ZipDirectory.u64(record, 32)
      directorySize = ZipDirectory.u64(record, 40)
      directoryOffset = ZipDirectory.u64(record, 48)
    }
    guard count <= UInt64(maxEntries) else {
      throw Unreadable(reason: "it lists \(count) entries, more than the \(maxEntries) a workbook may hold")
    }
    guard directorySize <= 64 << 20, directoryOffset + directorySize <= size else {
      throw Unreadable(reason: "its central directory lies outside the file or is too large")
    }
    try handle.seek(toOffset: directoryOffset)
    let directory = [UInt8](try handle.read(upToCount: Int(directorySize)) ?? Data())
    var entries: [Entry] = []
    var at = 0
    while entries.count < count {
      guard at + 46 <= directory.count, ZipDirectory.u32(directory, at) == 0x0201_4B50 else {
        throw Unreadable(reason: "its central directory is damaged")
      }
      let flags = ZipDirectory.u16(directory, at + 8)
      let method = ZipDirectory.u16(directory, at + 10)
      let checksum = ZipDirectory.u32(directory, at + 16)
      var compressed = UInt64(ZipDirectory.u32(directory, at + 20))
      var uncompressed = UInt64(ZipDirectory.u32(directory, at + 24))
      let nameLength = Int(ZipDirectory.u16(directory, at + 28))
      let extraLength = Int(ZipDirectory.u16(directory, at + 30))
      let commentLength = Int(ZipDirectory.u16(directory, at + 32))
      let nameStart = at + 46
      let extraStart = nameStart + nameLength
      let next = extraStart + extraLength + commentLength
      guard next <= directory.count else { throw Unreadable(reason: "its central directory is damaged") }
      let name = String(decoding: directory[nameStart..<extraStart], as: UTF8.self)
      // ZIP64 sizes: the extra field 0x0001 holds the 64-bit values of the fields set to all ones.
      var e = extraStart
      while e + 4 <= extraStart + extraLength {
        let id = ZipDirectory.u16(directory, e)
        let length = Int(ZipDirectory.u16(directory, e + 2))
        if id == 1 {
          var f = e + 4
          if uncompressed == 0xFFFF_FFFF, f + 8 <= e + 4 + length {
            uncompressed = ZipDirectory.u64(directory, f)
            f += 8
          }
          if compressed == 0xFFFF_FFFF, f + 8 <= e + 4 + length { compressed = ZipDirectory.u64(directory, f) }
        }
        e += 4 + length
      }
      entries.append(
        Entry(
          path: name, encrypted: flags & 1 != 0 || method == 99, method: method, compressedSize: compressed,
          uncompressedSize: uncompressed, checksum: checksum))
      at = next
    }
    self.entries = entries
  }

  /// The position of the last little-endian `signature` in `bytes`.
  private static func lastIndex(of signature: UInt32, in bytes: [UInt8]) -> Int? {
    guard bytes.count >= 4 else { return nil }
    var i = bytes.count - 4
    while i >= 0 {
      if u32(bytes, i) == signature { return i }
      i -= 1
    }
    return nil
  }

  static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
  static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }
  static func u64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32 }
}
