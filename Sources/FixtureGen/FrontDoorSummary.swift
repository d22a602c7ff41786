import SafeguardCore

/// The front-door figures of a simulation, computed from its clean rows plus the planted rows
/// that still count (a referral whose only fault is its NFA answer counts as a referral and is
/// left out of the NFA figure's numerator and denominator).
///
/// These are the expected answers for end-to-end tests: contacts and referrals by the day
/// they happened, re-referrals as referrals with an earlier referral of the same child in
/// the 12 months before (the generator keeps every such gap well clear of the boundary),
/// and referrals with NFA.
struct FrontDoorSummary {
  struct Row {
    let period: String
    var contacts = 0
    var referrals = 0
    var rereferrals = 0
    var nfa = 0
    /// Referrals whose NFA answer is unusable: counted, but not in the NFA percentage.
    var nfaUnknown = 0
  }

  let rows: [Row]

  /// - Parameter unansweredNFA: dates of planted referrals with an unusable NFA answer (no earlier referral).
  init(_ la: SyntheticLA, unansweredNFA: [Day] = []) {
    var byPeriod: [String: Row] = [:]
    func add(_ day: Day, _ update: (inout Row) -> Void) {
      for p in [DateText.financialYear(day), DateText.quarter(day)] {
        var row = byPeriod[p] ?? Row(period: p)
        update(&row)
        byPeriod[p] = row
      }
    }
    for c in la.contacts { add(c.day) { $0.contacts += 1 } }
    for r in la.referrals {
      add(r.day) {
        $0.referrals += 1
        if r.priorIn12Months > 0 { $0.rereferrals += 1 }
        if r.nfa { $0.nfa += 1 }
      }
    }
    for day in unansweredNFA {
      add(day) {
        $0.referrals += 1
        $0.nfaUnknown += 1
      }
    }
    rows = byPeriod.values.sorted { $0.period < $1.period }
  }

  /// The same figures as CSV, for tests to compare the pipeline's numerators and denominators with:
  /// period, contacts, referrals, rereferrals, nfa, nfa_answered.
  var csv: String {
    var s = "period,contacts,referrals,rereferrals,nfa,nfa_answered\n"
    for r in rows {
      s += "\(r.period),\(r.contacts),\(r.referrals),\(r.rereferrals),\(r.nfa),\(r.referrals - r.nfaUnknown)\n"
    }
    return s
  }

  /// A Markdown table: period, contacts, referrals, conversion, re-referrals, NFA.
  var markdown: String {
    var s = "| period | contacts | referrals | conversion % | re-referrals | re-referral % | NFA | NFA % |\n"
    s += "|---|---:|---:|---:|---:|---:|---:|---:|\n"
    for r in rows {
      s += "| \(r.period) | \(r.contacts) | \(r.referrals) | \(FrontDoorSummary.pct(r.referrals, r.contacts)) "
      s += "| \(r.rereferrals) | \(FrontDoorSummary.pct(r.rereferrals, r.referrals)) "
      s += "| \(r.nfa) | \(FrontDoorSummary.pct(r.nfa, r.referrals - r.nfaUnknown)) |\n"
    }
    return s
  }

  /// One decimal place, rounded half up, in integer arithmetic.
  static func pct(_ n: Int, _ d: Int) -> String {
    guard d > 0 else { return "–" }
    let tenths = (n * 1000 * 2 + d) / (2 * d)
    return "\(tenths / 10).\(tenths % 10)"
  }
}
