import SafeguardCore

extension SeededFaults {
  /// Faults for the childIdentifiers rules.
  static let childIdentifiers: [SeededFault] = [
  ]
}
