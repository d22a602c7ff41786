/// Who a child is, as far as the breakdowns need: date of birth (or expected date of birth),
/// sex, ethnic group and disability, already in their breakdown groups.
public struct ChildTraits: Sendable, Equatable {
  public var birth: Day?
  /// Expected date of birth (census only), for a child not yet born.
  public var expectedBirth: Day?
  public var sex: BreakdownGroups.Sex
  public var ethnicity: BreakdownGroups.Ethnicity
  public var disability: BreakdownGroups.Disability

  public init(
    birth: Day? = nil, expectedBirth: Day? = nil, sex: BreakdownGroups.Sex = .unknown,
    ethnicity: BreakdownGroups.Ethnicity = .unknown, disability: BreakdownGroups.Disability = .unknown
  ) {
    self.birth = birth
    self.expectedBirth = expectedBirth
    self.sex = sex
    self.ethnicity = ethnicity
    self.disability = disability
  }

  /// A child the source says nothing about: every dimension `unknown`.
  public static let unknown = ChildTraits()

  /// The child's age group on `day`.
  public func age(on day: Day) -> BreakdownGroups.Age { .of(birth: birth, expected: expectedBirth, on: day) }
}

/// One Annex A row's account of its child (lists 4 to 8): read beside the row's own record so
/// the records stay as they are; `ChildTraitsTable` picks one account per child.
public struct ChildDescription: Sendable, Equatable {
  public let child: Int32
  /// The row's index date: the latest row's account of a child wins.
  public let date: Day
  public let birth: Day?
  public let sex: BreakdownGroups.Sex
  public let ethnicity: BreakdownGroups.Ethnicity
  public let disability: BreakdownGroups.Disability

  public init(
    child: Int32, date: Day, birth: Day?, sex: BreakdownGroups.Sex, ethnicity: BreakdownGroups.Ethnicity,
    disability: BreakdownGroups.Disability
  ) {
    self.child = child
    self.date = date
    self.birth = birth
    self.sex = sex
    self.ethnicity = ethnicity
    self.disability = disability
  }
}

/// Each child's traits, by child index, and which of the child dimensions the source carries at all.
///
/// A dimension the source lacks (no Disability column in any list read, say) gives no breakdown
/// rows, rather than a column of `unknown`: `carries` says which it has.
public struct ChildTraitsTable: Sendable {
  /// By child index; children past the end, or never set, are `unknown`.
  private var traits: [ChildTraits] = []
  /// Which of `age`, `sex`, `ethnicity` and `disability` the source holds a column for.
  public var carries: Set<BreakdownDimension>
  /// Where the traits came from, for the run log.
  public let source: String

  public init(source: String, carries: Set<BreakdownDimension>) {
    self.source = source
    self.carries = carries
  }

  public subscript(child: Int32) -> ChildTraits {
    get { Int(child) < traits.count && child >= 0 ? traits[Int(child)] : .unknown }
    set {
      guard child >= 0 else { return }
      if Int(child) >= traits.count {
        traits += repeatElement(.unknown, count: Int(child) - traits.count + 1)
      }
      traits[Int(child)] = newValue
    }
  }

  /// From Annex A rows: for each trait separately, the latest row (by index date, then the later
  /// row) that gives a value; a blank never overwrites a value.
  public static func annexA(
    _ rows: [ChildDescription], source: String, carries: Set<BreakdownDimension>
  )
    -> ChildTraitsTable
  {
    var table = ChildTraitsTable(source: source, carries: carries)
    var dated: [Int32: (birth: Day, sex: Day, ethnicity: Day, disability: Day)] = [:]
    let never = Day(serial: Int32.min)
    for r in rows {
      var t = table[r.child]
      var d = dated[r.child] ?? (never, never, never, never)
      if r.birth != nil, r.date >= d.birth { (t.birth, d.birth) = (r.birth, r.date) }
      if r.sex != .unknown, r.date >= d.sex { (t.sex, d.sex) = (r.sex, r.date) }
      if r.ethnicity != .unknown, r.date >= d.ethnicity { (t.ethnicity, d.ethnicity) = (r.ethnicity, r.date) }
      if r.disability != .unknown, r.date >= d.disability { (t.disability, d.disability) = (r.disability, r.date) }
      table[r.child] = t
      dated[r.child] = d
    }
    return table
  }
}
