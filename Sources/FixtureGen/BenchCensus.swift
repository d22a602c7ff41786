import Foundation
import SafeguardCore

/// `safeguard-fixtures bench-census`: one national-scale CIN census return for timing the pipeline.
///
/// The 2024/25 return (reference date 31 March 2025, `Sex` layout) of N children, written one
/// child at a time, so memory does not grow with N. Each child's latest referral falls in the
/// census year; 30% have one or two earlier referrals, 60 to 700 days apart, which appear when
/// their episode was still open on 1 April 2024. Episodes are drawn by `CINCensusFiles.episode`
/// and written by `CINCensusFiles.writeChild`, as the bundled returns are.
///
/// `CINCensusFiles.episode` draws a history; `recorded` turns it into what a case management
/// system holds and exports for this return, as an LA's would (see there). Without that step the
/// return broke DfE rules no system produces: about 56% of children had a finding (26,000 findings
/// per 10,000 children), nearly all of them from factor 21 written beside other factors (8869) and
/// every episode closed "RC1 adopted" (8873), NFA referrals closed "after assessment" with none
/// (8825Q), assessments and conferences of earlier years written into this year's return (8696,
/// 8715, 8930) and disabled children never given a disability factor (8899Q). What is left are the
/// faults of the drawn histories themselves: episodes running into the next referral (8820, 8815,
/// 8816), assessments and enquiries still open long after they began (8670Q, 8675Q), and a few
/// assessments or conferences just before 1 April (8825Q, 2991Q): 178 of 10,000 children (1.8%)
/// and 495 findings with the default seed, besides the return-level queries.
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
      let (child, drawn) = draw(id: "C" + String(number).leftPadded(to: idWidth), &rng)
      let numericBooleans = rng.percent(6)
      let disabilities = rng.weighted(BenchCensus.disabilities)
      // Recording can close an episode earlier, before the year, when it leaves the return.
      let episodes = drawn.map { BenchCensus.recorded($0, disabilities: disabilities, &rng) }.filter {
        $0.closure >= BenchCensus.census.start
      }
      CINCensusFiles.writeChild(
        &x, child, episodes, referenceDate: BenchCensus.census.referenceDate, layout: .sex,
        numericBooleans: numericBooleans, disabilities: disabilities, counts: &counts)
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

  /// Reasons for closing an episode after which a Section 47 enquiry or a plan followed the
  /// assessment: mostly services ceased (RC7), then transfers and orders, rarely adoption.
  static let laterClosures: [(String, Int)] = [
    ("RC7", 80), ("RC5", 8), ("RC3", 4), ("RC4", 4), ("RC6", 3), ("RC1", 1),
  ]

  /// What a case management system holds and exports of a drawn episode for this return.
  ///
  /// - Factor 21 (no factors identified) is recorded only alone: a worker who ticks it ticks
  ///   nothing else (DfE 8869), and an assessment after which a Section 47 enquiry or a plan
  ///   followed, or of a disabled child, found something, so its 21 gives way to a drawn factor.
  /// - A disabled child's assessments record the disability: 5A (learning disability) for
  ///   learning disability or autism, 6A (physical disability or illness) otherwise (8899Q).
  /// - The reason for closure follows what happened: a referral with no further action closes
  ///   with RC7 (no assessment was done, so not RC8 or RC9: 8825Q); an episode where nothing
  ///   followed the assessment closes within 20 days of its authorisation (the drawn history keeps
  ///   it open 60 to 400 days), RC8 when it found no factors (8873) and otherwise RC8 or RC9 (early
  ///   help); the rest by `laterClosures`. (The drawn history closes every episode RC1, adopted.)
  /// - The return holds what happened in its year or is still open (DfE 8696, 8715, 8930): an
  ///   assessment authorised, a Section 47 enquiry started and conferenced (when it had one) or a
  ///   protection plan ended before 1 April of the census year is not exported, though its
  ///   episode, still open then, is.
  static func recorded(
    _ e: CINCensusFiles.Episode, disabilities: [String], _ rng: inout SeededGenerator
  ) -> CINCensusFiles.Episode {
    let yearStart = census.start
    if e.referral.nfa {
      return CINCensusFiles.Episode(
        referral: e.referral, primaryNeed: e.primaryNeed, assessment: e.assessment, cinPlanStart: e.cinPlanStart,
        section47: e.section47, plan: e.plan, closure: e.closure, reasonForClosure: "RC7")
    }
    let followed = e.section47 != nil || e.plan != nil || e.cinPlanStart != nil
    let disabled = disabilities.contains { $0 != "NONE" }
    var assessment = e.assessment
    if let a = e.assessment {
      var factors = a.factors
      if factors.count > 1 || followed || disabled { factors.removeAll { $0 == "21" } }
      while factors.isEmpty {
        let f = rng.weighted(CINCensusFiles.factors)
        if f != "21" { factors.append(f) }
      }
      if disabled && !factors.contains("5A") && !factors.contains("6A") {
        factors.insert(disabilities.contains("LD") || disabilities.contains("AUT") ? "5A" : "6A", at: 0)
      }
      assessment =
        a.authorised < yearStart
        ? nil : CINCensusFiles.Assessment(start: a.start, authorised: a.authorised, factors: factors)
    }
    var closure = e.closure
    var reason: String
    if followed {
      reason = rng.weighted(laterClosures)
    } else {
      // Nothing followed the assessment, so the case closed when it was authorised.
      if let a = e.assessment { closure = min(closure, a.authorised.adding(days: rng.int(in: 0...20))) }
      let foundNothing = !disabled && e.assessment?.factors == ["21"]
      reason = foundNothing ? "RC8" : rng.weighted([("RC8", 40), ("RC9", 60)])
    }
    var section47 = e.section47
    if let s = section47, s.start < yearStart, (s.icpc ?? s.start) < yearStart { section47 = nil }
    var plan = e.plan
    if let p = plan, p.end < yearStart { plan = nil }
    return CINCensusFiles.Episode(
      referral: e.referral, primaryNeed: e.primaryNeed, assessment: assessment, cinPlanStart: e.cinPlanStart,
      section47: section47, plan: plan, closure: closure, reasonForClosure: reason)
  }
}
