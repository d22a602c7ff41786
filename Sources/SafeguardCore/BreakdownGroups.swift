/// The groups of the breakdown dimensions in `specs/indicators.md` ("Breakdowns"), in the order
/// the spec lists them, and which group a record falls in: one function per dimension, the one
/// place an analyst checks what "aged 10 to 15" or "on a plan for 1 to 2 years" means.
///
/// A breakdown row carries `<dimension>=<group>` (`age=10-15`); every group of a dimension is
/// written, zeros included, so the rows of one dimension add up to the total.
public enum BreakdownGroups {
  /// Age in completed years on a day (the event's, or the period's last for what is open then).
  public enum Age: String, CaseIterable, Sendable {
    case unborn, under1 = "under-1", oneToFour = "1-4", fiveToNine = "5-9", tenToFifteen = "10-15"
    case sixteenPlus = "16-plus", unknown

    /// Position in the output order (`allCases`).
    public var ordinal: Int {
      switch self {
      case .unborn: 0
      case .under1: 1
      case .oneToFour: 2
      case .fiveToNine: 3
      case .tenToFifteen: 4
      case .sixteenPlus: 5
      case .unknown: 6
      }
    }

    /// The group of a child born on `birth` (or, with no date of birth, expected on `expected`)
    /// on `day`. A 29 February birthday counts from 1 March in other years; a birth (or expected
    /// birth) after `day` is `unborn`; with neither date, `unknown`.
    public static func of(birth: Day?, expected: Day? = nil, on day: Day) -> Age {
      guard let birth else { return expected.map { $0 > day ? .unborn : .unknown } ?? .unknown }
      if birth > day { return .unborn }
      return of(completedYears: completedYears(from: birth.components, to: day.components))
    }

    /// The group of a child of `years` completed years.
    public static func of(completedYears years: Int) -> Age {
      switch years {
      case ..<1: .under1
      case 1...4: .oneToFour
      case 5...9: .fiveToNine
      case 10...15: .tenToFifteen
      default: .sixteenPlus
      }
    }

    /// Whole years from `birth` to `day`; the birthday of someone born on 29 February is
    /// 1 March in a year without one.
    public static func completedYears(from birth: Day, to day: Day) -> Int {
      completedYears(from: birth.components, to: day.components)
    }

    /// `completedYears` on dates already split into year, month and day.
    @inline(__always)
    public static func completedYears(
      from birth: (year: Int, month: Int, day: Int), to day: (year: Int, month: Int, day: Int)
    ) -> Int {
      let (by, bm, bd) = birth
      let (y, m, d) = day
      let (cm, cd) = bm == 2 && bd == 29 && !Day.isLeap(y) ? (3, 1) : (bm, bd)
      return y - by - ((m, d) < (cm, cd) ? 1 : 0)
    }
  }

  /// Sex: Annex A Gender with or without its list prefix (`b) Female`), census `Sex` (M, F, U) or
  /// `GenderCurrent` (1 male, 2 female, 0 and 9 not known). Anything else, blank included, is `U`.
  public enum Sex: String, CaseIterable, Sendable {
    case female = "F", male = "M", unknown = "U"

    /// Position in the output order (`allCases`).
    public var ordinal: Int {
      switch self {
      case .female: 0
      case .male: 1
      case .unknown: 2
      }
    }

    /// `code` as `FieldParsing.code` or the census reader gives it (upper case, prefix removed).
    public static func of(_ code: String?) -> Sex {
      switch code {
      case "F", "FEMALE", "2": .female
      case "M", "MALE", "1": .male
      default: .unknown
      }
    }
  }

  /// DfE's major ethnic groups of the census codes (2020 grouping: Chinese with other groups).
  public enum Ethnicity: String, CaseIterable, Sendable {
    case white, mixed, asian, black, other, unknown

    /// Position in the output order (`allCases`).
    public var ordinal: Int {
      switch self {
      case .white: 0
      case .mixed: 1
      case .asian: 2
      case .black: 3
      case .other: 4
      case .unknown: 5
      }
    }

    static let groups: [String: Ethnicity] = [
      "WBRI": .white, "WIRI": .white, "WIRT": .white, "WOTH": .white, "WROM": .white, "MWBC": .mixed,
      "MWBA": .mixed, "MWAS": .mixed, "MOTH": .mixed, "AIND": .asian, "APKN": .asian, "ABAN": .asian,
      "AOTH": .asian, "BCRB": .black, "BAFR": .black, "BOTH": .black, "CHNE": .other, "OOTH": .other,
    ]

    /// `NOBT` (not obtained), `REFU` (refused), blank and anything not a census code are `unknown`.
    public static func of(_ code: String?) -> Ethnicity { code.flatMap { groups[$0] } ?? .unknown }
  }

  /// Disability: Annex A's yes/no answer, or the census's disability codes.
  public enum Disability: String, CaseIterable, Sendable {
    case yes, no, unknown

    /// Position in the output order (`allCases`).
    public var ordinal: Int {
      switch self {
      case .yes: 0
      case .no: 1
      case .unknown: 2
      }
    }

    public static func of(_ answer: YesNo) -> Disability {
      switch answer {
      case .yes: .yes
      case .no: .no
      case .unknown: .unknown
      }
    }

    /// Census: `yes` with any code other than `NONE`, `no` with only `NONE`, `unknown` with none.
    public static func of(censusCodes codes: [String]) -> Disability {
      if codes.isEmpty { return .unknown }
      return codes.contains { $0 != "NONE" } ? .yes : .no
    }
  }

  /// Referral and contact sources: the DfE codes in code-list order, then `unknown`.
  public enum Source {
    public static let groups = [
      "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7",
      "8",
      "9", "10", "unknown",
    ]
    private static let known = Set(groups.dropLast())

    /// `code` as `FieldParsing.code` gives it (`q) 6: Police` is `6`); anything else is `unknown`.
    public static func of(_ code: String?) -> String { code.flatMap { known.contains($0) ? $0 : nil } ?? "unknown" }
  }

  /// Looked after at a missing episode's start (`LOOKED_AFTER`: a child missing from care, or from
  /// home); a blank or unreadable answer is `unknown`.
  public enum LookedAfter: String, CaseIterable, Sendable {
    case yes, no, unknown

    public static func of(_ answer: YesNo) -> LookedAfter {
      switch answer {
      case .yes: .yes
      case .no: .no
      case .unknown: .unknown
      }
    }
  }

  /// A police occurrence's risk grading (`Risk Level`). The reader takes `No apparent risk`,
  /// `None` and the older `Absent` as no apparent risk; blank or not a grading is `unknown`.
  public enum Risk: String, CaseIterable, Sendable {
    case high, medium, low, noApparent = "no-apparent", unknown

    public static func of(_ risk: MissingRisk?) -> Risk {
      switch risk {
      case .high: .high
      case .medium: .medium
      case .low: .low
      case .noApparentRisk: .noApparent
      case nil: .unknown
      }
    }
  }

  /// How long a plan open at the end of a period has been open, in calendar months from its start
  /// to the period's last day (a month on is the same day of the month, or that month's last day;
  /// DfE table D5's bands).
  public enum Duration: String, CaseIterable, Sendable {
    case upTo3Months = "3m-or-less", upTo6Months = "3m-6m", under1Year = "6m-1y", under2Years = "1y-2y"
    case twoYearsPlus = "2y-plus"

    public static func of(start: Day, at end: Day) -> Duration {
      if end <= start.adding(months: 3) { return .upTo3Months }
      if end <= start.adding(months: 6) { return .upTo6Months }
      if end < start.adding(months: 12) { return .under1Year }
      if end < start.adding(months: 24) { return .under2Years }
      return .twoYearsPlus
    }
  }

  /// A plan's category of abuse, from its code (`NEG`, `PHY`, `SAB`, `EMO`, `MUL`, as
  /// `ChildProtectionIndicators` reads codes and words); nil when none is recorded or readable.
  public enum Category: String, CaseIterable, Sendable {
    case neglect, physical, sexual, emotional, multiple

    public static func of(code: String?) -> Category? {
      switch code {
      case "NEG": .neglect
      case "PHY": .physical
      case "SAB": .sexual
      case "EMO": .emotional
      case "MUL": .multiple
      default: nil
      }
    }
  }
}

/// The breakdown dimensions of `specs/indicators.md`, with their groups in the spec's order.
public enum BreakdownDimension: String, Sendable, CaseIterable {
  case age, sex, ethnicity, disability, source, category, duration
  case lookedAfter = "looked_after"
  case risk

  /// The groups, in output order.
  public var groups: [String] {
    switch self {
    case .age: BreakdownGroups.Age.allCases.map(\.rawValue)
    case .sex: BreakdownGroups.Sex.allCases.map(\.rawValue)
    case .ethnicity: BreakdownGroups.Ethnicity.allCases.map(\.rawValue)
    case .disability: BreakdownGroups.Disability.allCases.map(\.rawValue)
    case .source: BreakdownGroups.Source.groups
    case .category: BreakdownGroups.Category.allCases.map(\.rawValue)
    case .duration: BreakdownGroups.Duration.allCases.map(\.rawValue)
    case .lookedAfter: BreakdownGroups.LookedAfter.allCases.map(\.rawValue)
    case .risk: BreakdownGroups.Risk.allCases.map(\.rawValue)
    }
  }

  /// The `breakdown` cell of a group: `age=10-15`.
  public func label(_ group: String) -> String { rawValue + "=" + group }
}
