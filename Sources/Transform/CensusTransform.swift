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
    // Latest reference date first, so the first copy of an episode seen is the one kept.
    let ordered = files.enumerated().sorted {
      ($0.element.header.referenceDate ?? Day(serial: .min), $1.offset)
        > ($1.element.header.referenceDate ?? Day(serial: .min), $0.offset)
    }
    var seen = Set<Int64>()
    var episodes: [CINEpisode] = []
    for (_, file) in ordered {
      for e in file.episodes {
        if let d = e.referralDate {
          let key = Int64(e.child) << 32 | Int64(UInt32(bitPattern: d.serial))
          if !seen.insert(key).inserted { continue }
        }
        episodes.append(e)
      }
    }
    let ends = files.compactMap(\.header.referenceDate)
    guard let first = ends.min(), let last = ends.max() else { return (episodes, nil) }
    let start = Period.financialYear(Period.financialYearStart(of: first)).start
    return (episodes, start...last)
  }
}
