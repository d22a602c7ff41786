import SafeguardCore

/// Builds census children that pass every DfE rule, from a `ChildShape`: the valid half of the
/// seeded-fault tests and of `safeguard-fixtures census-samples`.
///
/// Dates are laid out forward from 1 April of the census year, on working days
/// (`WorkingDayCalendar.england`): referral, assessment start and authorisation, Section 47,
/// initial conference (15 working days after the enquiry starts, the target), plan start on the
/// conference day, reviews 3 and then 6 months on, plan end and closure. A closed episode ends at
/// the latest 60 working days before the reference date, so a second episode starts after it.
public struct CensusSample: Sendable {
  /// The year the census ends in (2025 for 2024/25).
  public let endYear: Int
  public let calendar: WorkingDayCalendar

  public init(endYear: Int, calendar: WorkingDayCalendar = .england) {
    self.endYear = endYear
    self.calendar = calendar
  }

  public var periodStart: Day { Day(year: endYear - 1, month: 4, day: 1)! }
  public var referenceDate: Day { Day(year: endYear, month: 3, day: 31)! }
  /// From 2024/25 the census records `Sex` (M, F, U); before, `GenderCurrent` (1, 2, 0 or 9).
  public var usesSex: Bool { endYear >= 2025 }

  public static let ethnicities = [
    "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB",
    "BAFR", "BOTH", "CHNE", "OOTH",
  ]
  public static let disabilities = [
    "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA",
  ]
  public static let sources = [
    "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8",
    "9", "10",
  ]
  /// Factor codes other than 21 (no factors), the disability factors 5A to 5C and the codes
  /// 2024/25 replaced (18A, 19A: 8945Q, 8950Q).
  public static let factors = [
    "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "6A", "6B", "6C", "7A", "8B", "8C", "8D",
    "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18B", "18C", "19B", "19C",
    "20", "22A", "23A", "24A",
  ]

  /// A census file of `children` with a complete header for LA `la`.
  public func census(_ children: [CensusChild], la: String = "332", file: String = "cin.xml") -> CensusReturn {
    var r = CensusReturn(file: file)
    r.header.collection = Self.text("CIN")
    r.header.year = CensusNumber(text: String(endYear), value: endYear, line: 1)
    r.header.referenceDate = Self.date(referenceDate)
    r.header.sourceLevel = Self.text("L")
    r.header.lea = Self.text(la)
    r.header.softwareCode = Self.text("safeguard-fixtures")
    r.header.release = Self.text("1")
    r.header.serialNo = Self.text("1")
    r.header.dateTime = Self.text("\(endYear)-04-10T09:00:00")
    r.layout = usesSex ? "Sex" : "GenderCurrent"
    r.children = children
    return r
  }

  /// The child numbered `number` (its ID `C` and the number), shaped by `shape`.
  public func child(_ number: Int, _ shape: ChildShape, la: String = "332") -> CensusChild {
    var c = CensusChild.Fields(line: 1)
    c.index = Int32(number)
    c.laChildID = Self.text("C\(number)")
    c.upn = Self.text(Self.upn(la: la, serial: number))
    let born = referenceDate.adding(days: -(shape.age * 365 + 100))
    c.birthDate = Self.date(born)
    if usesSex {
      c.sex = Self.text(["M", "F", "U"][shape.sex % 3])
    } else {
      c.genderCurrent = Self.text(["1", "2", "0"][shape.sex % 3])
    }
    c.ethnicity = Self.text(Self.ethnicities[shape.ethnicity % Self.ethnicities.count])
    if shape.disabilities == 0 {
      c.disabilities = [Self.text("NONE")]
    } else {
      c.disabilities = (0..<min(shape.disabilities, 2)).map {
        Self.text(Self.disabilities[(shape.disabilityCode + $0) % Self.disabilities.count])
      }
    }
    var cursor = periodStart.adding(days: -1)
    // A second episode only when the first closed early enough for it to be assessed in the year.
    let count = shape.episodes.count > 1 && shape.episodes[0].closed ? 2 : 1
    for (i, e) in shape.episodes.prefix(count).enumerated() {
      if i > 0 && cursor > referenceDate.adding(days: -200) { break }
      let (episode, closedOn) = self.episode(
        e, after: cursor, closed: e.closed || i < count - 1, disabled: shape.disabilities > 0)
      c.episodes.append(episode)
      guard let closedOn else { break }
      cursor = closedOn
    }
    return CensusChild(c)
  }

  /// One episode referred `shape.gap` working days after `after`; returns it and its closure day.
  func episode(_ shape: EpisodeShape, after: Day, closed: Bool, disabled: Bool) -> (CensusEpisode, Day?) {
    var e = CensusEpisode.Fields(line: 1)
    let referral = calendar.adding(workingDays: max(1, shape.gap % 40 + 1), to: after)
    e.referralDate = Self.date(referral)
    e.referralSource = Self.text(Self.sources[shape.source % Self.sources.count])
    if shape.nfa {
      e.referralNFA = Self.bool(true)
      e.closureDate = Self.date(referral)
      // Not RC8 or RC9: those say an assessment was done, which 8825Q queries when there is none.
      e.reasonForClosure = Self.text("RC7")
      return (CensusEpisode(e), referral)
    }
    e.referralNFA = Self.bool(false)
    e.primaryNeed = Self.text("N\(1 + shape.source % 9)")
    var a = CensusAssessment(line: 1)
    let start = calendar.adding(workingDays: shape.assessmentDelay % 5, to: referral)
    let authorised = calendar.adding(workingDays: 1 + shape.assessmentLength % 44, to: start)
    a.start = Self.date(start)
    a.authorised = Self.date(authorised)
    if shape.factors == 0 && !disabled {
      a.factors = [Self.text("21")]
    } else {
      var codes = (0..<max(1, min(shape.factors, 3))).map {
        Self.factors[(shape.factorCode + $0 * 7) % Self.factors.count]
      }
      if disabled { codes[0] = "5A" }
      a.factors = codes.map { Self.text($0) }
    }
    e.assessments = [a]
    var end = authorised
    // An assessment that found nothing (factor 21) leads to nothing more.
    let nothingFound = shape.factors == 0 && !disabled
    if shape.section47 && !nothingFound {
      var s = CensusSection47(line: 1)
      let s47 = calendar.adding(workingDays: 1, to: start)
      let target = calendar.adding(workingDays: 15, to: s47)
      s.start = Self.date(s47)
      s.icpcTarget = Self.date(target)
      if shape.conference {
        s.icpcDate = Self.date(target)
        s.icpcNotRequired = Self.bool(false)
        var p = CensusProtectionPlan(line: 1)
        p.start = Self.date(target)
        p.initialCategory = Self.text("NEG")
        p.latestCategory = Self.text("NEG")
        p.previousPlans = CensusNumber(text: "0", value: 0, line: 1)
        let first = calendar.adding(workingDays: 0, to: target.adding(months: 3))
        p.reviews = [Self.date(first)]
        end = max(end, first.adding(days: 30))
        if closed { p.end = Self.date(end) }
        e.plans = [p]
      } else {
        s.icpcNotRequired = Self.bool(true)
        end = max(end, target)
      }
      e.section47s = [s]
    } else if shape.cinPlan && !nothingFound {
      var plan = CensusCINPlan(line: 1)
      plan.start = Self.date(authorised)
      end = authorised.adding(days: 40)
      if closed { plan.end = Self.date(end) }
      e.cinPlans = [plan]
    }
    // Nothing may fall after the reference date: later reviews are dropped, and an episode that
    // would close after it is still open.
    for i in e.plans.indices { e.plans[i].reviews.removeAll { $0.value! > referenceDate } }
    guard closed, end < referenceDate else {
      for i in e.plans.indices { e.plans[i].end = .absent }
      for i in e.cinPlans.indices { e.cinPlans[i].end = .absent }
      return (CensusEpisode(e), nil)
    }
    e.closureDate = Self.date(end)
    // RC8 (no further action after assessment) only when nothing followed the assessment (2990).
    let nothingFollowed = e.plans.isEmpty && e.cinPlans.isEmpty && e.section47s.isEmpty
    e.reasonForClosure = Self.text(nothingFollowed ? "RC8" : "RC9")
    return (CensusEpisode(e), end)
  }

  // MARK: Values as the reader makes them

  public static func text(_ s: String) -> CensusText { CensusText(text: s, value: s.uppercased(), line: 1) }
  public static func date(_ d: Day) -> CensusDate { CensusDate(text: d.iso, value: d, line: 1) }
  public static func bool(_ b: Bool) -> CensusBool {
    CensusBool(text: b ? "true" : "false", value: b ? .yes : .no, line: 1)
  }

  /// A UPN for LA `la` whose check letter is right: DfE's modulus-23 check over characters 2 to
  /// 13, weighted 2 to 13, read as A to X (I, O and S unused; DfE's table stops at 20, so
  /// character 5 is moved on until the remainder has a letter). Characters 9 and 10 (the year of
  /// allocation) are `99`, which no allocation in these years uses, so a generated UPN cannot be
  /// a real child's; characters 6 to 8 and 11 to 13 are the serial (unique below a million).
  public static func upn(la: String, serial: Int) -> String {
    func digits(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    let letters = Array("ABCDEFGHJKLMNPQRTUVWX")
    for free in 0..<10 {
      let body = Array(la + String(free) + digits(serial / 1000 % 1000, 3) + "99" + digits(serial % 1000, 3))
      var sum = 0
      for (i, ch) in body.enumerated() { sum += Int(String(ch))! * (i + 2) }
      if sum % 23 < letters.count { return String(letters[sum % 23]) + String(body) }
    }
    return "A" + la + "000099000"
  }
}
