import Foundation

/// Edits to a written ZIP archive's header bytes: fixed timestamps for reproducible fixtures,
/// and the encryption flag for the tests' refused workbooks.
public enum ZipBytes {
  /// Sets every entry's DOS date and time, in the local headers and the central directory.
  public static func setTimestamps(of path: String, date: UInt16, time: UInt16) throws {
    try edit(path) { bytes, central, local in
      put16(&bytes, central + 12, time)
      put16(&bytes, central + 14, date)
      put16(&bytes, local + 10, time)
      put16(&bytes, local + 12, date)
    }
  }

  /// Sets general purpose bit 0 (encrypted) on every entry, as a password-protected ZIP has it.
  public static func markEncrypted(_ path: String) throws {
    try edit(path) { bytes, central, local in
      bytes[central + 8] |= 1
      bytes[local + 6] |= 1
    }
  }

  /// Sets the expanded size that entry `name` declares, in the local header and the central
  /// directory, leaving its data as it is (a lying archive, for the tests).
  public static func declare(size: UInt32, for name: String, in path: String) throws {
    try edit(path) { bytes, central, local in
      let length = Int(u16(bytes, central + 28))
      guard String(decoding: bytes[(central + 46)..<(central + 46 + length)], as: UTF8.self) == name else { return }
      put32(&bytes, central + 24, size)
      put32(&bytes, local + 22, size)
    }
  }

  /// Changes the checksum the central directory gives entry `name`, leaving its data as it is
  /// (a damaged archive, for the tests).
  public static func spoilChecksum(of name: String, in path: String) throws {
    try edit(path) { bytes, central, _ in
      let length = Int(u16(bytes, central + 28))
      guard String(decoding: bytes[(central + 46)..<(central + 46 + length)], as: UTF8.self) == name else { return }
      bytes[central + 16] ^= 0xFF
    }
  }

  /// Calls `body` with the offsets of each entry's central directory record and local header.
  private static func edit(_ path: String, _ body: (inout [UInt8], Int, Int) -> Void) throws {
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    var end = bytes.count - 22
    while end >= 0 && u32(bytes, end) != 0x0605_4B50 { end -= 1 }
    guard end >= 0 else { throw CocoaError(.fileReadCorruptFile) }
    let count = Int(u16(bytes, end + 10))
    var at = Int(u32(bytes, end + 16))
    for _ in 0..<count {
      guard u32(bytes, at) == 0x0201_4B50 else { throw CocoaError(.fileReadCorruptFile) }
      let local = Int(u32(bytes, at + 42))
      body(&bytes, at, local)
      at += 46 + Int(u16(bytes, at + 28)) + Int(u16(bytes, at + 30)) + Int(u16(bytes, at + 32))
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
  static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }
  static func put32(_ b: inout [UInt8], _ i: Int, _ v: UInt32) {
    put16(&b, i, UInt16(v & 0xFFFF))
    put16(&b, i + 2, UInt16(v >> 16))
  }

  static func put16(_ b: inout [UInt8], _ i: Int, _ v: UInt16) {
    b[i] = UInt8(v & 0xFF)
    b[i + 1] = UInt8(v >> 8)
  }
}
