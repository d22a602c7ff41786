import SafeguardCore

extension SeededFaults {
  /// Faults for the characteristics rules.
  static let characteristics: [SeededFault] = [
  ]
}
