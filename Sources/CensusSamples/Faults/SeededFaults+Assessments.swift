import SafeguardCore

extension SeededFaults {
  /// Faults for the assessments rules.
  static let assessments: [SeededFault] = [
  ]
}
