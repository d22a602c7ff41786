import SafeguardCore

extension SeededFaults {
  /// Faults for the childProtectionPlans rules.
  static let childProtectionPlans: [SeededFault] = [
  ]
}
