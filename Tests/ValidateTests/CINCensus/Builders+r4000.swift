import SafeguardCore

@testable import Validate

/// Builders for the CIN plan, protection plan and date-of-death rule tests (4000 to 4017).
enum R4000 {
  /// A `CINPlanDates` group at `line`, its dates on the same line.
  static func cinPlan(_ start: String?, _ end: String?, line: Int32 = 10) -> CensusCINPlan {
    var p = CensusCINPlan(line: line)
    p.start = date(start, line: line)
    p.end = date(end, line: line)
    return p
  }

  /// A `ChildProtectionPlans` group at `line`, its dates and reviews on the same line.
  static func protectionPlan(
    _ start: String?, _ end: String?, reviews: [String?] = [], line: Int32 = 20
  ) -> CensusProtectionPlan {
    var p = CensusProtectionPlan(line: line)
    p.start = date(start, line: line)
    p.end = date(end, line: line)
    p.reviews = reviews.map { date($0, line: line) }
    return p
  }

  /// A child with one episode (referral on `referral`) holding `cin` and `cpp`.
  static func child(
    referral: String? = "2024-04-01", cin: [CensusCINPlan], cpp: [CensusProtectionPlan] = [],
    death: String? = nil
  ) -> CensusChild {
    withDeath(referral: referral, death: death) { e in
      e.cinPlans = cin
      e.plans = cpp
    }
  }

  /// A child with two episodes holding `first` and `second` (CIN plans and protection plans); both
  /// referred on 1 April 2024 unless `secondReferral` says otherwise.
  static func twoEpisodes(
    _ first: (cin: [CensusCINPlan], cpp: [CensusProtectionPlan]),
    _ second: (cin: [CensusCINPlan], cpp: [CensusProtectionPlan]), secondReferral: String = "2024-04-01"
  ) -> CensusChild {
    var c = withDeath(referral: "2024-04-01") { e in
      e.cinPlans = first.cin
      e.plans = first.cpp
    }
    var e2 = CensusEpisode(line: 50)
    e2.referralDate = date(secondReferral, line: 50)
    e2.cinPlans = second.cin
    e2.plans = second.cpp
    c.episodes.append(e2)
    return c
  }

  /// The shared `child(referral:)` builder, with a date of death (nil: none).
  private static func withDeath(
    referral: String?, death: String? = nil, _ configure: (inout CensusEpisode) -> Void
  ) -> CensusChild {
    var c = ValidateTests.child(referral: referral, configure)
    c.deathDate = date(death, line: 5)
    return c
  }
}
