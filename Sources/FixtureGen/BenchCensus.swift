import Foundation
import SafeguardCore

/// `safeguard-fixtures bench-census`: one national-scale CIN census return for timing the pipeline.
///
/// The 2024/25 return (reference date 31 March 2025, `Sex` layout) of N children, written one
/// child at a time, so memory does not grow with N. Each child's latest referral falls in the
/// census year; 30% have one or two earlier referrals, 60 to 700 days apart, which appear when
/// their episode was still open on 1 April 2024. Episodes are drawn by `CINCensusFiles.episode`
/// and written by `CINCensusFiles.writeChild`, as the bundled returns are.
struct BenchCensus {
  let children: Int
  let seed: UInt64

  static let census = CINCensusFiles.Census(
    path: "cin_census_2024-25.xml", year: 2025, referenceDate: Day(year: 2025, month: 3, day: 31)!,
    madeOn: "2025-05-09T09:30:00")
  static let nfaPercent = 10
  /// Nearer national rates than the small fixture LA: more enquiries, more assessment factors.
  static let shape = CINCensusFiles.Shape(
    section47Percent: 40, cinPlanPercent: 70, factorCounts: [(1, 10), (2, 15), (3, 25), (4, 22), (5, 16), (6, 12)])
  static let disabilities: [([String], Int)] = [
    (["NONE"], 880), (["LD"], 30), (["AUT"], 40), (["COMM"], 15), (["MOB"], 10), (["AUT", "LD"], 15),
    (["BEH"], 10),
  ]

  func write(toDirectory dir: String) throws {
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let path = dir + "/" + BenchCensus.census.path
    let began = DispatchTime.now().uptimeNanoseconds
    var rng = SeededGenerator(seed: seed)
    let writer = try ChunkedFileWriter(path: path)
    var x = XMLText()
    var counts = CINCensusFiles.Counts()
    CINCensusFiles.writeHead(
      &x, BenchCensus.census, generatedBy: "`safeguard-fixtures bench-census` (seed \(seed), \(children) children)")
    let idWidth = max(7, String(children).count)
    var modulus = 1
    for _ in 0..<idWidth { modulus *= 10 }
    for i in 0..<children {
      // A bijection of the child index, so IDs look unordered (as `BenchReferrals` does).
      let number = (i &* 7_654_321 &+ 1_000_003) % modulus
      let (child, episodes) = draw(id: "C" + String(number).leftPadded(to: idWidth), &rng)
      CINCensusFiles.writeChild(
        &x, child, episodes, referenceDate: BenchCensus.census.referenceDate, layout: .sex,
        numericBooleans: rng.percent(6), disabilities: rng.weighted(BenchCensus.disabilities), counts: &counts)
      if x.bytes.count >= 1 << 20 { try drain(&x, into: writer) }
    }
    CINCensusFiles.writeTail(&x)
    try drain(&x, into: writer)
    try writer.close()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
    let mb = Double(writer.bytesWritten) / 1e6
    let line =
      "wrote \(path): \(counts.children) children, \(counts.episodes) CIN episodes, \(counts.assessments) assessments, "
      + "\(counts.section47) section 47 enquiries, \(counts.plans) CP plans, \(writer.bytesWritten) bytes in "
      + String(format: "%.2f s (%.0f MB/s)\n", seconds, mb / seconds)
    FileHandle.standardError.write(Data(line.utf8))
  }

  private func drain(_ x: inout XMLText, into writer: ChunkedFileWriter) throws {
    try writer.reserve(x.bytes.count)
    writer.bytes(x.bytes)
    x.removeAll()
  }

  /// One child and the episodes the return holds: those not closed before the census year.
  private func draw(id: String, _ rng: inout SeededGenerator) -> (SyntheticLA.Child, [CINCensusFiles.Episode]) {
    let census = BenchCensus.census
    let yearStart = census.start
    let latest = yearStart.adding(days: rng.below(yearStart.days(to: census.referenceDate) + 1))
    var days = [latest]
    let earlier = rng.weighted([(0, 42), (1, 32), (2, 26)])
    for _ in 0..<earlier { days.insert(days[0].adding(days: -rng.int(in: 60...700)), at: 0) }
    // Born so that the child is `age` on the latest referral; never on 29 February.
    let age = rng.weighted(AnnexAVocabulary.firstAges)
    var dob = latest.adding(months: -12 * age).adding(days: -rng.below(365))
    if dob.components.month == 2 && dob.components.day == 29 { dob = dob.adding(days: 1) }
    days.removeAll { $0 < dob }
    let child = SyntheticLA.Child(
      id: id, gender: rng.weighted(AnnexAVocabulary.genders), ethnicity: rng.weighted(AnnexAVocabulary.ethnicities),
      dob: dob, ageOutDay: dob.adding(months: 216))
    var plans = 0
    var episodes: [CINCensusFiles.Episode] = []
    for (k, day) in days.enumerated() {
      let referral = SyntheticLA.Referral(
        child: 0, day: day, source: rng.weighted(AnnexAVocabulary.sourceWeights),
        nfa: rng.percent(BenchCensus.nfaPercent), priorIn12Months: 0, team: "", worker: "")
      var limit = child.ageOutDay.adding(days: -1)
      if k + 1 < days.count { limit = min(limit, days[k + 1].adding(days: -1)) }
      let e = CINCensusFiles.episode(
        referral, limit: limit, plansSoFar: &plans, calendar: .england, shape: BenchCensus.shape, rng: &rng)
      if e.closure >= yearStart { episodes.append(e) }
    }
    return (child, episodes)
  }
}
