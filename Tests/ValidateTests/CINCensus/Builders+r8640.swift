import SafeguardCore

@testable import Validate

// Builders for the CIN details, assessment, Section 47, plan, disability and identifier rules
// 8640 to 8816.

/// A CIN episode on line `line`: referral date, closure date and reason, `ReferralNFA`.
func episode(
  line: Int32 = 2, referral: String? = "2024-05-01", closed: String? = nil, reason: String? = nil,
  nfa: String? = "false", _ configure: (inout CensusEpisode) -> Void = { _ in }
) -> CensusEpisode {
  var e = CensusEpisode(line: line)
  e.referralDate = date(referral, line: line + 1)
  e.closureDate = date(closed, line: line + 2)
  e.reasonForClosure = text(reason, line: line + 3)
  e.referralNFA = bool(nfa, line: line + 4)
  configure(&e)
  return e
}

/// A child with `episodes`, set up further by `configure`.
func child(episodes: [CensusEpisode], _ configure: (inout CensusChild) -> Void = { _ in }) -> CensusChild {
  child { c in
    c.episodes = episodes
    configure(&c)
  }
}

/// A child with one assessment started on `start` and authorised on `authorised`.
func assessment(start: String?, authorised: String?) -> CensusChild {
  child(referral: "2024-04-01") { e in
    var a = CensusAssessment(line: 3)
    a.start = date(start, line: 4)
    a.authorised = date(authorised, line: 5)
    e.assessments = [a]
  }
}

/// A child with one Section 47 enquiry.
func section47(start: String?, conference: String? = nil, notRequired: String? = "false") -> CensusChild {
  child(referral: "2024-04-01") { e in
    var s = CensusSection47(line: 3)
    s.start = date(start, line: 4)
    s.icpcDate = date(conference, line: 5)
    s.icpcNotRequired = bool(notRequired, line: 6)
    e.section47s = [s]
  }
}

/// A child with one child protection plan.
func protectionPlan(start: String?, previous: String? = "0") -> CensusChild {
  child(referral: "2024-04-01") { e in
    var p = CensusProtectionPlan(line: 3)
    p.start = date(start, line: 4)
    p.previousPlans = number(previous, line: 5)
    e.plans = [p]
  }
}

/// A child with the disability codes `codes`, one line each from line 10.
func disabled(_ codes: [String]) -> CensusChild {
  child { c in
    c.disabilities = codes.enumerated().map { i, code in text(code, line: Int32(10 + i)) }
  }
}
