import SafeguardCore

/// The text a cell's stored value reads as, written into a row's bytes: escapes undone, serial
/// numbers in date styles turned into dates, booleans into TRUE and FALSE.
enum CellText {
  /// Appends `raw`, undoing the `_xHHHH_` escapes Office writes for control characters (`_x000D_`
  /// for a carriage return; `_x005F_` for a literal underscore before such a sequence).
  @inline(__always)
  static func appendUnescaped(_ raw: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    guard raw.contains(0x5F) else {
      out.append(contentsOf: raw)
      return
    }
    var i = 0
    while i < raw.count {
      if raw[i] == 0x5F, i + 6 < raw.count, raw[i + 1] == 0x78, raw[i + 6] == 0x5F, let v = hex4(raw, i + 2) {
        let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
        i += 7
      } else {
        out.append(raw[i])
        i += 1
      }
    }
  }

  private static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
    var v: UInt32 = 0
    for k in at..<at + 4 {
      let c = b[k] | 0x20
      let d: UInt8
      if c >= 0x30 && c <= 0x39 {
        d = c - 0x30
      } else if c >= 0x61 && c <= 0x66 {
        d = c - 0x61 + 10
      } else {
        return nil
      }
      v = v << 4 | UInt32(d)
    }
    return v
  }

  /// Days from 1970-01-01 to the day before the 1900 system's day 1, and to the 1904 system's day 0.
  static let day1900 = Int(Day(year: 1899, month: 12, day: 31)!.serial)
  static let day1904 = Int(Day(year: 1904, month: 1, day: 1)!.serial)

  /// Writes serial number `raw` as a date (`dd/mm/yyyy`, the form the readers take fastest),
  /// with ` hh:mm:ss` when `withTime` and the serial has a time of day.
  ///
  /// In the 1900 system serial 60 is 29 February 1900, a day that never was (Lotus 1-2-3's leap
  /// year, kept by Excel): it is written `29/02/1900`, which the date readers reject, and later
  /// serials are one day less. Serial 0 (`00/01/1900`) likewise. A value that is not a number,
  /// negative, or beyond 31 December 9999 is written as stored, so the column's reader names it.
  static func appendDate(
    _ raw: UnsafeBufferPointer<UInt8>, uses1904: Bool, withTime: Bool, to out: inout [UInt8]
  ) {
    guard let value = Double(String(decoding: raw, as: UTF8.self)), value >= 0, value < 2_958_466 else {
      out.append(contentsOf: raw)
      return
    }
    var whole = Int(value.rounded(.down))
    var seconds = Int(((value - Double(whole)) * 86_400).rounded())
    if seconds == 86_400 {
      whole += 1
      seconds = 0
    }
    let (y, m, d): (Int, Int, Int)
    if !uses1904 && whole == 60 {
      (y, m, d) = (1900, 2, 29)
    } else if !uses1904 && whole == 0 {
      (y, m, d) = (1900, 1, 0)
    } else {
      let serial = uses1904 ? day1904 + whole : day1900 + (whole > 60 ? whole - 1 : whole)
      (y, m, d) = Day(serial: Int32(serial)).components
    }
    two(d, &out)
    out.append(0x2F)
    two(m, &out)
    out.append(0x2F)
    two(y / 100, &out)
    two(y % 100, &out)
    if withTime && seconds > 0 {
      out.append(0x20)
      two(seconds / 3600, &out)
      out.append(0x3A)
      two(seconds / 60 % 60, &out)
      out.append(0x3A)
      two(seconds % 60, &out)
    }
  }

  @inline(__always)
  private static func two(_ n: Int, _ out: inout [UInt8]) {
    out.append(UInt8(0x30 + n / 10))
    out.append(UInt8(0x30 + n % 10))
  }

  /// `B17` → 1 (column B, from 0); nil when the reference has no letters or more than three.
  @inline(__always)
  static func column(_ ref: UnsafeBufferPointer<UInt8>) -> Int? {
    var col = 0
    var letters = 0
    for c in ref {
      let u = c & 0xDF
      guard u >= 0x41 && u <= 0x5A else { break }
      letters += 1
      // Stop before a long run of letters overflows (found by FuzzWorkbook: `r="AAAA…A1"`).
      guard letters <= 3 else { return nil }
      col = col * 26 + Int(u - 0x40)
    }
    return letters == 0 || letters > 3 ? nil : col - 1
  }

  /// Column index 1 → `B`.
  static func letters(_ column: Int) -> String {
    var n = column + 1
    var s: [Character] = []
    while n > 0 {
      let r = (n - 1) % 26
      s.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
      n = (n - 1) / 26
    }
    return String(s)
  }
}
