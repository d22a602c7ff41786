import SafeguardCore

/// What a date field held.
enum DateField: Equatable {
  case date(Day)
  case blank
  /// Not a usable date; the reason names what was wrong.
  case invalid(String)
}

/// What a date-time field held.
enum DateTimeField: Equatable {
  case dateTime(DayTime)
  case blank
  /// Not a usable date or time; the reason names what was wrong.
  case invalid(String)
}

/// Parsers for single field values, working on the raw UTF-8 bytes of a field.
///
/// Blank markers (empty, spaces, `NULL`, `null`, `N/A`, `n/a`, `-`) read as blank everywhere.
enum FieldParsing {
  /// Field bytes without surrounding spaces and tabs.
  @inline(__always)
  static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var lo = 0
    var hi = b.count
    while lo < hi && (b[lo] == 0x20 || b[lo] == 0x09) { lo += 1 }
    while hi > lo && (b[hi - 1] == 0x20 || b[hi - 1] == 0x09) { hi -= 1 }
    return lo == 0 && hi == b.count ? b : UnsafeBufferPointer(rebasing: b[lo..<hi])
  }

  /// True for the blank markers.
  static func isBlank(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
    let b = trimmed(raw)
    switch b.count {
    case 0: return true
    case 1: return b[0] == 0x2D  // -
    case 3:  // N/A n/a
      return (b[0] | 0x20) == 0x6E && b[1] == 0x2F && (b[2] | 0x20) == 0x61
    case 4:  // NULL null
      return (b[0] | 0x20) == 0x6E && (b[1] | 0x20) == 0x75 && (b[2] | 0x20) == 0x6C && (b[3] | 0x20) == 0x6C
    default: return false
    }
  }

  @inline(__always)
  private static func digit(_ c: UInt8) -> Int? { c >= 0x30 && c <= 0x39 ? Int(c - 0x30) : nil }

  /// Reads `dd/mm/yyyy`, `d/m/yyyy` and `yyyy-mm-dd`.
  ///
  /// Rejected with a reason: impossible dates (31/02/2024), two-digit years (01/05/23), Excel
  /// serial numbers (45123), a time (see `dateTime(_:)` for the columns that allow one), and
  /// anything else.
  static func date(_ raw: UnsafeBufferPointer<UInt8>) -> DateField {
    if raw.count == 10, let d = plainDate(raw) { return d }
    if isBlank(raw) { return .blank }
    let b = trimmed(raw)
    var i = 0
    func number(maxDigits: Int) -> (Int, Int)? {
      var v = 0
      var n = 0
      while i < b.count, n < maxDigits + 1, let d = digit(b[i]) {
        v = v * 10 + d
        n += 1
        i += 1
      }
      return n == 0 ? nil : (v, n)
    }
    guard let (first, firstDigits) = number(maxDigits: 8) else { return .invalid("not a date") }
    if i == b.count {
      return firstDigits >= 4 && firstDigits <= 6
        ? .invalid("looks like an Excel serial number, not a date") : .invalid("not a date")
    }
    let sep = b[i]
    var y = 0
    var m = 0
    var d = 0
    if sep == 0x2D && firstDigits == 4 {  // yyyy-mm-dd
      i += 1
      guard let (mm, mn) = number(maxDigits: 2), mn == 2, i < b.count, b[i] == 0x2D else {
        return .invalid("not a date (expected yyyy-mm-dd)")
      }
      i += 1
      guard let (dd, dn) = number(maxDigits: 2), dn == 2 else { return .invalid("not a date (expected yyyy-mm-dd)") }
      (y, m, d) = (first, mm, dd)
    } else if sep == 0x2F && firstDigits <= 2 {  // d/m/yyyy
      i += 1
      guard let (mm, mn) = number(maxDigits: 2), mn <= 2, i < b.count, b[i] == 0x2F else {
        return .invalid("not a date (expected dd/mm/yyyy)")
      }
      i += 1
      guard let (yy, yn) = number(maxDigits: 4) else { return .invalid("not a date (expected dd/mm/yyyy)") }
      if yn == 2 { return .invalid("two-digit year; write the year in full (dd/mm/yyyy)") }
      guard yn == 4 else { return .invalid("not a date (expected dd/mm/yyyy)") }
      (y, m, d) = (yy, mm, first)
    } else {
      return .invalid("not a date (expected dd/mm/yyyy or yyyy-mm-dd)")
    }
    if i < b.count { return .invalid("a time is not expected in this column") }
    guard y >= 1900 && y <= 2100, let day = Day(year: y, month: m, day: d) else {
      return .invalid("no such date")
    }
    return .date(day)
  }

  /// `dd/mm/yyyy` exactly (ten bytes, the form nearly every row has), read without the general
  /// parser: a date, or `.invalid("no such date")` for one outside 1900–2100 or that does not
  /// exist; nil for anything else, which `date(_:)` reads the long way.
  @inline(__always)
  private static func plainDate(_ b: UnsafeBufferPointer<UInt8>) -> DateField? {
    // A byte below "0" wraps to a large value, so one comparison checks each digit.
    @inline(__always) func digit(_ i: Int) -> Int { Int(b[i] &- 0x30) }
    let d0 = digit(0)
    let d1 = digit(1)
    let m0 = digit(3)
    let m1 = digit(4)
    let y0 = digit(6)
    let y1 = digit(7)
    let y2 = digit(8)
    let y3 = digit(9)
    guard b[2] == 0x2F, b[5] == 0x2F, d0 < 10, d1 < 10, m0 < 10, m1 < 10, y0 < 10, y1 < 10, y2 < 10, y3 < 10
    else { return nil }
    let y = y0 * 1000 + y1 * 100 + y2 * 10 + y3
    let m = m0 * 10 + m1
    let d = d0 * 10 + d1
    guard y >= 1900 && y <= 2100, m >= 1 && m <= 12, d >= 1 else { return .invalid("no such date") }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let length = m == 2 ? (leap ? 29 : 28) : monthLengths[m]
    guard d <= length else { return .invalid("no such date") }
    // Days from 1970-01-01 to 1 January of y, counting the leap days between.
    let before = y - 1
    let yearStart = (y - 1970) * 365 + (before / 4 - 492) - (before / 100 - 19) + (before / 400 - 4)
    let monthStart = firstDayOfMonth[m] + (leap && m > 2 ? 1 : 0)
    return .date(Day(serial: Int32(yearStart + monthStart + d - 1)))
  }

  /// Days in each month of a common year, and the day of the year (from 0) each begins on;
  /// index 0 unused.
  private static let monthLengths = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  private static let firstDayOfMonth = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

  /// Reads a date as `date(_:)` does, optionally followed by a time: ` hh:mm` or ` hh:mm:ss`
  /// (`T` instead of the space too, as in `2024-04-01T08:05`). Seconds are checked, then dropped;
  /// a date alone keeps `minuteOfDay` -1.
  ///
  /// Rejected with a reason: what `date(_:)` rejects, and hours above 23 (24:00 too), minutes or
  /// seconds above 59, and a time not written `hh:mm` or `hh:mm:ss`.
  static func dateTime(_ raw: UnsafeBufferPointer<UInt8>) -> DateTimeField {
    if isBlank(raw) { return .blank }
    let b = trimmed(raw)
    var cut = 0
    while cut < b.count && b[cut] != 0x20 && b[cut] != 0x54 { cut += 1 }  // space, T
    let day: Day
    switch date(UnsafeBufferPointer(rebasing: b[..<cut])) {
    case .date(let d): day = d
    case .blank: return .invalid("not a date")
    case .invalid(let why): return .invalid(why)
    }
    guard cut < b.count else { return .dateTime(DayTime(day: day)) }
    var i = cut + 1
    while i < b.count && b[i] == 0x20 { i += 1 }
    func number() -> (value: Int, digits: Int) {
      var v = 0
      var n = 0
      while i < b.count, n < 3, let d = digit(b[i]) {
        v = v * 10 + d
        n += 1
        i += 1
      }
      return (v, n)
    }
    let hh = number()
    guard hh.digits >= 1 && hh.digits <= 2, i < b.count, b[i] == 0x3A else {
      return .invalid("not a time (expected hh:mm or hh:mm:ss)")
    }
    i += 1
    let mm = number()
    guard mm.digits == 2 else { return .invalid("not a time (expected hh:mm or hh:mm:ss)") }
    if i < b.count {
      guard b[i] == 0x3A else { return .invalid("not a time (expected hh:mm or hh:mm:ss)") }
      i += 1
      let ss = number()
      guard ss.digits == 2, i == b.count else { return .invalid("not a time (expected hh:mm or hh:mm:ss)") }
      guard ss.value < 60 else { return .invalid("no such time") }
    }
    guard let t = DayTime(day: day, hour: hh.value, minute: mm.value) else { return .invalid("no such time") }
    return .dateTime(t)
  }

  /// Reads a yes/no answer: the one reader of yes/no fields for every extract.
  ///
  /// Y/N/Yes/No/1/0/True/False in any case, and the same written as an Annex A code (`a) Yes`,
  /// `1 - Yes`, `b) No`, `0 - No`). Blank, `NULL`, `Unknown`, `c) Unknown` and `Not known` are
  /// `.unknown`; nil for anything else. The census reads the same way, after checking that the
  /// text is one of the schema's forms (`isSchemaBoolean`).
  static func yesNo(_ raw: UnsafeBufferPointer<UInt8>) -> YesNo? {
    if let answer = plainYesNo(raw) { return answer }
    var code = code(raw)
    if code == "UNKNOWN" || code == "NOT KNOWN" { return .unknown }
    guard !code.isEmpty else { return nil }
    return code.withUTF8 { plainYesNo($0) }
  }

  /// `true`, `false`, `1` or `0` in any case (`xs:boolean` as the census schema writes it), or blank.
  static func isSchemaBoolean(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
    if isBlank(raw) { return true }
    let b = trimmed(raw)
    guard b.count == 1 || b.count == 4 || b.count == 5 else { return false }
    if b.count == 1 { return b[0] == 0x30 || b[0] == 0x31 }
    return plainYesNo(raw) != nil
  }

  /// Y/N/Yes/No/1/0/True/False in any case; nil for anything else. Blank is `.unknown`.
  private static func plainYesNo(_ raw: UnsafeBufferPointer<UInt8>) -> YesNo? {
    if isBlank(raw) { return .unknown }
    let b = trimmed(raw)
    // Lower-case letters by setting bit 5; digits are compared as they are.
    @inline(__always) func lower(_ i: Int) -> UInt8 { b[i] | 0x20 }
    switch b.count {
    case 1:
      switch b[0] {
      case 0x31: return .yes
      case 0x30: return .no
      default:
        switch lower(0) {
        case 0x79: return .yes  // y
        case 0x6E: return .no  // n
        default: return nil
        }
      }
    case 2: return lower(0) == 0x6E && lower(1) == 0x6F ? .no : nil  // no
    case 3: return lower(0) == 0x79 && lower(1) == 0x65 && lower(2) == 0x73 ? .yes : nil  // yes
    case 4: return lower(0) == 0x74 && lower(1) == 0x72 && lower(2) == 0x75 && lower(3) == 0x65 ? .yes : nil  // true
    case 5:  // false
      return lower(0) == 0x66 && lower(1) == 0x61 && lower(2) == 0x6C && lower(3) == 0x73 && lower(4) == 0x65
        ? .no : nil
    default: return nil
    }
  }

  /// The code in a coded field, from its bytes: bare codes of up to three letters or digits are
  /// read without building a string (the common case); anything else goes through `code(_:)`.
  static func code(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    let b = trimmed(raw)
    if b.count <= 3 {
      var packed: UInt32 = 0
      var plain = true
      for c in b {
        let isDigit = c >= 0x30 && c <= 0x39
        let isLetter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
        if !isDigit && !isLetter { plain = false }
        packed = packed << 8 | UInt32(isLetter ? c & 0xDF : c)
      }
      if plain, let known = shortCodes[packed] { return known }
    }
    return code(String(decoding: b, as: UTF8.self))
  }

  /// Upper-case codes of up to three characters, keyed by their packed bytes.
  private static let shortCodes: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    for code in ReferralSourceCodes.all {
      table[code.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }] = code
    }
    return table
  }()

  /// The code in an Annex A coded value: prefixes such as `a) WBRI`, `q) 6: Police` and
  /// `1A - Family member` give `WBRI`, `6` and `1A`; the result is upper-cased.
  static func code(_ text: String) -> String {
    var s = Substring(text.trimmingSpaces())
    // "a) " / "q) " list-position prefix.
    if s.count > 3, let close = s.firstIndex(of: ")"), s.distance(from: s.startIndex, to: close) <= 2 {
      let head = s[s.startIndex..<close]
      if head.allSatisfy({ $0.isLetter || $0.isNumber }) { s = s[s.index(after: close)...].drop { $0 == " " } }
    }
    // "6: Police" or "1A - Family member": the code is before the first ':' or ' - '.
    if let colon = s.firstIndex(of: ":") {
      s = s[s.startIndex..<colon]
    } else if let dash = s.firstRange(of: " - ") {
      s = s[s.startIndex..<dash.lowerBound]
    } else if let dash = s.firstRange(of: " – ") {
      s = s[s.startIndex..<dash.lowerBound]
    }
    return String(s).trimmingSpaces().uppercased()
  }
}
