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

/// Figures from a source that stops before other inputs do.
public enum SourceHorizon {
  /// Blanks (`no_data`) the figures whose period runs past the end of their source when the
  /// run's other inputs go further: that period is over as far as the run knows, so the source
  /// simply lacks it and a partial count would mislead. When the source is the latest input
  /// (a period still in progress) the figures stay, flagged `provisional` as usual.
  public static func limit(_ values: [IndicatorValue], sourceEnd: Day, horizon: Day) -> [IndicatorValue] {
    guard horizon > sourceEnd else { return values }
    return values.map { v in
      guard v.period.end > sourceEnd else { return v }
      return v.withdrawn("the source ends on \(sourceEnd.iso), before this period does, while other inputs go further")
    }
  }
}
