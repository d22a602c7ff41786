import SafeguardKernels
import Testing

@Suite struct ShortStringsTests {
  /// Runs of every length from empty to past the 15 bytes kept, runs that differ only in a middle
  /// byte, and invalid UTF-8 (repaired as `String(decoding:as:)` repairs it).
  static let runs: [[UInt8]] =
    (0...17).map { n in (0..<n).map { UInt8(0x41 + $0) } }
    + [
      Array("2024-04-01".utf8), Array("2024-04-02".utf8), Array("2024-14-01".utf8), Array("abc".utf8),
      Array("axc".utf8), Array("abcdefgh1".utf8), Array("abcdefgx1".utf8), Array("RC8".utf8), Array("rc8".utf8),
      [0xFF], [0x41, 0xC3], [0xE2, 0x80, 0x9C, 0x32, 0x31, 0xE2, 0x80, 0x9D], Array("é".utf8),
    ]

  @Test func givesWhatStringDecodingGivesEveryTime() {
    let strings = ShortStrings()
    // Twice over, in two orders, so each run is met both new and already in its slot.
    for run in ShortStringsTests.runs + ShortStringsTests.runs.reversed() + ShortStringsTests.runs {
      let made = run.withUnsafeBufferPointer { strings.string($0) }
      #expect(made == String(decoding: run, as: UTF8.self), "\(run)")
    }
  }
}
