/// A contact's or referral's groups in the front door's breakdown dimensions (source, age, sex,
/// ethnicity), each as its position in the spec's group order.
///
/// Packed in 12 bits (23 sources × 7 ages × 3 sexes × 6 ethnic groups = 2,898 values), so the
/// groups ride in the referrals' sort key and the tally that counts each referral once knows
/// which groups the referral it kept falls in.
public struct FrontDoorGroups: Hashable, Sendable {
  /// Each dimension's group as its position in `BreakdownDimension.groups`.
  public let source: Int
  public let age: Int
  public let sex: Int
  public let ethnicity: Int

  public init(source: Int, age: Int, sex: Int, ethnicity: Int) {
    self.source = source
    self.age = age
    self.sex = sex
    self.ethnicity = ethnicity
  }

  public init(source: Int, age: BreakdownGroups.Age, sex: BreakdownGroups.Sex, ethnicity: BreakdownGroups.Ethnicity) {
    self.init(source: source, age: age.ordinal, sex: sex.ordinal, ethnicity: ethnicity.ordinal)
  }

  /// Every group unknown: a record without details.
  public static let unknown = FrontDoorGroups(
    source: BreakdownGroups.Source.groups.count - 1, age: BreakdownGroups.Age.unknown, sex: .unknown,
    ethnicity: .unknown)

  /// The bits `packed` needs.
  public static let bits = 12

  static let ages = BreakdownGroups.Age.allCases
  static let sexes = BreakdownGroups.Sex.allCases
  static let ethnicities = BreakdownGroups.Ethnicity.allCases
  static let unknownAge = BreakdownGroups.Age.unknown.ordinal
  static let unbornAge = BreakdownGroups.Age.unborn.ordinal

  public var packed: UInt16 {
    UInt16(((source * Self.ages.count + age) * Self.sexes.count + sex) * Self.ethnicities.count + ethnicity)
  }

  public init(packed: UInt16) {
    var v = Int(packed)
    ethnicity = v % Self.ethnicities.count
    v /= Self.ethnicities.count
    sex = v % Self.sexes.count
    v /= Self.sexes.count
    age = v % Self.ages.count
    source = v / Self.ages.count
  }

  /// This record's group in `dimension` (`source`, `age`, `sex` or `ethnicity`); nil for another dimension.
  public func position(_ dimension: BreakdownDimension) -> Int? {
    switch dimension {
    case .source: source
    case .age: age
    case .sex: sex
    case .ethnicity: ethnicity
    default: nil
    }
  }
}

/// Reads each record's groups from `FrontDoorDetails`, with each coded column's values turned
/// into groups once rather than once per record.
public struct FrontDoorGrouper: Sendable {
  let details: FrontDoorDetails
  /// Each coded column's values (code 0 is blank) as group positions.
  let sources: [Int]
  let sexes: [Int]
  let ethnicities: [Int]
  /// Year, month and day of every day from the earliest date of birth to the last record date,
  /// packed `year << 9 | month << 5 | day`, so a record's age needs no date arithmetic.
  let firstSerial: Int32
  let split: [Int32]
  /// The age group's position for each number of completed years up to 16.
  let agePositions: [Int]

  /// - Parameter dates: the first and last date of the records (their ages are taken on them).
  public init(_ details: FrontDoorDetails, dates: ClosedRange<Day>) {
    self.details = details
    func positions(_ column: CodedColumn, _ group: (String?) -> String, in groups: [String]) -> [Int] {
      let at = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
      return column.values.enumerated().map { i, v in at[group(i == 0 ? nil : v)]! }
    }
    sources = positions(details.source, BreakdownGroups.Source.of, in: BreakdownDimension.source.groups)
    sexes = positions(details.sex, { BreakdownGroups.Sex.of($0).rawValue }, in: BreakdownDimension.sex.groups)
    ethnicities = positions(
      details.ethnicity, { BreakdownGroups.Ethnicity.of($0).rawValue }, in: BreakdownDimension.ethnicity.groups)
    // Births before the last record date need splitting; later ones are unborn whatever the day.
    let last = dates.upperBound.serial
    let earliest = details.birthSerials.lazy.filter { $0 != Int32.min && $0 <= last }.min() ?? last
    firstSerial = min(earliest, dates.lowerBound.serial)
    split = (firstSerial...last).map { s in
      let (y, m, d) = Day(serial: s).components
      return Int32(y << 9 | m << 5 | d)
    }
    agePositions = (0...16).map { BreakdownGroups.Age.of(completedYears: $0).ordinal }
  }

  @inline(__always)
  private func components(_ serial: Int32) -> (year: Int, month: Int, day: Int) {
    let p = Int(split[Int(serial - firstSerial)])
    return (p >> 9, (p >> 5) & 15, p & 31)
  }

  /// The groups of record `i`, dated `date` (its age is taken on that day, as
  /// `BreakdownGroups.Age` says); every group unknown when the records were not read with details.
  public func groups(at i: Int, on date: Day) -> FrontDoorGroups {
    guard i < details.count else { return .unknown }
    return FrontDoorGroups(
      source: sources[Int(details.source.codes[i])], age: age(at: i, on: date), sex: sexes[Int(details.sex.codes[i])],
      ethnicity: ethnicities[Int(details.ethnicity.codes[i])])
  }

  /// `groups(at:on:).packed`, summed from each column's share of the packed value.
  public func packedGroups(at i: Int, on date: Day) -> UInt16 {
    guard i < details.count else { return FrontDoorGroups.unknown.packed }
    let (a, x, e) = (FrontDoorGroups.ages.count, FrontDoorGroups.sexes.count, FrontDoorGroups.ethnicities.count)
    let packed =
      ((sources[Int(details.source.codes[i])] * a + age(at: i, on: date)) * x + sexes[Int(details.sex.codes[i])]) * e
      + ethnicities[Int(details.ethnicity.codes[i])]
    return UInt16(packed)
  }

  /// The age group's position for record `i` on `date`.
  @inline(__always)
  private func age(at i: Int, on date: Day) -> Int {
    let birth = details.birthSerials[i]
    if birth == Int32.min { return FrontDoorGroups.unknownAge }
    if birth > date.serial { return FrontDoorGroups.unbornAge }
    if birth >= firstSerial, date.serial >= firstSerial, Int(date.serial - firstSerial) < split.count {
      let years = BreakdownGroups.Age.completedYears(from: components(birth), to: components(date.serial))
      return agePositions[min(years, 16)]
    }
    return BreakdownGroups.Age.of(birth: Day(serial: birth), on: date).ordinal
  }
}
