import SafeguardCore

extension SeededFaults {
  /// Faults for the returnLevel rules.
  static let returnLevel: [SeededFault] = [
  ]
}
