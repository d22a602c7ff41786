import SafeguardCore

@testable import Validate

/// Builders for the rules 8820 to 8940: whole modules written as they would stand in a file.
enum R8820 {
  /// A `<CINdetails>` at `line`: referral, closure, `ReferralNFA` and reason for closure as written.
  static func episode(
    line: Int32 = 2, referral: String? = "2024-05-01", closure: String? = nil, nfa: String? = "false",
    reason: String? = nil, _ configure: (inout CensusEpisode) -> Void = { _ in }
  ) -> CensusEpisode {
    var e = CensusEpisode(line: line)
    e.referralDate = date(referral, line: line)
    e.closureDate = date(closure, line: line)
    e.referralNFA = bool(nfa, line: line)
    e.reasonForClosure = text(reason, line: line)
    configure(&e)
    return e
  }

  /// The child `CHILD1` with `episodes`, a death date and disabilities as written.
  static func child(
    _ episodes: [CensusEpisode], death: String? = nil, disabilities: [String] = []
  ) -> CensusChild {
    var c = CensusChild(line: 1)
    c.index = 0
    c.laChildID = identifier("CHILD1")
    c.deathDate = date(death)
    c.disabilities = disabilities.map { text($0) }
    c.episodes = episodes
    return c
  }

  /// A child with one episode holding `configure`'s modules.
  static func child(
    death: String? = nil, disabilities: [String] = [], _ configure: (inout CensusEpisode) -> Void
  ) -> CensusChild {
    child([episode(configure)], death: death, disabilities: disabilities)
  }

  /// An `<Assessments>` at `line` with its factors as written.
  static func assessment(
    line: Int32 = 3, start: String? = "2024-05-01", authorised: String? = nil, factors: [String] = []
  ) -> CensusAssessment {
    var a = CensusAssessment(line: line)
    a.start = date(start, line: line)
    a.authorised = date(authorised, line: line)
    a.factors = factors.map { text($0, line: line) }
    return a
  }

  /// A `<Section47>` at `line`.
  static func section47(
    line: Int32 = 4, start: String? = "2024-05-01", target: String? = nil, icpc: String? = nil,
    notRequired: String? = nil
  ) -> CensusSection47 {
    var s = CensusSection47(line: line)
    s.start = date(start, line: line)
    s.icpcTarget = date(target, line: line)
    s.icpcDate = date(icpc, line: line)
    s.icpcNotRequired = bool(notRequired, line: line)
    return s
  }

  /// A `<ChildProtectionPlans>` at `line`, with its review dates as written.
  static func plan(
    line: Int32 = 5, start: String? = "2024-05-01", end: String? = nil, initial: String? = "NEG",
    latest: String? = "NEG", reviews: [String?] = []
  ) -> CensusProtectionPlan {
    var p = CensusProtectionPlan(line: line)
    p.start = date(start, line: line)
    p.end = date(end, line: line)
    p.initialCategory = text(initial, line: line)
    p.latestCategory = text(latest, line: line)
    p.reviews = reviews.map { date($0, line: line) }
    return p
  }
}
