import SafeguardCore

extension Reconciliation {
  /// The matching and what each record counts as, ready to be counted over any period.
  struct Facts {
    let police: [PoliceMissingRecord]
    let episodes: [MissingEpisodeRecord]
    let matching: MissingMatching
    let child: [PoliceChild]
    /// Whether each police row's child is known to social care.
    let known: [Bool]
    /// The day each record is counted on: its start, or the earlier start of its pair.
    let policeAnchor: [Day]
    let episodeAnchor: [Day]

    /// The counts of the records whose day falls in `p`.
    func counts(_ p: Period) -> ReconciliationCounts {
      var c = ReconciliationCounts()
      var policeChildren = Set<PoliceChild>()
      var matchedPoliceChildren = Set<PoliceChild>()
      var both = Set<Int32>()
      for (i, r) in police.enumerated() where p.contains(policeAnchor[i]) {
        if matching.outOfArea[i] {
          c.outOfAreaOccurrences += 1
          continue
        }
        c.policeOccurrences += 1
        policeChildren.insert(child[i])
        if let j = matching.episodeOf[i] {
          c.matched += 1
          matchedPoliceChildren.insert(child[i])
          both.insert(episodes[j].child)
          continue
        }
        c.policeOnly += 1
        switch r.risk {
        case .noApparentRisk: c.policeOnlyNoApparentRisk += 1
        case .low: c.policeOnlyLowRisk += 1
        case .medium: c.policeOnlyMediumRisk += 1
        case .high: c.policeOnlyHighRisk += 1
        case nil: c.policeOnlyRiskUnknown += 1
        }
        if matching.ambiguous[i] != nil {
          c.ambiguous += 1
        } else if known[i] {
          c.policeOnlyKnownToCSC += 1
        } else {
          c.policeOnlyNotKnownToCSC += 1
        }
      }
      var cscChildren = Set<Int32>()
      for (j, e) in episodes.enumerated() where p.contains(episodeAnchor[j]) {
        c.cscEpisodes += 1
        cscChildren.insert(e.child)
        guard matching.occurrenceOf[j] == nil else { continue }
        c.cscOnly += 1
        switch e.category {
        case .missing: c.cscOnlyMissing += 1
        case .away: c.cscOnlyAway += 1
        }
        switch e.lookedAfter {
        case .yes: c.cscOnlyLookedAfter += 1
        case .no: c.cscOnlyNotLookedAfter += 1
        case .unknown: c.cscOnlyLookedAfterUnknown += 1
        }
      }
      c.policeChildren = policeChildren.count
      c.cscChildren = cscChildren.count
      c.childrenInBoth = both.count
      c.policeOnlyChildren = policeChildren.subtracting(matchedPoliceChildren).count
      c.cscOnlyChildren = cscChildren.subtracting(both).count
      return c
    }

    /// The unmatched records whose day falls in `p`, out-of-area occurrences included.
    func exceptions(_ p: Period) -> [ReconciliationException] {
      var out: [ReconciliationException] = []
      for (i, r) in police.enumerated() where matching.episodeOf[i] == nil && p.contains(policeAnchor[i]) {
        let reason: ReconciliationException.Reason
        if matching.outOfArea[i], let la = r.homeLA {
          reason = .outOfArea(homeLA: la)
        } else if let n = matching.ambiguous[i] {
          reason = .ambiguous(candidates: n)
        } else {
          reason = known[i] ? .noMatchingEpisode : .childNotKnownToCSC
        }
        out.append(
          ReconciliationException(
            side: .police, occurrenceRef: r.occurrenceRef, personRef: r.personRef, child: r.child,
            birthDate: r.birthDate, start: r.reported, end: r.found, categoryOrRisk: r.risk?.rawValue, reason: reason,
            file: r.file, line: r.line))
      }
      for (j, e) in episodes.enumerated() where matching.occurrenceOf[j] == nil && p.contains(episodeAnchor[j]) {
        out.append(
          ReconciliationException(
            side: .csc, occurrenceRef: nil, personRef: nil, child: e.child, birthDate: e.birthDate, start: e.start,
            end: e.end, categoryOrRisk: e.category.rawValue, reason: .noMatchingOccurrence, file: e.file, line: e.line))
      }
      return out
    }
  }
}
