import SafeguardCore

/// A benchmark request that cannot be answered: an LA, indicator or year the reference data does not have.
///
/// Always a usage error (exit 64): the command line or pipeline setting named something that
/// does not exist; the description says what to run to see the valid choices.
public struct BenchmarkError: RunError, Sendable, Equatable {
  /// What was wrong with the request.
  public enum Reason: Sendable, Equatable {
    /// The LA code has no statistical-neighbour list in this version.
    case noNeighbourList(LACode, SNVersion)
    /// The id is not an indicator of `specs/indicators.md`.
    case unknownIndicator(String)
    /// The indicator exists but DfE publishes no comparator for it.
    case noComparator(String)
    /// No indicator asked for has published values for this year.
    case unknownYear(Int, published: ClosedRange<Int>?)
  }

  /// What was wrong.
  public let reason: Reason

  /// An error for `reason`.
  public init(_ reason: Reason) { self.reason = reason }

  /// Always `.usage`.
  public var exitStatus: ExitStatus { .usage }

  /// A sentence naming the value and what to do.
  public var description: String {
    switch reason {
    case .noNeighbourList(let la, let version):
      return "'\(la)' is not an English LA with statistical neighbours in the \(version.rawValue) list; "
        + "run `safeguard neighbours --list` to see LA codes"
    case .unknownIndicator(let id):
      return "'\(id)' is not an indicator id; run `safeguard indicators` to see them, "
        + "or leave the indicators out to benchmark every indicator with a published comparator"
    case .noComparator(let id):
      return "'\(id)' has no published comparator; leave the indicators out to benchmark every indicator "
        + "that has one"
    case .unknownYear(let year, let published):
      let range = published.map {
        "; published years are \($0.lowerBound) to \($0.upperBound) "
          + "(\(ReferenceData.yearLabel($0.lowerBound)) to \(ReferenceData.yearLabel($0.upperBound)))"
      }
      return "'\(year)' is not a year with published comparators for the indicators asked for\(range ?? "")"
        + " (a year is the EES time period: 2025 means 2024-25)"
    }
  }
}
