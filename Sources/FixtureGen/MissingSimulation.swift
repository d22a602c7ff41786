import SafeguardCore

/// Missing and away episodes of the synthetic LA's children as children's social care records
/// them, and the police occurrences for under-18s, 1 April 2023 to 31 December 2024.
///
/// Children aged 10 to 17 with a referral in the year before the window or during it, and
/// children looked after then, may go through spells of going missing; a spell repeats at a
/// rate of its own, so a few children account for many episodes. Looked-after children also
/// have away (A) episodes. Episodes start mostly in the afternoon and evening and most end
/// within a day; one still running at the end of 31 December 2024 is open. Police report most
/// missing episodes and few away ones, and also hold occurrences the LA did not record: for
/// children it knows, for children it does not, and for children placed here by other LAs.
/// Times are minutes since 1970-01-01 00:00 (`DateText.minutes`).
struct MissingSimulation {
  /// How a CSC row writes its date-times.
  enum DateStyle {
    case dmyHM, isoHMS, dateOnly
  }

  struct Episode {
    let child: Int
    let category: MissingCategory
    let start: Int64
    /// nil while open at the end of the extract.
    let end: Int64?
    let lookedAfter: Bool
    var rhiOffered: Bool?
    var rhiAccepted: Bool?
    var rhiDate: Day?
    /// The police occurrence for this episode, if reported.
    var occurrence: Int?
    /// Whether the CSC row carries that occurrence's reference.
    var writesPoliceRef = false
    var style = DateStyle.dmyHM
  }

  struct Occurrence {
    /// The force's person: the child index for the LA's children, 1,000,000 + n for others.
    let person: Int
    /// The LA's child, when the person is one.
    let child: Int?
    /// Whether `LA Child ID` is filled.
    var childIDWritten: Bool
    let dob: Day
    let sex: String
    let reported: Int64
    let found: Int64?
    let risk: MissingRisk
    let from: MissingFrom
    /// `332`, blank, or another LA's code.
    let homeLA: String
  }

  static let from = Day(year: 2023, month: 4, day: 1)!
  static let to = CareHistory.asAt
  /// The last minute of the extract; an interval ending later is open.
  static let lastMinute = DateText.minutes(to, 23, 59)
  /// Other LAs that place children here (their DfE codes).
  static let otherLAs: [(String, Int)] = [("330", 30), ("333", 20), ("334", 10), ("335", 25), ("336", 15)]
  static let risks: [(MissingRisk, Int)] = [(.noApparentRisk, 12), (.low, 35), (.medium, 45), (.high, 8)]

  let la: SyntheticLA
  let care: CareHistory
  var episodes: [Episode] = []
  var occurrences: [Occurrence] = []
  private var nextStranger = 1_000_000

  /// The random part; `excluded` children (the planted cases') are left out of it.
  init(la: SyntheticLA, care: CareHistory, excluded: Set<Int>, rng: inout SeededGenerator) {
    self.la = la
    self.care = care
    let referredSince = MissingSimulation.from.adding(days: -365)
    for c in la.children.indices where !excluded.contains(c) {
      let child = la.children[c]
      let lo = max(MissingSimulation.from, child.dob.adding(months: 120))
      let hi = min(MissingSimulation.to, child.ageOutDay.adding(days: -1))
      guard lo < hi else { continue }
      let inCare = care.byChild[c]?.contains { care.periods[$0].start <= hi && (care.periods[$0].ceased ?? hi) >= lo }
      let referred = child.referralDays.contains { $0 >= referredSince && $0 <= hi }
      if inCare == true {
        guard rng.percent(50) else { continue }
      } else {
        guard referred, rng.percent(7) else { continue }
      }
      addSpells(c, lo: lo, hi: hi, heavy: inCare == true, &rng)
    }
    reportToPolice(&rng)
    addPoliceOnly(excluded: excluded, &rng)
  }

  // MARK: CSC episodes

  private mutating func addSpells(_ c: Int, lo: Day, hi: Day, heavy: Bool, _ rng: inout SeededGenerator) {
    var spells: [(Day, Day, Int)] = []
    for _ in 0..<(rng.percent(25) ? 2 : 1) {
      let start = max(lo, lo.adding(days: rng.int(in: -60...lo.days(to: hi))))
      let length = rng.weighted([(20...90, 40), (91...270, 45), (271...540, 15)])
      let end = start.adding(days: rng.int(in: length))
      let rate =
        heavy
        ? rng.weighted([(2, 35), (4, 30), (8, 25), (14, 10)])
        : rng.weighted([(1, 40), (2, 30), (4, 18), (8, 9), (14, 3)])
      spells.append((start, min(end, hi), rate))
    }
    spells.sort { $0.0 < $1.0 }
    var lastEnd = Int64.min
    for (first, last, rate) in spells {
      var day = first
      while day <= last {
        defer { day = day.adding(days: 1) }
        guard day == first || rng.chance(rate, in: 60) else { continue }
        if care.isBoundary(of: c, day) { continue }
        let hour = rng.weighted([(0...5, 8), (6...11, 10), (12...15, 22), (16...23, 60)])
        let start = DateText.minutes(day, rng.int(in: hour), rng.below(60))
        guard start > lastEnd + 360 else { continue }
        let lengths = rng.weighted([(30...360, 35), (361...1_439, 45), (1_440...4_320, 15), (4_321...20_160, 5)])
        let length = Int64(rng.int(in: lengths))
        let lookedAfter = care.period(of: c, on: day) != nil
        let category: MissingCategory = lookedAfter && rng.percent(30) ? .away : .missing
        add(c, category, start: start, end: start + length, lookedAfter: lookedAfter, &rng)
        lastEnd = start + length
        if lastEnd > MissingSimulation.lastMinute { return }
      }
    }
  }

  /// Appends an episode; an end after the extract makes it open. Return home interviews
  /// follow ended missing episodes: offered for about 80%, accepted by about 60% of those,
  /// held within three days of the end for about half of those accepted.
  @discardableResult
  mutating func add(
    _ c: Int, _ category: MissingCategory, start: Int64, end: Int64?, lookedAfter: Bool,
    _ rng: inout SeededGenerator
  ) -> Int {
    let open = end.map { $0 > MissingSimulation.lastMinute } ?? true
    var e = Episode(
      child: c, category: category, start: start, end: open ? nil : end, lookedAfter: lookedAfter)
    if category == .missing, let end = e.end {
      e.rhiOffered = rng.percent(80)
      if e.rhiOffered == true {
        e.rhiAccepted = rng.percent(60)
        if e.rhiAccepted == true {
          let after = rng.weighted([(0...3, 50), (4...14, 50)])
          let held = DateText.day(end).adding(days: rng.int(in: after))
          if held <= MissingSimulation.to { e.rhiDate = held }
        }
      }
    }
    e.style = rng.weighted([(.dmyHM, 88), (.isoHMS, 10), (.dateOnly, 2)])
    episodes.append(e)
    return episodes.count - 1
  }

  // MARK: Police

  /// A new person the LA does not know, with a date of birth no child of the LA's CSC file has.
  mutating func stranger() -> Int {
    nextStranger += 1
    return nextStranger
  }

  @discardableResult
  mutating func addOccurrence(_ o: Occurrence) -> Int {
    occurrences.append(o)
    return occurrences.count - 1
  }

  /// Police hear of about 85% of missing episodes and 5% of away ones, a little after the
  /// child went (sometimes a little before the LA's recorded start); the LA Child ID is filled
  /// for about 85%, and the CSC row carries the occurrence reference for about 35%.
  private mutating func reportToPolice(_ rng: inout SeededGenerator) {
    for i in episodes.indices {
      let e = episodes[i]
      guard rng.percent(e.category == .missing ? 85 : 5) else { continue }
      let child = la.children[e.child]
      let delay = rng.weighted([(-60...(-1), 5), (0...30, 30), (31...180, 50), (181...600, 15)])
      let reported = max(e.start + Int64(rng.int(in: delay)), DateText.minutes(MissingSimulation.from, 0, 0))
      // Reported after the extract: not in it.
      guard reported <= MissingSimulation.lastMinute else { continue }
      let found = e.end.map { max(reported + 15, $0 + Int64(rng.int(in: -30...60))) }
      let from: MissingFrom = e.lookedAfter ? .care : (rng.percent(93) ? .home : .other)
      episodes[i].occurrence = addOccurrence(
        Occurrence(
          person: e.child, child: e.child, childIDWritten: rng.percent(85), dob: child.dob, sex: child.gender,
          reported: reported, found: found.map { $0 > MissingSimulation.lastMinute ? nil : $0 } ?? nil,
          risk: rng.weighted(MissingSimulation.risks), from: from, homeLA: rng.percent(92) ? "332" : ""))
      episodes[i].writesPoliceRef = rng.percent(35)
    }
  }

  /// Occurrences the LA has no episode for: its own children (some it records episodes for at
  /// other times, some it knows only from referrals), strangers, and children placed here by
  /// other LAs (mostly missing from care, often repeatedly).
  private mutating func addPoliceOnly(excluded: Set<Int>, _ rng: inout SeededGenerator) {
    var starts = [Int: [Int64]]()
    for e in episodes { starts[e.child, default: []].append(e.start) }
    func clear(_ c: Int, _ t: Int64) -> Bool { !(starts[c] ?? []).contains { abs($0 - t) < 4 * 1_440 } }
    for e in episodes where rng.percent(6) {
      let t = e.start + Int64(rng.int(in: 5...20) * 1_440 + rng.int(in: -300...300))
      guard clear(e.child, t), t < MissingSimulation.lastMinute - 1_440,
        DateText.day(t) < la.children[e.child].ageOutDay
      else { continue }
      policeOnly(child: e.child, at: t, &rng)
    }
    var week = MissingSimulation.from
    while week <= MissingSimulation.to {
      defer { week = week.adding(days: 7) }
      if rng.percent(60) {
        let c = rng.below(la.children.count)
        let day = week.adding(days: rng.below(7))
        let child = la.children[c]
        if !excluded.contains(c), starts[c] == nil, !child.referralDays.isEmpty, day <= MissingSimulation.to,
          child.dob.adding(months: 132) <= day, day < child.ageOutDay
        {
          policeOnly(child: c, at: DateText.minutes(day, rng.int(in: 12...23), rng.below(60)), &rng)
        }
      }
      for _ in 0..<rng.weighted([(0, 20), (1, 35), (2, 30), (3, 15)]) {
        strangerOccurrences(first: week.adding(days: rng.below(7)), outOfArea: false, &rng)
      }
      if rng.percent(60) { strangerOccurrences(first: week.adding(days: rng.below(7)), outOfArea: true, &rng) }
    }
  }

  private mutating func policeOnly(child c: Int, at t: Int64, _ rng: inout SeededGenerator) {
    let child = la.children[c]
    let length = Int64(rng.int(in: MissingSimulation.policeOnlyLength(&rng)))
    addOccurrence(
      Occurrence(
        person: c, child: c, childIDWritten: true, dob: child.dob, sex: child.gender, reported: t,
        found: t + length > MissingSimulation.lastMinute ? nil : t + length,
        risk: rng.weighted(MissingSimulation.risks),
        from: care.period(of: c, on: DateText.day(t)) != nil ? .care : .home, homeLA: "332"))
  }

  /// One to three occurrences (up to eight when placed by another LA) for a person the LA
  /// does not know. Dates of birth are fixed later, once the CSC file is complete.
  private mutating func strangerOccurrences(first: Day, outOfArea: Bool, _ rng: inout SeededGenerator) {
    let person = stranger()
    let dob = first.adding(days: -rng.int(in: (11 * 365 + 3)...(17 * 365)))
    let sex = rng.weighted([("M", 48), ("F", 50), ("U", 2)])
    let home = outOfArea ? rng.weighted(MissingSimulation.otherLAs) : (rng.percent(70) ? "332" : "")
    let count =
      outOfArea ? rng.weighted([(1, 30), (2, 25), (4, 25), (8, 20)]) : rng.weighted([(1, 70), (2, 20), (3, 10)])
    var day = first
    for _ in 0..<count where day <= MissingSimulation.to {
      let hours = rng.weighted([(0...11, 20), (12...23, 80)])
      let t = DateText.minutes(day, rng.int(in: hours), rng.below(60))
      let length = Int64(rng.int(in: MissingSimulation.policeOnlyLength(&rng)))
      addOccurrence(
        Occurrence(
          person: person, child: nil, childIDWritten: false, dob: dob, sex: sex, reported: t,
          found: t + length > MissingSimulation.lastMinute ? nil : t + length,
          risk: rng.weighted(MissingSimulation.risks),
          from: outOfArea ? (rng.percent(85) ? .care : .other) : (rng.percent(90) ? .home : .other), homeLA: home))
      day = day.adding(days: rng.int(in: 2...40))
    }
  }

  /// Moves every stranger's date of birth off the CSC children's, a day at a time, so that no
  /// stranger can be matched by date of birth; fills the LA Child ID of a reported episode's
  /// occurrence when another CSC child of the same date of birth went missing within three
  /// days, so only the planted occurrences (`keep`, left as they are) are ambiguous.
  mutating func separateDatesOfBirth(keep: Set<Int>) {
    let cscDOBs = Set(episodes.map { la.children[$0.child].dob })
    var moved = [Int: Day]()
    for i in occurrences.indices where occurrences[i].child == nil {
      let o = occurrences[i]
      var dob = moved[o.person] ?? o.dob
      while cscDOBs.contains(dob) { dob = dob.adding(days: 1) }
      moved[o.person] = dob
      occurrences[i] = Occurrence(
        person: o.person, child: nil, childIDWritten: false, dob: dob, sex: o.sex, reported: o.reported,
        found: o.found, risk: o.risk, from: o.from, homeLA: o.homeLA)
    }
    var byDOB = [Day: [Int]]()
    for (i, e) in episodes.enumerated() { byDOB[la.children[e.child].dob, default: []].append(i) }
    for i in occurrences.indices where !occurrences[i].childIDWritten && !keep.contains(i) {
      guard let c = occurrences[i].child else { continue }
      let t = occurrences[i].reported
      let rival = byDOB[occurrences[i].dob, default: []].contains {
        episodes[$0].child != c && abs(episodes[$0].start - t) < 3 * 1_440
      }
      if rival { occurrences[i].childIDWritten = true }
    }
  }
}

extension MissingSimulation {
  /// Minutes between report and found for an occurrence the LA has no episode for.
  fileprivate static func policeOnlyLength(_ rng: inout SeededGenerator) -> ClosedRange<Int> {
    rng.weighted([(60...600, 60), (601...1_800, 35), (1_801...5_000, 5)])
  }
}
