import SafeguardCore

extension SeededFaults {
  /// Faults for the cinDetails rules.
  static let cinDetails: [SeededFault] = [
  ]
}
