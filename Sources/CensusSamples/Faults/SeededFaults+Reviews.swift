import SafeguardCore

extension SeededFaults {
  /// Faults for the reviews rules.
  static let reviews: [SeededFault] = [
  ]
}
