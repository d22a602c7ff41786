import SafeguardCore

@testable import Validate

/// Builders for the child-identifier and return-level rule tests (namespaced so other builder files
/// cannot clash with them).
enum Ids {
  /// A child with `UPN` `upn` (kept as written).
  static func pupil(upn: String?, id: String = "CHILD1") -> CensusChild {
    child(id) { $0.upn = identifier(upn) }
  }

  /// A child with `FormerUPN` `former`.
  static func pupil(formerUPN former: String?) -> CensusChild {
    child { $0.formerUPN = identifier(former) }
  }

  /// A child with `LAchildID` `id` as written.
  static func pupil(laChildID id: String?) -> CensusChild {
    var c = child()
    c.laChildID = identifier(id)
    return c
  }

  /// A Section 47 module starting on `start` with its initial conference on `icpc`.
  static func section47(start: String? = nil, icpc: String? = nil, line: Int32 = 5) -> CensusSection47 {
    var s = CensusSection47(line: line)
    s.start = date(start)
    s.icpcDate = date(icpc)
    return s
  }

  /// A child protection plan starting on `start`.
  static func plan(start: String?, line: Int32 = 6) -> CensusProtectionPlan {
    var p = CensusProtectionPlan(line: line)
    p.start = date(start)
    return p
  }

  /// An assessment starting on `start`.
  static func assessment(start: String?, line: Int32 = 3) -> CensusAssessment {
    var a = CensusAssessment(line: line)
    a.start = date(start)
    return a
  }

  /// A child with disabilities `codes`, each as written.
  static func disabled(_ codes: [String], id: String) -> CensusChild {
    child(id) { $0.disabilities = codes.map { text($0) } }
  }

  /// `count` children numbered from `from`, each set by `configure`.
  static func children(
    _ count: Int, from: Int = 0, _ configure: @escaping (inout CensusChild) -> Void = { _ in }
  ) -> [CensusChild] {
    (0..<count).map { i in child("C\(from + i)", configure) }
  }
}
