import SafeguardCore

/// Whether an extract's covered dates let a period be counted honestly.
enum Coverage {
  /// Usable when the extract starts on or before the period's first day and reaches into it;
  /// `provisional` when it stops before the period's last day (the period is not over, or the
  /// export was taken part-way through). Not usable (`no_data`) otherwise: a count from an
  /// extract that starts inside the period would be too low, so it is left blank.
  static func check(_ coverage: ClosedRange<Day>?, _ p: Period) -> (usable: Bool, flags: Set<IndicatorFlag>) {
    guard let c = coverage, c.lowerBound <= p.start, c.upperBound >= p.start else { return (false, [.noData]) }
    return (true, c.upperBound < p.end ? [.provisional] : [])
  }
}
