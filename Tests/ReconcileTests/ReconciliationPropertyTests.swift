import PropertyBased
import SafeguardCore
import Testing

@testable import Reconcile

/// The laws of `specs/reconciliation.md` over generated records around 2024-25-Q3.
@Suite struct ReconciliationPropertyTests {
  /// Six small numbers per record; what each means is in `occurrence` and `episode`.
  static let rows = Gen.int(in: 0...99).array(of: 6...6).array(of: 0...25)

  static let first = Day(year: 2024, month: 9, day: 20)!
  static let births = ["2010-05-01", "2011-02-03", "2010-05-01"].map { Day(iso: $0)! }
  static let settings = ReconciliationSettings(toleranceDays: 1, la: LACode("332"), extractEnd: Day(iso: "2024-12-31")!)

  /// Start (a mod 40) × 62 hours after 20 Sep 2024 (to early January), a date only when a is a
  /// multiple of 7; length (b mod 12) × 9 hours, open when b mod 12 is 11. Few distinct values,
  /// so identical intervals are common.
  static func interval(_ a: Int, _ b: Int) -> (DayTime, DayTime?) {
    let hours = (a % 40) * 62
    let day = first.adding(days: hours / 24)
    let start = a % 7 == 0 ? DayTime(day: day) : DayTime(day: day, hour: hours % 24, minute: 0)!
    guard b % 12 < 11 else { return (start, nil) }
    let end = start.minutes() + Int64(b % 12) * 540
    let endDay = Day(serial: Int32(end / 1440))
    return (start, b % 9 == 0 ? DayTime(day: endDay) : DayTime(day: endDay, minuteOfDay: Int16(end % 1440)))
  }

  /// Child `r[0] % 7` (6 = no LA Child ID, matched by date of birth), the interval from r[1] and
  /// r[2], Home LA 333 / 332 / blank from r[3], sex and risk from r[4], a date of birth shared by
  /// children 0 and 2.
  static func occurrence(_ r: [Int], _ k: Int, laIDs: Bool = false) -> PoliceMissingRecord {
    let c = laIDs ? r[0] % 6 : r[0] % 7
    let (start, end) = interval(r[1], r[2])
    let home: Int16? = laIDs ? nil : r[3] < 10 ? 333 : r[3] < 30 ? 332 : nil
    return PoliceMissingRecord(
      occurrenceRef: "O\(k)", personRef: "P\(c)", child: c == 6 ? nil : Int32(c), birthDate: births[c % 3],
      sex: [Sex.male, .female, .unknown, nil][r[4] % 4], reported: start, found: end,
      risk: risk(r[4]), missingFrom: .home, homeLA: home, file: 1, line: UInt32(k + 2))
  }

  /// Child `r[0] % 6`, the interval from r[1] and r[2], category and looked-after from r[3],
  /// POLICE_REF `O<r[4] % 30>` when r[5] < 15.
  static func episode(_ r: [Int], _ k: Int, refs: Bool = true) -> MissingEpisodeRecord {
    let c = r[0] % 6
    let (start, end) = interval(r[1], r[2])
    return MissingEpisodeRecord(
      child: Int32(c), birthDate: births[c % 3], sex: c % 2 == 0 ? .female : .male,
      lookedAfter: [YesNo.yes, .no, .unknown][r[3] % 3], category: r[3] % 2 == 0 ? .missing : .away, start: start,
      end: end, rhiOffered: .unknown, rhiAccepted: .unknown, rhiDate: nil,
      policeRef: refs && r[5] < 15 ? "O\(r[4] % 30)" : nil, file: 0, line: UInt32(k + 2))
  }

  /// One of the four gradings, or blank for every fifth value.
  static func risk(_ n: Int) -> MissingRisk? { n % 5 == 4 ? nil : MissingRisk.allCases[n % 5] }

  static func run(_ p: [PoliceMissingRecord], _ e: [MissingEpisodeRecord]) -> ReconciliationResult {
    Reconciliation.reconcile(police: p, episodes: e, period: .quarter(2024, 3), settings: settings, knownToCSC: [1, 4])
  }

  static func rows(_ r: ReconciliationResult) -> [ReconciliationCounts] { [r.total.counts] + r.months.map(\.counts) }

  @Test func reconcilingASourceWithItselfMatchesEverything() async {
    await propertyCheck(input: Self.rows) { raw in
      let police = raw.enumerated().map { Self.occurrence($1, $0, laIDs: true) }
      let episodes = police.map(Self.asEpisode)
      for c in Self.rows(Self.run(police, episodes)) {
        #expect(c.matched == c.policeOccurrences && c.matched == c.cscEpisodes)
        #expect(c.policeOnly == 0 && c.cscOnly == 0)
      }
    }
  }

  @Test func swappingTheSidesSwapsTheOneSidedCounts() async {
    await propertyCheck(input: Self.rows, Self.rows) { a, b in
      let police = a.enumerated().map { Self.occurrence($1, $0, laIDs: true) }
      let episodes = b.enumerated().map { Self.episode($1, $0 + 100, refs: false) }
      let forward = Self.rows(Self.run(police, episodes))
      let swapped = Self.rows(Self.run(episodes.map(Self.asOccurrence), police.map(Self.asEpisode)))
      for (f, s) in zip(forward, swapped) {
        #expect(f.matched == s.matched)
        #expect((f.policeOnly, f.cscOnly) == (s.cscOnly, s.policeOnly))
        #expect((f.policeOccurrences, f.cscEpisodes) == (s.cscEpisodes, s.policeOccurrences))
        #expect(f.childrenInBoth == s.childrenInBoth)
      }
    }
  }

  @Test func matchedPlusOneSidedIsEachSidesTotalInEveryMonthAndThePeriod() async {
    await propertyCheck(input: Self.rows, Self.rows) { a, b in
      let r = Self.run(a.enumerated().map { Self.occurrence($1, $0) }, b.enumerated().map { Self.episode($1, $0) })
      for c in Self.rows(r) {
        #expect(c.matched + c.policeOnly == c.policeOccurrences)
        #expect(c.matched + c.cscOnly == c.cscEpisodes)
        #expect(c.cscOnlyMissing + c.cscOnlyAway == c.cscOnly)
        #expect(c.ambiguous + c.policeOnlyKnownToCSC + c.policeOnlyNotKnownToCSC == c.policeOnly)
      }
      for key in [\ReconciliationCounts.policeOccurrences, \.cscEpisodes, \.matched, \.outOfAreaOccurrences] {
        #expect(r.total.counts[keyPath: key] == r.months.map { $0.counts[keyPath: key] }.reduce(0, +))
      }
    }
  }

  @Test func theResultDoesNotDependOnRowOrder() async {
    await propertyCheck(input: Self.rows, Self.rows, Gen.int(in: 0...1000)) { a, b, k in
      // Eight starts and four lengths, so records tie on everything but their references.
      func coarse(_ r: [Int]) -> [Int] { [r[0], r[1] % 8 * 5, r[2] % 4, r[3], r[4], r[5]] }
      let police = a.enumerated().map { Self.occurrence(coarse($1), $0) }
      let episodes = b.enumerated().map { Self.episode(coarse($1), $0) }
      let shuffledPolice = Self.shuffle(police, k)
      let shuffledEpisodes = Self.shuffle(episodes, k / 7)
      #expect(Self.run(police, episodes) == Self.run(shuffledPolice, shuffledEpisodes))
    }
  }

  /// A fixed reordering: rotated by `k`, then every other element reversed into the front.
  static func shuffle<T>(_ xs: [T], _ k: Int) -> [T] {
    guard !xs.isEmpty else { return xs }
    let rotated = Array(xs.dropFirst(k % xs.count) + xs.prefix(k % xs.count))
    let odd = rotated.indices.filter { $0 % 2 == 1 }.map { rotated[$0] }
    let even = rotated.indices.filter { $0 % 2 == 0 }.map { rotated[$0] }
    return odd.reversed() + even
  }

  /// The same child, dates and line as a social care episode.
  static func asEpisode(_ p: PoliceMissingRecord) -> MissingEpisodeRecord {
    MissingEpisodeRecord(
      child: p.child!, birthDate: p.birthDate, sex: p.sex, lookedAfter: .yes, category: .missing, start: p.reported,
      end: p.found, rhiOffered: .unknown, rhiAccepted: .unknown, rhiDate: nil, policeRef: nil, file: p.file,
      line: p.line)
  }

  /// The same child, dates and line as a police occurrence with the LA Child ID filled in.
  static func asOccurrence(_ e: MissingEpisodeRecord) -> PoliceMissingRecord {
    PoliceMissingRecord(
      occurrenceRef: "E\(e.line)", personRef: "C\(e.child)", child: e.child, birthDate: e.birthDate, sex: e.sex,
      reported: e.start, found: e.end, risk: .low, missingFrom: .care, homeLA: nil, file: e.file, line: e.line)
  }
}
