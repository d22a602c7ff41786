import SafeguardCore

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
  public static func timeline(from set: ExtractSet) -> (FrontDoorTimeline, [Finding]) {
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
      // Sort packed keys (child, date, file, NFA) rather than structs: national extracts hold millions.
      var keys = set.referrals.map(packKey)
      RadixSort.sort(&keys)
      // Count over the files' covered range, widened to any record outside it (none when the
      // coverage comes from the records themselves, as it does when reading).
      var lo = range.lowerBound
      var hi = range.upperBound
      for r in set.referrals {
        if r.date < lo { lo = r.date }
        if r.date > hi { hi = r.date }
      }
      let days = lo.days(to: hi) + 1
      var all = [Int](repeating: 0, count: days)
      var re = all
      var yes = all
      var known = all
      var previous: ReferralRecord?
      for key in keys {
        let r = unpack(key)
        if let p = previous, p.child == r.child, p.date == r.date {
          let file = set.files[Int(r.file)].file
          findings.append(
            Finding(
              Rules.duplicateReferral, source: ExtractKind.annexAReferrals.rawValue, file: file,
              childRef: set.children[r.child], field: "Date of referral", value: r.date.iso,
              message: p.file == r.file
                ? "the child has two referrals on the same date in this file; counted once"
                : "the same referral is also in \(set.files[Int(p.file)].file); counted once"))
          continue
        }
        let i = lo.days(to: r.date)
        all[i] += 1
        if let p = previous, p.child == r.child, p.date >= r.date.adding(months: -12) { re[i] += 1 }
        if r.nfa == .yes { yes[i] += 1 }
        if r.nfa != .unknown { known[i] += 1 }
        previous = r
      }
      let first = lo
      referrals = .init(
        all: DailyCounts(first: first, perDay: all), rereferrals: DailyCounts(first: first, perDay: re),
        nfaYes: DailyCounts(first: first, perDay: yes), nfaKnown: DailyCounts(first: first, perDay: known),
        coverage: range)
    }
    return (
      FrontDoorTimeline(contacts: contactCounts, contactCoverage: contactCoverage, referrals: referrals), findings
    )
  }

  /// child (32 bits) | date + 2^16 (17 bits) | file (10 bits) | NFA (2 bits): sorts by child, date, file.
  @inline(__always)
  static func packKey(_ r: ReferralRecord) -> UInt64 {
    UInt64(UInt32(bitPattern: r.child)) << 32 | UInt64(UInt32(r.date.serial + 0x10000) & 0x1FFFF) << 12
      | UInt64(min(r.file, 1023)) << 2 | UInt64(r.nfa.rawValue)
  }

  @inline(__always)
  static func unpack(_ k: UInt64) -> ReferralRecord {
    ReferralRecord(
      child: Int32(bitPattern: UInt32(k >> 32)), date: Day(serial: Int32((k >> 12) & 0x1FFFF) - 0x10000),
      nfa: YesNo(rawValue: UInt8(k & 3)) ?? .unknown, file: UInt16((k >> 2) & 0x3FF))
  }
}

/// Rules applied while building timelines.
public enum Rules {
  public static let duplicateReferral = Rule(
    "TRF001", .warning, "Referrals of the same child on the same date, counted once")
  public static let overlappingContacts = Rule(
    "TRF002", .warning, "Contacts in more than one file (same child, same date), counted once")
}
