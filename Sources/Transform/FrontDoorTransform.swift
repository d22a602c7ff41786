import SafeguardCore
import SafeguardKernels

/// Builds the front-door timeline from the records read.
///
/// Referrals are put in child and date order; a second referral of the same child on the same
/// date (an overlap between two extracts, or a row entered twice) is counted once and reported.
/// A referral is a re-referral when the same child has an earlier referral (a strictly earlier
/// date) on or after the day 12 calendar months before it: a referral exactly 12 months after
/// the previous one counts (29 February looks back to 28 February). Contacts are all counted:
/// two contacts about one child on one day are ordinary (two agencies calling); an identical
/// contact in two different files is an overlap and is counted once.
public enum FrontDoorTransform {
  /// - Parameter order: the set's referrals in counting order, when the caller has sorted them
  ///   already (the run sorts them once for this and for `AnnexAEpisodes`).
  public static func timeline(
    from set: ExtractSet, order: ReferralOrder? = nil
  ) -> (FrontDoorTimeline, [Finding]) {
    var findings: [Finding] = []
    let contactCoverage = set.coverage(of: .annexAContacts)
    var contactCounts: DailyCounts?
    if let range = contactCoverage {
      let sorted = set.contacts.sorted { ($0.child, $0.date.serial, $0.file) < ($1.child, $1.date.serial, $1.file) }
      var kept: [Day] = []
      kept.reserveCapacity(sorted.count)
      var overlaps = 0
      var i = 0
      while i < sorted.count {
        // Within one child and day: keep every contact of the file with most, drop copies from other files.
        var j = i
        var perFile: [UInt16: Int] = [:]
        while j < sorted.count && sorted[j].child == sorted[i].child && sorted[j].date == sorted[i].date {
          perFile[sorted[j].file, default: 0] += 1
          j += 1
        }
        let keep = perFile.values.max() ?? 0
        overlaps += (j - i) - keep
        for _ in 0..<keep { kept.append(sorted[i].date) }
        i = j
      }
      if overlaps > 0 {
        findings.append(
          Finding(
            Rules.overlappingContacts, source: ExtractKind.annexAContacts.rawValue, file: "",
            message:
              "\(overlaps) contacts appear in more than one contacts file (same child, same date) and are counted once")
        )
      }
      contactCounts = DailyCounts(days: kept, range: range)
    }

    var referrals: FrontDoorTimeline.Referrals?
    if let range = set.coverage(of: .annexAReferrals) {
      // Count over the files' covered range, widened to any record outside it (none when the
      // coverage comes from the records themselves, as it does when reading).
      var lo = range.lowerBound
      var hi = range.upperBound
      for r in set.referrals {
        if r.date < lo { lo = r.date }
        if r.date > hi { hi = r.date }
      }
      let order = order ?? ReferralOrder(set.referrals)
      let days = lo.days(to: hi) + 1
      // The start of each day's 12-month look-back, worked out once per day rather than per referral.
      let lookBack = (0..<days).map { ReferralDefinitions.lookBackStart(for: lo.adding(days: $0)) }
      // The referrals are cut in two at a change of child, and each part is tallied on its own
      // thread: per day, referrals, re-referrals, NFA yes and NFA known side by side.
      let cut = order.childBoundary(near: order.count / 2)
      let parts = order.count >= RadixSort.parallelFrom ? [0..<cut, cut..<order.count] : [0..<order.count]
      var tallies = [[Int]](repeating: [], count: parts.count)
      var partFindings = [[Finding]](repeating: [], count: parts.count)
      tallies.withUnsafeMutableBufferPointer { tallyOut in
        partFindings.withUnsafeMutableBufferPointer { findingsOut in
          Parallel.run(parts.count) { part in
            var tally = [Int](repeating: 0, count: days * 4)
            var found: [Finding] = []
            var previous: ReferralRecord?
            tally.withUnsafeMutableBufferPointer { t in
              for k in parts[part] {
                let r = order.record(at: k)
                let here = ReferralDefinitions.ChildDay(r.child, r.date)
                if let p = previous, ReferralDefinitions.isSameReferral(.init(p.child, p.date), here) {
                  found.append(duplicate(r, of: p, in: set))
                  continue
                }
                let i = lo.days(to: r.date)
                let previousDay = previous.flatMap { $0.child == r.child ? $0.date : nil }
                t[4 * i] += 1
                if ReferralDefinitions.isRereferral(r.date, previous: previousDay, lookBackStart: lookBack[i]) {
                  t[4 * i + 1] += 1
                }
                if r.nfa == .yes { t[4 * i + 2] += 1 }
                if r.nfa != .unknown { t[4 * i + 3] += 1 }
                previous = r
              }
            }
            tallyOut[part] = tally
            findingsOut[part] = found
          }
        }
      }
      var tally = tallies[0]
      for other in tallies.dropFirst() { for i in tally.indices { tally[i] += other[i] } }
      for found in partFindings { findings += found }
      let perDay = { (column: Int) in (0..<days).map { tally[4 * $0 + column] } }
      let first = lo
      referrals = .init(
        all: DailyCounts(first: first, perDay: perDay(0)), rereferrals: DailyCounts(first: first, perDay: perDay(1)),
        nfaYes: DailyCounts(first: first, perDay: perDay(2)), nfaKnown: DailyCounts(first: first, perDay: perDay(3)),
        coverage: range)
    }
    return (
      FrontDoorTimeline(contacts: contactCounts, contactCoverage: contactCoverage, referrals: referrals), findings
    )
  }

  /// The finding for a referral counted once because `p` is the same referral.
  private static func duplicate(_ r: ReferralRecord, of p: ReferralRecord, in set: ExtractSet) -> Finding {
    Finding(
      Rules.duplicateReferral, source: ExtractKind.annexAReferrals.rawValue, file: set.files[Int(r.file)].file,
      childRef: set.children[r.child], field: "Date of referral", value: r.date.iso,
      message: p.file == r.file
        ? "the child has two referrals on the same date in this file; counted once"
        : "the same referral is also in \(set.files[Int(p.file)].file); counted once")
  }
}

/// Referrals packed as sortable 64-bit keys, child | day | file | NFA from the top, each part in
/// as few bits as this extract needs (a shorter key sorts in fewer passes).
struct ReferralKeys {
  /// The earliest day a key can hold.
  let first: Day
  private let dayShift: UInt64
  private let childShift: UInt64

  /// Keys for children 0...`lastChild`, days `first`...`last` and files 0...`lastFile` (files
  /// past 1023 are kept as 1023).
  init(first: Day, last: Day, lastChild: Int32, lastFile: UInt16) {
    precondition(first <= last && lastChild >= 0)
    self.first = first
    let fileBits = UInt64(UInt16.bitWidth - min(lastFile, 1023).leadingZeroBitCount)
    let dayBits = UInt64(Int.bitWidth - first.days(to: last).leadingZeroBitCount)
    let childBits = UInt64(Int32.bitWidth - lastChild.leadingZeroBitCount)
    dayShift = 2 + fileBits
    childShift = dayShift + dayBits
    precondition(childShift + childBits <= 64, "referral keys need more than 64 bits")
  }

  @inline(__always)
  func pack(_ r: ReferralRecord) -> UInt64 {
    UInt64(UInt32(bitPattern: r.child)) << childShift | UInt64(first.days(to: r.date)) << dayShift
      | UInt64(min(r.file, 1023)) << 2 | UInt64(r.nfa.rawValue)
  }

  /// Every record's key, packed on two threads when there are many.
  static func packAll(_ records: [ReferralRecord], _ packing: ReferralKeys) -> [UInt64] {
    let n = records.count
    return [UInt64](unsafeUninitializedCapacity: n) { keys, count in
      records.withUnsafeBufferPointer { r in
        let parts = n >= RadixSort.parallelFrom ? 2 : 1
        Parallel.run(parts) { part in
          for i in (n * part / parts)..<(n * (part + 1) / parts) {
            (keys.baseAddress! + i).initialize(to: packing.pack(r[i]))
          }
        }
      }
      count = n
    }
  }

  /// The first index at or after `index` whose key is for another child than the key before it
  /// (or the end), so sorted keys cut there leave each child's keys in one part.
  static func childBoundary(near index: Int, in keys: [UInt64], _ packing: ReferralKeys) -> Int {
    var i = max(index, 1)
    while i < keys.count && packing.unpack(keys[i]).child == packing.unpack(keys[i - 1]).child { i += 1 }
    return min(i, keys.count)
  }

  @inline(__always)
  func unpack(_ k: UInt64) -> ReferralRecord {
    ReferralRecord(
      child: Int32(truncatingIfNeeded: k >> childShift),
      date: first.adding(days: Int((k >> dayShift) & ((1 << (childShift - dayShift)) - 1))),
      nfa: YesNo(rawValue: UInt8(k & 3)) ?? .unknown, file: UInt16((k >> 2) & ((1 << (dayShift - 2)) - 1)))
  }
}

/// Rules applied while building timelines.
public enum Rules {
  public static let duplicateReferral = Rule(
    "TRF001", .warning, "Referrals of the same child on the same date, counted once")
  public static let overlappingContacts = Rule(
    "TRF002", .warning, "Contacts in more than one file (same child, same date), counted once")
}
