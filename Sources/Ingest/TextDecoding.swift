import SafeguardCore

/// The text encodings an extract may arrive in.
public enum TextEncoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf8BOM = "UTF-8 with BOM"
  case utf16LE = "UTF-16LE"
  case utf16BE = "UTF-16BE"
  case windows1252 = "Windows-1252"
}

/// Turns a file's raw bytes, chunk by chunk, into UTF-8, detecting the encoding as it goes.
///
/// A byte-order mark decides UTF-8 or UTF-16 (LE/BE); UTF-16 without a BOM is recognised from
/// zero bytes in the first code unit. Otherwise the text is taken as UTF-8 until a byte sequence
/// that is not valid UTF-8 appears; from there on it is Windows-1252 (Excel "CSV" on a UK PC).
/// Everything before that point was plain ASCII in both encodings, unless valid multi-byte UTF-8
/// had already been seen, which `mixed` reports.
struct UTF8Transcoder {
  private(set) var encoding: TextEncoding?
  /// True when valid multi-byte UTF-8 was seen before bytes that forced Windows-1252.
  private(set) var mixed = false
  private var sawMultibyte = false
  private var carry: [UInt8] = []
  private var started = false

  /// Appends the UTF-8 form of `chunk` to `out`.
  mutating func decode(_ chunk: UnsafeRawBufferPointer, into out: inout [UInt8]) {
    var bytes = chunk
    var prefixed: [UInt8] = []
    if !carry.isEmpty {
      prefixed = carry + Array(chunk)
      carry.removeAll(keepingCapacity: true)
    }
    prefixed.withUnsafeBytes { pre in
      if !prefixed.isEmpty { bytes = pre }
      if !started {
        if bytes.count < 3 && !isFinalCall {
          carry = Array(bytes)
          return
        }
        started = true
        var skip = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
          encoding = .utf8BOM
          skip = 3
        } else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
          encoding = .utf16LE
          skip = 2
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
          encoding = .utf16BE
          skip = 2
        } else if bytes.count >= 2, bytes[0] != 0, bytes[1] == 0 {
          encoding = .utf16LE
        } else if bytes.count >= 2, bytes[0] == 0, bytes[1] != 0 {
          encoding = .utf16BE
        }
        bytes = UnsafeRawBufferPointer(rebasing: bytes[skip...])
      }
      switch encoding {
      case .utf16LE: decodeUTF16(bytes, bigEndian: false, into: &out)
      case .utf16BE: decodeUTF16(bytes, bigEndian: true, into: &out)
      case .windows1252: UTF8Transcoder.decode1252(bytes, into: &out)
      case .utf8, .utf8BOM, .none: decodeUTF8(bytes, into: &out)
      }
    }
  }

  private var isFinalCall = false

  /// Flushes bytes held back at the end of the file.
  mutating func finish(into out: inout [UInt8]) {
    isFinalCall = true
    if !carry.isEmpty || !started {
      let rest = carry
      carry = []
      if !started {
        rest.withUnsafeBytes { decode($0, into: &out) }
      } else {
        // An incomplete sequence at the very end: not valid UTF-8 / UTF-16.
        switch encoding {
        case .utf16LE, .utf16BE: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
        default: rest.withUnsafeBytes { UTF8Transcoder.decode1252($0, into: &out) }
        }
      }
    }
    if encoding == nil { encoding = .utf8 }
  }

  private mutating func decodeUTF8(_ bytes: UnsafeRawBufferPointer, into out: inout [UInt8]) {
    let n = bytes.count
    var i = 0
    while i < n {
      // Fast path: eight ASCII bytes at a time.
      while i + 8 <= n && (bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080) == 0 {
        i += 8
      }
      if i >= n { break }
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let len: Int
      if b & 0xE0 == 0xC0 && b >= 0xC2 {
        len = 2
      } else if b & 0xF0 == 0xE0 {
        len = 3
      } else if b & 0xF8 == 0xF0 && b <= 0xF4 {
        len = 4
      } else {
        len = 0
      }
      if len > 0 && i + len > n {
        // Possibly split across chunks: check what we have, hold the rest back.
        var ok = true
        for k in 1..<(n - i) where bytes[i + k] & 0xC0 != 0x80 { ok = false }
        if ok {
          out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<i]))
          carry = Array(bytes[i..<n])
          return
        }
      }
      var valid = len > 0 && i + len <= n
      if valid {
        for k in 1..<len where bytes[i + k] & 0xC0 != 0x80 { valid = false }
        if valid && len == 3 {
          let b1 = bytes[i + 1]
          if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { valid = false }
        }
        if valid && len == 4 {
          let b1 = bytes[i + 1]
          if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { valid = false }
        }
      }
      if valid {
        sawMultibyte = true
        if encoding == nil { encoding = .utf8 }
        i += len
        continue
      }
      // Not UTF-8: Windows-1252 from here on.
      out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<i]))
      mixed = sawMultibyte
      encoding = .windows1252
      UTF8Transcoder.decode1252(UnsafeRawBufferPointer(rebasing: bytes[i...]), into: &out)
      return
    }
    out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<n]))
  }

  private mutating func decodeUTF16(_ bytes: UnsafeRawBufferPointer, bigEndian: Bool, into out: inout [UInt8]) {
    let n = bytes.count
    var i = 0
    var pendingHigh: UInt32? = nil
    out.reserveCapacity(out.count + n / 2 + 16)
    while i + 1 < n {
      let u = bigEndian ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
      if let high = pendingHigh {
        pendingHigh = nil
        if u >= 0xDC00 && u <= 0xDFFF {
          UTF8Transcoder.appendScalar(0x10000 + ((high - 0xD800) << 10) + (u - 0xDC00), into: &out)
          i += 2
          continue
        }
        UTF8Transcoder.appendScalar(0xFFFD, into: &out)
      }
      if u >= 0xD800 && u <= 0xDBFF {
        if i + 3 >= n {
          carry = Array(bytes[i..<n])
          return
        }
        pendingHigh = u
      } else if u >= 0xDC00 && u <= 0xDFFF {
        UTF8Transcoder.appendScalar(0xFFFD, into: &out)
      } else if u < 0x80 {
        out.append(UInt8(u))
      } else {
        UTF8Transcoder.appendScalar(u, into: &out)
      }
      i += 2
    }
    if i < n { carry = Array(bytes[i..<n]) }
  }

  static func appendScalar(_ c: UInt32, into out: inout [UInt8]) {
    switch c {
    case 0..<0x80: out.append(UInt8(c))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (c >> 6)))
      out.append(UInt8(0x80 | (c & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (c >> 12)))
      out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (c & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (c >> 18)))
      out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (c & 0x3F)))
    }
  }

  /// Windows-1252 bytes 0x80–0x9F; the rest of the upper half equals Latin-1.
  private static let high1252: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
    0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0xFFFD, 0x017E, 0x0178,
  ]

  static func decode1252(_ bytes: UnsafeRawBufferPointer, into out: inout [UInt8]) {
    out.reserveCapacity(out.count + bytes.count + bytes.count / 8)
    for b in bytes {
      if b < 0x80 {
        out.append(b)
      } else if b < 0xA0 {
        appendScalar(high1252[Int(b - 0x80)], into: &out)
      } else {
        appendScalar(UInt32(b), into: &out)
      }
    }
  }
}
