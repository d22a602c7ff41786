/// xoshiro256** seeded through SplitMix64: the only source of randomness in the generator.
///
/// Everything is integer arithmetic, so the same seed gives the same bytes on every machine
/// and every Swift release (no `Double`, no `exp`, no system generator).
struct SeededGenerator {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// The seed every bundled fixture is made with.
  static let defaultSeed: UInt64 = 20_241_231

  init(seed: UInt64) {
    var sm = seed
    s0 = SeededGenerator.splitMix(&sm)
    s1 = SeededGenerator.splitMix(&sm)
    s2 = SeededGenerator.splitMix(&sm)
    s3 = SeededGenerator.splitMix(&sm)
  }

  /// One SplitMix64 step; also used on its own as a stateless hash of a child's index.
  static func splitMix(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A well-mixed 64-bit value derived from `seed` and `index` without touching any state.
  static func hash(_ seed: UInt64, _ index: UInt64) -> UInt64 {
    var state = seed ^ (index &* 0xD1B5_4A32_D192_ED03)
    return splitMix(&state)
  }

  mutating func next() -> UInt64 {
    let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = (s3 << 45) | (s3 >> 19)
    return result
  }

  /// A value in `0..<bound` (Lemire's multiply-high; the bias is below 2^-40 for our bounds).
  mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0)
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A value in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// True with probability `numerator / denominator`.
  mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
    below(denominator) < numerator
  }

  /// True with probability `percent / 100`.
  mutating func percent(_ percent: Int) -> Bool { chance(percent, in: 100) }

  /// An element of `items`, each picked in proportion to its integer weight.
  mutating func weighted<T>(_ items: [(T, Int)]) -> T {
    let total = items.reduce(0) { $0 + $1.1 }
    var r = below(total)
    for (item, weight) in items {
      if r < weight { return item }
      r -= weight
    }
    return items[items.count - 1].0
  }

  /// A draw from Binomial(trials, perMillion / 1,000,000), standing in for Poisson counts.
  mutating func binomial(trials: Int, perMillion: Int) -> Int {
    var n = 0
    for _ in 0..<trials where below(1_000_000) < perMillion { n += 1 }
    return n
  }

  /// Fisher–Yates in place.
  mutating func shuffle<T>(_ a: inout [T]) {
    guard a.count > 1 else { return }
    for i in stride(from: a.count - 1, to: 0, by: -1) {
      a.swapAt(i, below(i + 1))
    }
  }
}
