import SafeguardCore

/// Brings several CIN census files (one per year) into one list of CIN episodes.
///
/// A referral (CIN episode, keyed by child and referral date) that appears in more than one
/// file is taken from the file with the latest reference date, since a later return carries
/// the later closures, plan ends and reviews (`specs/extracts.md` section 1). An episode without
/// a referral date cannot be matched across files and is kept as it is. The dates covered run
/// from 1 April of the earliest census year to the latest reference date.
public enum CensusTransform {
  public static func episodes(from files: [CINCensusFile]) -> (episodes: [CINEpisode], coverage: ClosedRange<Day>?) {
    let ends = files.compactMap(\.header.referenceDate)
    var coverage: ClosedRange<Day>?
    if let first = ends.min(), let last = ends.max() {
      coverage = Period.financialYear(Period.financialYearStart(of: first)).start...last
    }
    // One file without a repeated referral, the usual case: its episodes as they are, not copied.
    if files.count == 1 {
      var keys = files[0].episodes.compactMap { e in e.referralDate.map { key(e.child, $0) } }
      keys.sort()
      if !zip(keys, keys.dropFirst()).contains(where: { $0 == $1 }) { return (files[0].episodes, coverage) }
    }
    // Latest reference date first, so the first copy of an episode seen is the one kept.
    let ordered = files.enumerated().sorted {
      ($0.element.header.referenceDate ?? Day(serial: .min), $1.offset)
        > ($1.element.header.referenceDate ?? Day(serial: .min), $0.offset)
    }
    var seen = Set<ReferralDefinitions.ChildDay>()
    var episodes: [CINEpisode] = []
    for (_, file) in ordered {
      for e in file.episodes {
        if let d = e.referralDate, !seen.insert(key(e.child, d)).inserted { continue }
        episodes.append(e)
      }
    }
    return (episodes, coverage)
  }

  /// A referral's identity across files: the child and the referral date.
  private static func key(_ child: Int32, _ referral: Day) -> ReferralDefinitions.ChildDay { .init(child, referral) }
}
