import Foundation

/// The binary cases of the hostile corpus: compressed archives named `.csv`, noise, other file
/// formats and an old `.xls` header. The archives store their data uncompressed (deflate's
/// stored blocks, ZIP method 0), so no compression library is needed to make them.
extension HostileFiles {
  mutating func binaryCases(_ rows: [[String]]) -> [HostileCase] {
    let text = Array(Self.csv(rows).utf8)
    var noise: [UInt8] = []
    for _ in 0..<(64 << 10) / 8 { withUnsafeBytes(of: random.next()) { noise += $0 } }
    var noNul: [UInt8] = []
    for _ in 0..<(16 << 10) { noNul.append(UInt8(1 + random.next() % 255)) }
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8) + noise
    let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
    let pdf = Array("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8) + noise
    var utf32: [UInt8] = [0xFF, 0xFE, 0, 0]
    for s in Self.csv(rows).unicodeScalars {
      utf32 += [UInt8(s.value & 0xFF), UInt8((s.value >> 8) & 0xFF), UInt8(s.value >> 16), 0]
    }
    return [
      HostileCase("gzip-named-csv", "referrals.csv", .bytes(Self.gzip(text)), validate: 65, "gzip"),
      HostileCase("zip-named-csv", "referrals.csv", .bytes(Self.zip(name: "referrals.csv", text)), validate: 65, "ZIP"),
      HostileCase("binary-noise", "referrals.csv", .bytes(noise), validate: 65, "not text"),
      HostileCase("binary-noise-no-nul", "referrals.csv", .bytes(noNul), validate: 66, "recognise"),
      HostileCase("png-named-csv", "referrals.csv", .bytes(png), validate: 65, "not text"),
      HostileCase("pdf-named-csv", "referrals.csv", .bytes(pdf), validate: 65, "not text"),
      HostileCase("old-xls-named-csv", "referrals.csv", .bytes(ole), validate: 65, ".xls"),
      HostileCase("utf32-named-csv", "referrals.csv", .bytes(utf32), validate: 65, "not text"),
    ]
  }

  /// A gzip member holding `data` in stored deflate blocks.
  static func gzip(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
    var start = 0
    repeat {
      let n = min(65_535, data.count - start)
      let last: UInt8 = start + n == data.count ? 1 : 0
      out += [last] + le16(n) + le16(~n & 0xFFFF) + data[start..<(start + n)]
      start += n
    } while start < data.count
    return out + le32(Int(crc32(data))) + le32(data.count)
  }

  /// A ZIP archive of one stored (uncompressed) entry.
  static func zip(name: String, _ data: [UInt8]) -> [UInt8] {
    let n = Array(name.utf8)
    let crc = Int(crc32(data))
    let common = le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(crc) + le32(data.count) + le32(data.count)
    let local = [0x50, 0x4B, 3, 4] + common + le16(n.count) + le16(0) + n + data
    let central =
      [0x50, 0x4B, 1, 2] + le16(20) + common + le16(n.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
      + le32(0) + n
    let end =
      [0x50, 0x4B, 5, 6] + le16(0) + le16(0) + le16(1) + le16(1) + le32(central.count) + le32(local.count) + le16(0)
    return local + central + end
  }

  static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
  static func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16((v >> 16) & 0xFFFF) }

  /// CRC-32 (IEEE), as gzip and ZIP check it.
  static func crc32(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for b in data {
      crc ^= UInt32(b)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
