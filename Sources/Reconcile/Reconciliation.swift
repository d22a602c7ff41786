import SafeguardCore

/// Reconciles police missing-person occurrences with social care missing and away episodes
/// (`specs/reconciliation.md`), for a period and each of its months.
///
/// Pairs are found over every record given (see `MissingMatching`); then each record is counted
/// in the month its start falls in, except that a matched pair counts once, with both its
/// records, in the month of the earlier of its two starts. So matched + police-only = police
/// occurrences and matched + CSC-only = CSC episodes in every month and the period, and swapping
/// the sides moves no pair. An occurrence on 1 October matched to an episode that started on
/// 30 September is therefore a September pair, in neither side's count for a quarter starting
/// 1 October; an unmatched record is always in its own start's month.
///
/// Children: the social care child is `CHILD`. On the police side a row's child is its LA Child
/// ID; without one, the social care child it matched or whose date of birth alone fits it
/// (rule 1); failing that, the one child its `Person Ref` gets from its other rows (LA Child IDs
/// and those matches) when there is exactly one; otherwise the `Person Ref` itself stands for
/// the child. `children_in_both` counts the social care children of matched pairs. A police-only
/// occurrence is "known to social care" when its child is an LA child that `knownToCSC` accepts
/// or that has a missing episode; ambiguous occurrences are neither known nor not known (they
/// have their own column).
///
/// Out-of-area occurrences count only in `outOfAreaOccurrences`, by their own start.
public enum Reconciliation {
  /// - Parameters:
  ///   - police: Every police occurrence read (out-of-area ones included).
  ///   - episodes: Every social care missing or away episode read.
  ///   - period: The period reported; its months get a row each unless it is a month.
  ///   - settings: Tolerance, the LA's own code and the extract end.
  ///   - knownToCSC: Whether a child (registry index) appears anywhere in the social care extracts.
  /// - Returns: The period and month rows, and the unmatched records of the period (out-of-area
  ///   occurrences included) in file order.
  public static func reconcile(
    police: [PoliceMissingRecord], episodes: [MissingEpisodeRecord], period: Period,
    settings: ReconciliationSettings, knownToCSC: (Int32) -> Bool
  ) -> ReconciliationResult {
    let m = MissingMatching(police: police, episodes: episodes, settings: settings)
    let who = policeChildren(police, episodes, m)
    let episodeChildren = Set(episodes.map(\.child))
    let known = who.map { c -> Bool in
      if case .child(let id) = c { return episodeChildren.contains(id) || knownToCSC(id) }
      return false
    }
    var policeAnchor = police.map(\.reported.day)
    var episodeAnchor = episodes.map(\.start.day)
    for (i, j) in m.episodeOf.enumerated() {
      guard let j else { continue }
      let day = min(policeAnchor[i], episodeAnchor[j])
      policeAnchor[i] = day
      episodeAnchor[j] = day
    }
    let facts = Facts(
      police: police, episodes: episodes, matching: m, child: who, known: known, policeAnchor: policeAnchor,
      episodeAnchor: episodeAnchor)
    let months: [Period] =
      period.kind == .month
      ? []
      : (0..<period.months).map { k in
        let d = period.start.adding(months: k); return .month(d.year, d.month)
      }
    return ReconciliationResult(
      settings: settings, total: ReconciliationRow(period: period, counts: facts.counts(period)),
      months: months.map { ReconciliationRow(period: $0, counts: facts.counts($0)) },
      exceptions: ReconciliationException.ordered(facts.exceptions(period)))
  }

  /// `reconcile` with the children known to social care as a set of registry indexes.
  public static func reconcile(
    police: [PoliceMissingRecord], episodes: [MissingEpisodeRecord], period: Period,
    settings: ReconciliationSettings, knownToCSC: Set<Int32>
  ) -> ReconciliationResult {
    reconcile(police: police, episodes: episodes, period: period, settings: settings) { knownToCSC.contains($0) }
  }

  /// Who a police row is about, for counting distinct children.
  enum PoliceChild: Hashable {
    case child(Int32)
    case person(String)
  }

  /// Each police row's child, by the order of preference in the type's comment.
  static func policeChildren(
    _ police: [PoliceMissingRecord], _ episodes: [MissingEpisodeRecord], _ m: MissingMatching
  ) -> [PoliceChild] {
    let direct = police.indices.map { i -> Int32? in
      if let c = police[i].child { return c }
      if let j = m.episodeOf[i] { return episodes[j].child }
      return m.childByBirth[i]
    }
    var byPerson: [String: Set<Int32>] = [:]
    for (i, r) in police.enumerated() where !m.outOfArea[i] {
      if let c = direct[i] { byPerson[r.personRef, default: []].insert(c) }
    }
    return police.indices.map { i in
      if let c = direct[i] { return .child(c) }
      if let s = byPerson[police[i].personRef], s.count == 1 { return .child(s.first!) }
      return .person(police[i].personRef)
    }
  }
}
