import SafeguardCore

extension SeededFaults {
  /// Faults for the cinPlans rules.
  static let cinPlans: [SeededFault] = [
  ]
}
