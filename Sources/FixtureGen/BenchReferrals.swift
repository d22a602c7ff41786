import Foundation
import SafeguardCore

/// `safeguard-fixtures bench`: one national-scale Annex A list 3 file for timing the pipeline.
///
/// Every child gets at least one referral; the rest are spread uniformly over children, so
/// a child has about N / M referrals. A child's referral dates are distinct days from
/// 1 April 2021 to 31 December 2024, its date of birth makes it 0–17 at all of them (never
/// 29 February), and `Number of Referrals in Last 12 Months` counts its earlier referrals on
/// or after the same day 12 months before. Rows are shuffled, so the file is in no order.
///
/// Two shapes, so the bench is not tuned to one kind of file. `compact` (the default, and the
/// bytes the bench always had): 0.4 children per row and bare codes (`F`, `WBRI`, `6`, `Y`), about
/// 77 bytes a row. `distinct`: 0.95 children per row, so nearly every row is a new child for the
/// reader's child table, and codes as the Annex A template writes them (`b) Female`, `a) WBRI`,
/// `q) 6: Police`, `Yes`) with team and worker names that hold a comma and so are quoted (`"Lee,
/// B"`), about 91 bytes a row. Both draw the same random numbers in the same order.
struct BenchReferrals {
  /// Which distribution of children and which spelling of the values a file gets.
  enum Shape: String, CaseIterable {
    case compact, distinct
  }

  let referrals: Int
  let children: Int
  let seed: UInt64
  let shape: Shape

  static let start = Day(year: 2021, month: 4, day: 1)!
  static let end = Day(year: 2024, month: 12, day: 31)!

  init(referrals: Int, children: Int?, seed: UInt64, shape: Shape = .compact) {
    self.referrals = referrals
    let floor = (referrals + 11) / 12
    let byShape = shape == .compact ? referrals * 2 / 5 : referrals * 19 / 20
    self.children = max(1, min(referrals, max(floor, children ?? byShape)))
    self.seed = seed
    self.shape = shape
  }

  func write(toDirectory dir: String) throws {
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let path = dir + "/referrals.csv"
    let began = DispatchTime.now().uptimeNanoseconds
    let table = DayTable(from: BenchReferrals.start.adding(months: -216), through: BenchReferrals.end)
    precondition(table.count < 1 << 13 && children < 1 << 28, "bench sizes beyond the packed row layout")
    var rng = SeededGenerator(seed: seed)
    var rows = makeRows(table, &rng)
    rng.shuffle(&rows)
    let writer = try ChunkedFileWriter(path: path)
    try writeRows(rows, table, writer, &rng)
    try writer.close()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
    let mb = Double(writer.bytesWritten) / 1e6
    let line =
      "wrote \(path): \(referrals) referrals, \(children) children, \(writer.bytesWritten) bytes in "
      + String(format: "%.2f s (%.0f MB/s)\n", seconds, mb / seconds)
    FileHandle.standardError.write(Data(line.utf8))
  }

  // MARK: Rows

  /// A referral packed in 64 bits: child (28) | referral day (13) | date of birth (13) | count (8).
  private func pack(child: Int, day: Int, dob: Int, count: Int) -> UInt64 {
    UInt64(child) << 34 | UInt64(day) << 21 | UInt64(dob) << 8 | UInt64(min(count, 255))
  }

  private func makeRows(_ table: DayTable, _ rng: inout SeededGenerator) -> [UInt64] {
    var perChild = [UInt32](repeating: 1, count: children)
    for _ in 0..<(referrals - children) { perChild[rng.below(children)] += 1 }
    let first = table.index(of: BenchReferrals.start)
    let span = table.index(of: BenchReferrals.end) - first + 1
    var rows: [UInt64] = []
    rows.reserveCapacity(referrals)
    var days: [Int] = []
    for child in 0..<children {
      let n = min(Int(perChild[child]), span)
      days.removeAll(keepingCapacity: true)
      while days.count < n {
        let d = first + rng.below(span)
        if !days.contains(d) { days.append(d) }
      }
      days.sort()
      // Born so that the child is 0 on the first referral at the latest and 17 on the last.
      let lo = table.minus216Months[days[n - 1]] + 1
      let hi = days[0]
      var dob = lo + rng.below(hi - lo + 1)
      if table.isLeapDay[dob] { dob += dob < hi ? 1 : -1 }
      var windowStart = 0
      for j in 0..<n {
        let boundary = table.minus12Months[days[j]]
        while days[windowStart] < boundary { windowStart += 1 }
        rows.append(pack(child: child, day: days[j], dob: dob, count: j - windowStart))
      }
    }
    return rows
  }

  // MARK: Text

  /// A value in `0..<n` from the low 16 bits of `bits` (multiply-high, no division).
  @inline(__always) private func pick(_ bits: UInt64, _ n: Int) -> Int {
    Int(((bits & 0xFFFF) &* UInt64(n)) >> 16)
  }

  private func writeRows(
    _ rows: [UInt64], _ table: DayTable, _ out: ChunkedFileWriter, _ rng: inout SeededGenerator
  ) throws {
    out.bytes(Array((AnnexAFiles.list3Header.joined(separator: ",") + "\n").utf8))
    let idWidth = max(7, String(children).count)
    var modulus = 1
    for _ in 0..<idWidth { modulus *= 10 }
    let tokens = Tokens(shape)
    try tokens.arena.withUnsafeBufferPointer { arenaBuffer in
      try table.dmy.withUnsafeBufferPointer { dmyBuffer in
        let arena = arenaBuffer.baseAddress!
        let dmy = dmyBuffer.baseAddress!
        for row in rows {
          try out.reserve(256)
          let child = Int(row >> 34)
          let day = Int(row >> 21 & 0x1FFF)
          let dob = Int(row >> 8 & 0x1FFF)
          let count = Int(row & 0xFF)
          let h = SeededGenerator.hash(seed, UInt64(child))
          let r = rng.next()
          // Child Unique ID: a bijection of the child index, so IDs look unordered.
          out.byte(UInt8(ascii: "C"))
          out.decimal((child &* 7_654_321 &+ 1_000_003) % modulus, width: idWidth)
          out.byte(44)
          tokens.put(tokens.gender[pick(h, 1000)], arena, out)
          out.byte(44)
          tokens.put(tokens.ethnicity[pick(h >> 16, 1000)], arena, out)
          out.byte(44)
          out.bytes(dmy + dob * 10, 10)
          out.byte(44)
          out.decimal(table.age(dob, at: day))
          out.byte(44)
          out.bytes(dmy + day * 10, 10)
          out.byte(44)
          tokens.put(tokens.source[pick(r, 1000)], arena, out)
          out.byte(44)
          tokens.put(tokens.nfa[pick(r >> 16, 100) < 30 ? 1 : 0], arena, out)
          out.byte(44)
          out.decimal(count)
          out.byte(44)
          let team = Int(tokens.team[pick(r >> 32, tokens.team.count)])
          tokens.put(tokens.teamNames[team], arena, out)
          out.byte(44)
          tokens.put(tokens.workers[team * 10 + pick(r >> 48, 10)], arena, out)
          out.byte(10)
        }
      }
    }
  }
}

/// Per-day facts for every day a date of birth or referral can fall on, indexed from `base`.
private struct DayTable {
  let base: Day
  let count: Int
  /// `dd/mm/yyyy`, ten bytes per day.
  let dmy: [UInt8]
  let year: [Int16]
  let monthDay: [Int16]
  let isLeapDay: [Bool]
  /// Index of the same day 12 months earlier (clamped to 0).
  let minus12Months: [Int]
  /// Index of the same day 216 months (18 years) earlier (clamped to 0).
  let minus216Months: [Int]

  init(from base: Day, through last: Day) {
    self.base = base
    count = base.days(to: last) + 1
    var dmy: [UInt8] = []
    var year: [Int16] = []
    var monthDay: [Int16] = []
    var leap: [Bool] = []
    var m12: [Int] = []
    var m216: [Int] = []
    for i in 0..<count {
      let d = base.adding(days: i)
      let (y, m, dd) = d.components
      dmy += Array(DateText.dmy(d).utf8)
      year.append(Int16(y))
      monthDay.append(Int16(m * 32 + dd))
      leap.append(m == 2 && dd == 29)
      m12.append(max(0, base.days(to: d.adding(months: -12))))
      m216.append(max(0, base.days(to: d.adding(months: -216))))
    }
    self.dmy = dmy
    self.year = year
    self.monthDay = monthDay
    isLeapDay = leap
    minus12Months = m12
    minus216Months = m216
  }

  func index(of d: Day) -> Int { base.days(to: d) }

  @inline(__always) func age(_ dob: Int, at day: Int) -> Int {
    Int(year[day] - year[dob]) - (monthDay[day] < monthDay[dob] ? 1 : 0)
  }
}

/// Every fixed string a bench row uses, in one byte arena, with lookup tables for weighted picks.
private struct Tokens {
  var arena: [UInt8] = []
  /// 1,000 entries each, so a uniform draw in 0..<1000 picks by weight.
  var gender: [Range<Int>] = []
  var ethnicity: [Range<Int>] = []
  var source: [Range<Int>] = []
  /// Team indices repeated by weight.
  var team: [UInt8] = []
  var teamNames: [Range<Int>] = []
  /// Ten per team: team t's workers are `Worker (10t+1)` … `Worker (10t+10)`.
  var workers: [Range<Int>] = []
  /// No, then yes.
  var nfa: [Range<Int>] = []

  init(_ shape: BenchReferrals.Shape) {
    func add(_ s: String) -> Range<Int> {
      let start = arena.count
      arena += Array(s.utf8)
      return start..<arena.count
    }
    func expand(_ items: [(String, Int)]) -> [Range<Int>] {
      let total = items.reduce(0) { $0 + $1.1 }
      precondition(total == 1000)
      var out: [Range<Int>] = []
      for (s, w) in items {
        let r = add(s)
        out += Array(repeating: r, count: w)
      }
      return out
    }
    typealias V = AnnexAVocabulary
    switch shape {
    case .compact:
      gender = expand(V.genders)
      ethnicity = expand(V.ethnicities)
      source = expand(V.sources.map { ($0.code, $0.weight) })
      nfa = [add("N"), add("Y")]
      for (t, (name, weight)) in V.teams.enumerated() {
        teamNames.append(add(name))
        team += Array(repeating: UInt8(t), count: weight)
        for w in 1...10 { workers.append(add(V.worker(t * 10 + w))) }
      }
    case .distinct:
      gender = expand(V.annexAGenders)
      ethnicity = expand(V.ethnicities.map { (V.annexAEthnicity($0.0), $0.1) })
      source = expand(V.sources.map { (V.text($0, .annexA), $0.weight) })
      nfa = [add("No"), add("Yes")]
      // Names with a comma are written in quotes, as a CSV export must: every worker, most teams.
      for (t, (name, weight)) in V.commaTeams.enumerated() {
        teamNames.append(add(CSVDocument.quoted(name)))
        team += Array(repeating: UInt8(t), count: weight)
        for w in 1...10 { workers.append(add(CSVDocument.quoted(V.commaWorker(t * 10 + w)))) }
      }
    }
  }

  @inline(__always) func put(_ r: Range<Int>, _ arena: UnsafePointer<UInt8>, _ out: ChunkedFileWriter) {
    out.bytes(arena + r.lowerBound, r.count)
  }
}
