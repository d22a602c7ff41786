/// The positions of keys that occur more than once, grouped by key in the order each key first
/// appears (nil keys are never compared). Builds no array for a key seen once, so a file of
/// 100,000 distinct IDs costs one dictionary of positions.
enum RepeatedKeys {
  static func groups<K: Hashable>(_ keys: [K?]) -> [[Int]] {
    guard keys.count > 1 else { return [] }
    var first: [K: Int] = [:]
    first.reserveCapacity(keys.count)
    var repeats: [Int: [Int]] = [:]
    // The position of the key's first occurrence, stored on the way when this is it (one lookup per key).
    func firstPosition(_ slot: inout Int, _ i: Int) -> Int {
      if slot < 0 { slot = i }
      return slot
    }
    for (i, key) in keys.enumerated() {
      guard let key else { continue }
      let f = firstPosition(&first[key, default: -1], i)
      if f != i { repeats[f, default: [f]].append(i) }
    }
    return repeats.keys.sorted().map { repeats[$0]! }
  }
}
