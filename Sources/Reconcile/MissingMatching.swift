import SafeguardCore

/// Pairs police missing occurrences with social care missing episodes by the three rules of
/// `specs/reconciliation.md`, over every record given (not only a period's), so a record near a
/// period's edge still finds its partner.
///
/// - Rule 3 first: an episode whose `POLICE_REF` equals an occurrence's `Occurrence Ref` is a
///   candidate pair whatever the dates; these pairs are assigned before any other.
/// - Rules 1 and 2: an occurrence with an LA Child ID is a candidate for that child's episodes
///   that overlap it or start within `toleranceDays` calendar days. Without an LA Child ID, the
///   children with an episode of the same date of birth, a fitting sex (equal, or either blank
///   or `U`) and such an interval are counted over every episode (rule-3 pairs included): one
///   child makes that child's unpaired episodes candidates, two or more make the occurrence
///   ambiguous, and a blank date of birth makes none.
/// - Intervals are closed, in minutes: a date-only start is 00:00, a date-only end 23:59, and an
///   open record runs to the end of `extractEnd` (to its own start when later), and an end before
///   the start is read as the start.
/// - Out-of-area occurrences (`Home LA` set and not `settings.la`) are never paired.
/// - Candidates are assigned greedily, each record at most once: closest starts first, then the
///   earliest, then by the two intervals (so swapping the sides gives the same pairs), then by a
///   total order on each record's own fields, never by its position in the input.
struct MissingMatching {
  /// The episode paired with each occurrence.
  var episodeOf: [Int?]
  /// The occurrence paired with each episode.
  var occurrenceOf: [Int?]
  /// Candidate children of each ambiguous occurrence.
  var ambiguous: [Int: Int] = [:]
  /// The one social care child whose date of birth fits an occurrence without an LA Child ID.
  var childByBirth: [Int: Int32] = [:]
  var outOfArea: [Bool]

  init(police: [PoliceMissingRecord], episodes: [MissingEpisodeRecord], settings: ReconciliationSettings) {
    episodeOf = Array(repeating: nil, count: police.count)
    occurrenceOf = Array(repeating: nil, count: episodes.count)
    let own = settings.la.flatMap { Int16($0.value) }
    outOfArea = police.map { p in own != nil && p.homeLA != nil && p.homeLA != own }
    let open = Int64(settings.extractEnd.serial) * 1440 + 1439
    let p = police.map { Interval(start: $0.reported, end: $0.found, open: open) }
    let e = episodes.map { Interval(start: $0.start, end: $0.end, open: open) }
    let pRank = MissingMatching.ranks(police.indices) { a, b in
      let x = police[a]
      let y = police[b]
      return (p[a].start, p[a].end, x.occurrenceRef, x.personRef, x.file, x.line)
        < (p[b].start, p[b].end, y.occurrenceRef, y.personRef, y.file, y.line)
    }
    let eRank = MissingMatching.ranks(episodes.indices) { a, b in
      let x = episodes[a]
      let y = episodes[b]
      return (e[a].start, e[a].end, x.file, x.line, x.policeRef ?? "", x.child)
        < (e[b].start, e[b].end, y.file, y.line, y.policeRef ?? "", y.child)
    }
    func edge(_ i: Int, _ j: Int) -> Edge {
      Edge(police: i, episode: j, p: p[i], e: e[j], policeRank: pRank[i], episodeRank: eRank[j])
    }
    func sameEpisode(_ i: Int, _ j: Int) -> Bool {
      p[i].overlaps(e[j])
        || abs(Int(police[i].reported.day.serial) - Int(episodes[j].start.day.serial)) <= settings.toleranceDays
    }

    // Rule 3.
    var byRef: [String: [Int]] = [:]
    for (i, r) in police.enumerated() where !outOfArea[i] { byRef[r.occurrenceRef, default: []].append(i) }
    var edges: [Edge] = []
    for (j, ep) in episodes.enumerated() where settings.matchPoliceRef {
      guard let ref = ep.policeRef, !ref.isEmpty, let hits = byRef[ref] else { continue }
      for i in hits { edges.append(edge(i, j)) }
    }
    assign(edges)

    // Rules 1 and 2.
    var byChild: [Int32: [Int]] = [:]
    var byBirth: [Day: [Int]] = [:]
    for (j, ep) in episodes.enumerated() {
      byChild[ep.child, default: []].append(j)
      if let dob = ep.birthDate { byBirth[dob, default: []].append(j) }
    }
    edges = []
    for (i, r) in police.enumerated() where !outOfArea[i] && episodeOf[i] == nil {
      var child = r.child
      if child == nil, settings.matchDateOfBirth, let dob = r.birthDate {
        var fits = Set<Int32>()
        for j in byBirth[dob] ?? [] where MissingMatching.sexFits(r.sex, episodes[j].sex) && sameEpisode(i, j) {
          fits.insert(episodes[j].child)
        }
        if fits.count > 1 { ambiguous[i] = fits.count }
        if fits.count == 1 {
          child = fits.first
          childByBirth[i] = fits.first
        }
      }
      guard let child else { continue }
      for j in byChild[child] ?? [] where occurrenceOf[j] == nil && sameEpisode(i, j) { edges.append(edge(i, j)) }
    }
    assign(edges)
  }

  /// Pairs the edges in order, skipping any whose occurrence or episode is already paired.
  private mutating func assign(_ edges: [Edge]) {
    for x in edges.sorted() where episodeOf[x.police] == nil && occurrenceOf[x.episode] == nil {
      episodeOf[x.police] = x.episode
      occurrenceOf[x.episode] = x.police
    }
  }

  /// Equal, or either side blank or `U`.
  static func sexFits(_ a: Sex?, _ b: Sex?) -> Bool {
    guard let a, let b, a != .unknown, b != .unknown else { return true }
    return a == b
  }

  /// The position of each index in the order `less` gives.
  static func ranks(_ indices: Range<Int>, by less: (Int, Int) -> Bool) -> [Int] {
    var rank = [Int](repeating: 0, count: indices.count)
    for (r, i) in indices.sorted(by: less).enumerated() { rank[i] = r }
    return rank
  }
}

/// A closed interval in minutes since 1970.
struct Interval: Hashable, Comparable {
  let start: Int64
  let end: Int64

  init(start: DayTime, end: DayTime?, open: Int64) {
    self.start = start.minutes()
    self.end = max(self.start, end.map { $0.minutes(endOfDayWhenNoTime: true) } ?? open)
  }

  func overlaps(_ o: Interval) -> Bool { start <= o.end && o.start <= end }

  static func < (a: Interval, b: Interval) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// A candidate pair and its place in the assignment order.
struct Edge: Comparable {
  let police: Int
  let episode: Int
  let distance: Int64
  let low: Interval
  let high: Interval
  let policeRank: Int
  let episodeRank: Int

  init(police: Int, episode: Int, p: Interval, e: Interval, policeRank: Int, episodeRank: Int) {
    self.police = police
    self.episode = episode
    distance = abs(p.start - e.start)
    low = min(p, e)
    high = max(p, e)
    self.policeRank = policeRank
    self.episodeRank = episodeRank
  }

  static func < (a: Edge, b: Edge) -> Bool {
    (a.distance, a.low, a.high, a.policeRank, a.episodeRank) < (b.distance, b.low, b.high, b.policeRank, b.episodeRank)
  }
}
