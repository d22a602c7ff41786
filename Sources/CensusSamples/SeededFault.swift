import SafeguardCore

/// One fault seeded into a valid census so that exactly one DfE rule (and, where the fault cannot
/// help it, the rules named in `also`) must fire.
public struct SeededFault: Sendable {
  /// The rule the fault is made for.
  public let code: String
  /// Other rules the same fault necessarily trips (a plan ending before it starts also ends
  /// before its reviews, say); every other rule must stay silent.
  public let also: Set<String>
  /// The census year (ending year) the fault is made for; nil for every supported year.
  public let endYear: Int?
  public let change: Change

  public enum Change: Sendable {
    /// Changes one child, built from `SampleShapes.standard[base]`.
    case child(base: Int, @Sendable (inout CensusChild, CensusSample) -> Void)
    /// Changes the whole file (header, or the children taken together).
    case file(@Sendable (inout CensusReturn, CensusSample) -> Void)
  }

  public init(
    _ code: String, also: Set<String> = [], endYear: Int? = nil, base: Int,
    _ change: @escaping @Sendable (inout CensusChild, CensusSample) -> Void
  ) {
    self.code = code
    self.also = also
    self.endYear = endYear
    self.change = .child(base: base, change)
  }

  public init(
    _ code: String, also: Set<String> = [], endYear: Int? = nil,
    file change: @escaping @Sendable (inout CensusReturn, CensusSample) -> Void
  ) {
    self.code = code
    self.also = also
    self.endYear = endYear
    self.change = .file(change)
  }

  /// The faulty child, numbered `number`; nil for a file fault.
  public func child(_ number: Int, _ sample: CensusSample) -> CensusChild? {
    guard case .child(let base, let apply) = change else { return nil }
    var c = sample.child(number, SampleShapes.standard[base % SampleShapes.standard.count])
    apply(&c, sample)
    return c
  }

  /// Whether the fault is made for the census year ending in `endYear`.
  public func applies(to endYear: Int) -> Bool { self.endYear.map { $0 == endYear } ?? true }

  /// The valid standard census of `sample`'s year with this fault seeded; a child fault is
  /// seeded into an extra child numbered 900 (`C900`), so the rest of the file stays valid.
  public func census(_ sample: CensusSample) -> CensusReturn {
    let children = SampleShapes.standard.enumerated().map { sample.child($0.offset + 1, $0.element) }
    switch change {
    case .child:
      return sample.census(children + [child(900, sample)!])
    case .file(let apply):
      var census = sample.census(children)
      apply(&census, sample)
      return census
    }
  }
}

/// Shorthand for building values inside faults.
extension CensusSample {
  /// The day `days` after (or before, when negative) `day`.
  public static func shifted(_ value: CensusDate, by days: Int) -> CensusDate {
    guard let d = value.value else { return value }
    return date(d.adding(days: days))
  }
}

/// Every seeded fault, by module (each module's list is in `Faults/`).
public enum SeededFaults {
  public static var all: [SeededFault] {
    childIdentifiers + characteristics + cinDetails + assessments + cinPlans + section47 + childProtectionPlans
      + reviews + returnLevel
  }
}
