import SafeguardCore
import SafeguardKernels

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a field's bytes into its code in a `CodedColumn`, remembering each distinct spelling it
/// has met: a file repeats a few dozen spellings (`b) Female`, `WBRI`, `1A - Individual`) millions
/// of times, so nearly every row costs a hash of a few bytes and one comparison, not a code parse
/// and a dictionary lookup.
struct RawCodes {
  private struct Slot {
    var start: Int32 = 0
    var length: Int32 = -1  // -1: unused
    var code: UInt8 = 0
  }

  private static let size = 256
  private var slots = [Slot](repeating: Slot(), count: size)
  /// The spellings' bytes, one after another.
  private var text: [UInt8] = []

  /// The code of `raw` in `column`: the value `FieldParsing.code` reads from it (blank is 0).
  mutating func code(_ raw: UnsafeBufferPointer<UInt8>, in column: inout CodedColumn) -> UInt8 {
    guard let base = raw.baseAddress, raw.count > 0 else { return 0 }
    var h: UInt32 = 2_166_136_261
    for i in 0..<min(raw.count, 24) { h = (h ^ UInt32(base[i])) &* 16_777_619 }
    var k = Int((h ^ UInt32(truncatingIfNeeded: raw.count)) % UInt32(Self.size))
    for _ in 0..<8 {
      let s = slots[k]
      if s.length < 0 {
        let c = column.code(for: FieldParsing.isBlank(raw) ? nil : FieldParsing.code(raw))
        slots[k] = Slot(start: Int32(text.count), length: Int32(raw.count), code: c)
        text.append(contentsOf: raw)
        return c
      }
      if Int(s.length) == raw.count,
        text.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(s.start), base, raw.count) == 0 })
      {
        return s.code
      }
      k = (k + 1) % Self.size
    }
    // A file with hundreds of spellings: no room left near this one; read it the long way.
    return column.code(for: FieldParsing.isBlank(raw) ? nil : FieldParsing.code(raw))
  }
}

/// The details of a list's contacts or referrals as they are read, with the spellings met in
/// each coded column.
struct FrontDoorDetailsReader {
  var details = FrontDoorDetails()
  private var source = RawCodes()
  private var sex = RawCodes()
  private var ethnicity = RawCodes()

  /// Adds one record's details: the source, sex and ethnicity columns at `columns` (-1 when the
  /// file has none), and the date of birth. Returns the source's code in `details.source`.
  @discardableResult
  mutating func add(_ record: CSVRecord, columns: (source: Int, sex: Int, ethnicity: Int), born: Day?) -> UInt8 {
    let sourceCode =
      columns.source < 0 ? 0 : record.withField(columns.source) { source.code($0, in: &details.source) }
    details.source.append(code: sourceCode)
    details.sex.append(code: columns.sex < 0 ? 0 : record.withField(columns.sex) { sex.code($0, in: &details.sex) })
    details.ethnicity.append(
      code: columns.ethnicity < 0
        ? 0 : record.withField(columns.ethnicity) { ethnicity.code($0, in: &details.ethnicity) })
    details.appendBirthDate(born)
    return sourceCode
  }
}
