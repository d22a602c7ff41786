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
    var contactGroups: [BreakdownDimension: [DailyCounts]] = [:]
    if let range = contactCoverage {
      // Each contact with its breakdown groups (all unknown when read without details).
      struct Keyed {
        let child: Int32
        let date: Day
        let file: UInt16
        let groups: UInt16
      }
      let details = set.contactDetails
      var grouper: FrontDoorGrouper?
      let dated = set.contacts.lazy.map(\.date)
      if details.count == set.contacts.count, !details.carries.isEmpty, let first = dated.min(), let last = dated.max()
      {
        grouper = FrontDoorGrouper(details, dates: first...last)
      }
      let sorted = set.contacts.enumerated().map { i, c in
        Keyed(child: c.child, date: c.date, file: c.file, groups: grouper?.groups(at: i, on: c.date).packed ?? 0)
      }.sorted { ($0.child, $0.date.serial, $0.file) < ($1.child, $1.date.serial, $1.file) }
      var kept: [Day] = []
      kept.reserveCapacity(sorted.count)
      // Per day, the kept contacts in each group slot (see `FrontDoorTallyLayout`).
      let days = range.lowerBound.days(to: range.upperBound) + 1
      var tally = [Int](repeating: 0, count: grouper == nil ? 0 : days * FrontDoorTallyLayout.slots)
      var overlaps = 0
      var i = 0
      while i < sorted.count {
        // Within one child and day: keep every contact of the file with most (the first such file
        // on a tie), drop copies from other files.
        var j = i
        var perFile: [UInt16: Int] = [:]
        while j < sorted.count && sorted[j].child == sorted[i].child && sorted[j].date == sorted[i].date {
          perFile[sorted[j].file, default: 0] += 1
          j += 1
        }
        let keep = perFile.values.max() ?? 0
        overlaps += (j - i) - keep
        for _ in 0..<keep { kept.append(sorted[i].date) }
        let day = range.lowerBound.days(to: sorted[i].date)
        if grouper != nil, day >= 0, day < days, let file = perFile.filter({ $0.value == keep }).keys.min() {
          for c in sorted[i..<j] where c.file == file {
            let slots = FrontDoorTallyLayout.slots(FrontDoorGroups(packed: c.groups))
            for slot in [slots.1, slots.2, slots.3] { tally[day * FrontDoorTallyLayout.slots + slot] += 1 }
          }
        }
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
      for (d, offset) in zip(FrontDoorTallyLayout.dimensions, FrontDoorTallyLayout.offsets)
      where d != .ethnicity && grouper != nil && details.carries.contains(d) {
        contactGroups[d] = d.groups.indices.map { g in
          DailyCounts(
            first: range.lowerBound,
            perDay: (0..<days).map { tally[$0 * FrontDoorTallyLayout.slots + offset + g] })
        }
      }
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
      let order = order ?? ReferralOrder(set.referrals, details: set.referralDetails)
      let days = lo.days(to: hi) + 1
      // The start of each day's 12-month look-back, worked out once per day rather than per referral.
      let lookBack = (0..<days).map { ReferralDefinitions.lookBackStart(for: lo.adding(days: $0)) }
      // The referrals are cut in two at a change of child, and each part is tallied on its own
      // thread: per day and per slot (the total, then each breakdown group when the referrals
      // carry them), referrals, re-referrals, NFA yes and NFA known side by side. Only the total
      // and the sources need all four (the percentages are broken down by source alone); the
      // other groups count referrals.
      let cut = order.childBoundary(near: order.count / 2)
      let parts = order.count >= RadixSort.parallelFrom ? [0..<cut, cut..<order.count] : [0..<order.count]
      let grouped = order.hasGroups
      // The tally slots of every packed group value, worked out once.
      let slotsOf =
        grouped
        ? (0..<(1 << FrontDoorGroups.bits)).map { FrontDoorTallyLayout.slots(FrontDoorGroups(packed: UInt16($0))) } : []
      let stride = 4 * (grouped ? FrontDoorTallyLayout.slots : 1)
      var tallies = [[Int]](repeating: [], count: parts.count)
      var partFindings = [[Finding]](repeating: [], count: parts.count)
      tallies.withUnsafeMutableBufferPointer { tallyOut in
        partFindings.withUnsafeMutableBufferPointer { findingsOut in
          Parallel.run(parts.count) { part in
            var tally = [Int](repeating: 0, count: days * stride)
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
                let re = ReferralDefinitions.isRereferral(r.date, previous: previousDay, lookBackStart: lookBack[i])
                let yes = r.nfa == .yes
                let known = r.nfa != .unknown
                func add(_ slot: Int) {
                  let at = stride * i + 4 * slot
                  t[at] += 1
                  if re { t[at + 1] += 1 }
                  if yes { t[at + 2] += 1 }
                  if known { t[at + 3] += 1 }
                }
                add(0)
                if grouped {
                  let s = slotsOf[order.packedGroups(at: k)]
                  add(s.1)
                  t[stride * i + 4 * s.2] += 1
                  t[stride * i + 4 * s.3] += 1
                  t[stride * i + 4 * s.4] += 1
                }
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
      let first = lo
      func counts(slot: Int) -> FrontDoorTimeline.Referrals {
        let perDay = { (column: Int) in (0..<days).map { tally[stride * $0 + 4 * slot + column] } }
        return .init(
          all: DailyCounts(first: first, perDay: perDay(0)), rereferrals: DailyCounts(first: first, perDay: perDay(1)),
          nfaYes: DailyCounts(first: first, perDay: perDay(2)), nfaKnown: DailyCounts(first: first, perDay: perDay(3)),
          coverage: range)
      }
      var byGroup: [BreakdownDimension: [FrontDoorTimeline.Referrals]] = [:]
      if grouped {
        for (d, offset) in zip(FrontDoorTallyLayout.dimensions, FrontDoorTallyLayout.offsets)
        where set.referralDetails.carries.contains(d) {
          byGroup[d] = d.groups.indices.map { counts(slot: offset + $0) }
        }
      }
      let total = counts(slot: 0)
      referrals = .init(
        all: total.all, rereferrals: total.rereferrals, nfaYes: total.nfaYes, nfaKnown: total.nfaKnown,
        coverage: range, byGroup: byGroup)
    }
    return (
      FrontDoorTimeline(
        contacts: contactCounts, contactCoverage: contactCoverage, referrals: referrals, contactGroups: contactGroups),
      findings
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

/// Referrals packed as sortable 64-bit keys, child | day | file | NFA | breakdown groups from the
/// top, each part in as few bits as this extract needs (a shorter key sorts in fewer passes). The
/// groups (`FrontDoorGroups`, 12 bits) are packed only when the referrals were read with details.
struct ReferralKeys {
  /// The earliest day a key can hold.
  let first: Day
  private let nfaShift: UInt64
  private let dayShift: UInt64
  private let childShift: UInt64

  /// Keys for children 0...`lastChild`, days `first`...`last` and files 0...`lastFile` (files
  /// past 1023 are kept as 1023), with room for the breakdown groups when `groups`.
  init(first: Day, last: Day, lastChild: Int32, lastFile: UInt16, groups: Bool = false) {
    precondition(first <= last && lastChild >= 0)
    self.first = first
    let fileBits = UInt64(UInt16.bitWidth - min(lastFile, 1023).leadingZeroBitCount)
    let dayBits = UInt64(Int.bitWidth - first.days(to: last).leadingZeroBitCount)
    let childBits = UInt64(Int32.bitWidth - lastChild.leadingZeroBitCount)
    nfaShift = groups ? UInt64(FrontDoorGroups.bits) : 0
    dayShift = nfaShift + 2 + fileBits
    childShift = dayShift + dayBits
    precondition(childShift + childBits <= 64, "referral keys need more than 64 bits")
  }

  var hasGroups: Bool { nfaShift > 0 }

  @inline(__always)
  func pack(_ r: ReferralRecord, groups: UInt16 = 0) -> UInt64 {
    UInt64(UInt32(bitPattern: r.child)) << childShift | UInt64(first.days(to: r.date)) << dayShift
      | UInt64(min(r.file, 1023)) << (nfaShift + 2) | UInt64(r.nfa.rawValue) << nfaShift | UInt64(groups)
  }

  /// Every record's key, packed on two threads when there are many; `groups` gives record `i`'s
  /// packed breakdown groups when the keys have room for them.
  static func packAll(
    _ records: [ReferralRecord], _ packing: ReferralKeys, groups: FrontDoorGrouper? = nil
  ) -> [UInt64] {
    let n = records.count
    return [UInt64](unsafeUninitializedCapacity: n) { keys, count in
      records.withUnsafeBufferPointer { r in
        let parts = n >= RadixSort.parallelFrom ? 2 : 1
        Parallel.run(parts) { part in
          for i in (n * part / parts)..<(n * (part + 1) / parts) {
            let g = packing.hasGroups ? groups?.packedGroups(at: i, on: r[i].date) ?? 0 : 0
            (keys.baseAddress! + i).initialize(to: packing.pack(r[i], groups: g))
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
      nfa: YesNo(rawValue: UInt8((k >> nfaShift) & 3)) ?? .unknown,
      file: UInt16((k >> (nfaShift + 2)) & ((1 << (dayShift - nfaShift - 2)) - 1)))
  }

  /// The breakdown groups packed in `k` (all unknown when the keys carry none).
  @inline(__always)
  func groups(_ k: UInt64) -> FrontDoorGroups {
    hasGroups ? FrontDoorGroups(packed: UInt16(k & ((1 << nfaShift) - 1))) : .unknown
  }
}

/// Rules applied while building timelines.
public enum Rules {
  public static let duplicateReferral = Rule(
    "TRF001", .warning, "Referrals of the same child on the same date, counted once")
  public static let overlappingContacts = Rule(
    "TRF002", .warning, "Contacts in more than one file (same child, same date), counted once")
}
