/// Who a contact or referral is about and who made it, one entry per record and in the same order
/// as `ExtractSet.contacts` or `.referrals`.
///
/// Kept beside the records rather than in them: the records stay 12 bytes, so sorting and
/// tallying millions of them is unchanged, and a breakdown reads only the column it needs. Codes
/// are dictionary-coded, a byte per record (the source, sex and ethnicity lists are short); the
/// date of birth is a day number. Empty when the records did not come from files (tests build
/// records alone).
public struct FrontDoorDetails: Sendable, Equatable {
  /// Contact or referral source, as `FieldParsing.code` reads it (`1A`, `6`, ...).
  public var source = CodedColumn()
  /// Gender or sex as written, without an Annex A list prefix, upper-cased (`F`, `FEMALE`, ...).
  public var sex = CodedColumn()
  /// Ethnicity code (`WBRI`, ...).
  public var ethnicity = CodedColumn()
  /// Date of birth as `Day.serial`; `CodedColumn`'s blank is `Int32.min` here.
  public private(set) var birthSerials: [Int32] = []
  /// Which of `source`, `age` (a date of birth), `sex` and `ethnicity` the files had a column for.
  public var carries: Set<BreakdownDimension> = []

  public init() {}

  public var count: Int { birthSerials.count }

  /// The date of birth of record `i`; nil when blank or unreadable.
  public func birthDate(at i: Int) -> Day? {
    let s = birthSerials[i]
    return s == Int32.min ? nil : Day(serial: s)
  }

  public mutating func appendBirthDate(_ day: Day?) { birthSerials.append(day?.serial ?? Int32.min) }

  public mutating func reserveCapacity(_ n: Int) {
    source.reserveCapacity(n)
    sex.reserveCapacity(n)
    ethnicity.reserveCapacity(n)
    birthSerials.reserveCapacity(n)
  }

  /// Adds `other`'s entries after these (codes translated into this column's values).
  public mutating func append(contentsOf other: FrontDoorDetails) {
    carries.formUnion(other.carries)
    source.append(contentsOf: other.source)
    sex.append(contentsOf: other.sex)
    ethnicity.append(contentsOf: other.ethnicity)
    birthSerials += other.birthSerials
  }
}

/// A column of short codes stored a byte per record: each record holds the index of its value
/// among the column's distinct values (0 is blank). A column meeting more than 254 distinct values
/// keeps the first 254; the rest read as `CodedColumn.tooMany`, so a breakdown shows them as one
/// group rather than dropping them.
public struct CodedColumn: Sendable, Equatable {
  /// The value the 255th and later distinct values read as.
  public static let tooMany = "(other: more than 254 distinct values)"

  /// The distinct values; index 0 is blank.
  public private(set) var values: [String] = [""]
  public private(set) var codes: [UInt8] = []
  private var index: [String: UInt8] = [:]

  public init() {}

  public var count: Int { codes.count }

  /// The value of record `i`; nil when blank.
  public subscript(i: Int) -> String? {
    let c = codes[i]
    return c == 0 ? nil : values[Int(c)]
  }

  /// The code `value` has in this column, added when new (nil and empty are blank, 0).
  public mutating func code(for value: String?) -> UInt8 {
    guard let value, !value.isEmpty else { return 0 }
    if let c = index[value] { return c }
    guard values.count < 255 else {
      if values.count == 255 { values.append(Self.tooMany) }
      return 255
    }
    let c = UInt8(values.count)
    values.append(value)
    index[value] = c
    return c
  }

  /// Appends a record whose code was found with `code(for:)` on this column.
  public mutating func append(code: UInt8) { codes.append(code) }

  public mutating func append(_ value: String?) { codes.append(code(for: value)) }

  public mutating func reserveCapacity(_ n: Int) { codes.reserveCapacity(n) }

  /// Adds `other`'s records after these, its codes translated into this column's.
  public mutating func append(contentsOf other: CodedColumn) {
    var map = [UInt8](repeating: 0, count: other.values.count)
    for (i, v) in other.values.enumerated().dropFirst() { map[i] = code(for: v) }
    codes.reserveCapacity(codes.count + other.codes.count)
    for c in other.codes { codes.append(map[Int(c)]) }
  }
}
