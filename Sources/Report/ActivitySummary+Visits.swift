import SafeguardCore

extension ActivitySummary {
  /// "92.3% of children on a child protection plan at 31 March 2024 had been visited within 10
  /// working days": the share, the period's last day, and the timescale in force, which the
  /// figure's note carries (`ProtectionVisitIndicators` writes "visited within N working days").
  /// No sentence without that note, or when the share is suppressed.
  @Sendable static func visitsOnTime(_ f: Figures) -> String? {
    guard let percent = f.ownPercent, let within = f.measure.note, within.hasPrefix("visited within ") else {
      return nil
    }
    return "\(percent)% of children on a child protection plan at \(words(f.measure.period.end)) had been \(within)"
  }
}
