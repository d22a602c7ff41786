import SafeguardCore

/// Checks that several rules make in the same way, each over a different module.
enum EpisodeChecks {
  /// One issue for each module of `modules` whose date `date` (the field `field`) reads as a day
  /// before its episode's referral date, at the module's date and linked to the referral. Modules
  /// or referrals without a readable date are skipped (other rules report those); the same day passes.
  static func startsBeforeReferral<Module>(
    _ info: CensusRuleInfo, _ child: CensusChild, field: String, modules: (CensusEpisode) -> [Module],
    date: (Module) -> (CensusDate, line: Int32), into report: inout ValidationReport
  ) {
    for episode in child.episodes {
      guard let referral = episode.referralDate.value else { continue }
      for module in modules(episode) {
        let (start, line) = date(module)
        guard let day = start.value, day < referral else { continue }
        report.add(
          info,
          at: [
            CensusPlace(field, start, within: line),
            CensusPlace("CINreferralDate", episode.referralDate, within: episode.line),
          ])
      }
    }
  }

  /// One issue for each `AssessmentFactors` that reads `code`, in any assessment of the child.
  static func factorUsed(
    _ code: String, _ info: CensusRuleInfo, _ child: CensusChild, into report: inout ValidationReport
  ) {
    for episode in child.episodes {
      for assessment in episode.assessments {
        for factor in assessment.factors where factor.value == code {
          report.add(info, at: CensusPlace("AssessmentFactors", factor, within: assessment.line))
        }
      }
    }
  }

  /// Each pair of `items` in which one starts while the other runs: on or after the other's start
  /// and on or before its end or, when it has none (absent or blank) and `stillOpen` says it runs
  /// on, the reference date. Pairs with a start missing or unreadable, or the other's end
  /// unreadable, are skipped (other rules report those). Returns (the one that started inside, the
  /// one it started in), pairs in the order of the items.
  static func startedWithinAnother<Item>(
    _ items: [Item], start: (Item) -> CensusDate, end: (Item) -> CensusDate, stillOpen: (Item) -> Bool,
    reference: Day
  ) -> [(inside: Item, open: Item)] {
    func starts(_ a: Item, within b: Item) -> Bool {
      guard let s = start(a).value, let opened = start(b).value, s >= opened else { return false }
      let e = end(b)
      switch e.state {
      case .present: return s <= e.value!
      case .absent, .blank: return stillOpen(b) && s <= reference
      case .unreadable: return false
      }
    }
    var pairs: [(inside: Item, open: Item)] = []
    for i in items.indices {
      for j in items.indices where j > i {
        if starts(items[i], within: items[j]) {
          pairs.append((items[i], items[j]))
        } else if starts(items[j], within: items[i]) {
          pairs.append((items[j], items[i]))
        }
      }
    }
    return pairs
  }

  /// One issue for each module of `modules` whose date (the field `field`) reads as a day after
  /// the child's date of death, at the module's date and linked to the death. Nothing is checked
  /// without a readable date of death; the day of death itself passes.
  static func afterDeath<Module>(
    _ info: CensusRuleInfo, _ child: CensusChild, field: String, modules: (CensusEpisode) -> [Module],
    date: (Module) -> (CensusDate, line: Int32), into report: inout ValidationReport
  ) {
    guard let death = child.deathDate.value else { return }
    for episode in child.episodes {
      for module in modules(episode) {
        let (value, line) = date(module)
        guard let day = value.value, day > death else { continue }
        report.add(
          info,
          at: [
            CensusPlace(field, value, within: line),
            CensusPlace("PersonDeathDate", child.deathDate, within: child.line),
          ])
      }
    }
  }

  /// One issue for each module of `modules` whose date (the field `field`) reads as a day that
  /// `fails`, at that date. Missing or unreadable dates are skipped (other rules report those).
  static func datesWhere<Module>(
    _ info: CensusRuleInfo, _ child: CensusChild, field: String, modules: (CensusEpisode) -> [Module],
    date: (Module) -> (CensusDate, line: Int32), fails: (Day) -> Bool, into report: inout ValidationReport
  ) {
    for episode in child.episodes {
      for module in modules(episode) {
        let (value, line) = date(module)
        guard let day = value.value, fails(day) else { continue }
        report.add(info, at: CensusPlace(field, value, within: line))
      }
    }
  }

  /// One issue for each module of `modules` whose two dates both read and `fail` together, at
  /// the first date and linked to the second (both in the module, at its line).
  static func datePairsWhere<Module>(
    _ info: CensusRuleInfo, _ child: CensusChild, modules: (CensusEpisode) -> [Module],
    first: (field: String, date: (Module) -> CensusDate), second: (field: String, date: (Module) -> CensusDate),
    line: (Module) -> Int32, fail: (Day, Day) -> Bool, into report: inout ValidationReport
  ) {
    for episode in child.episodes {
      for module in modules(episode) {
        let (a, b) = (first.date(module), second.date(module))
        guard let x = a.value, let y = b.value, fail(x, y) else { continue }
        report.add(
          info,
          at: [
            CensusPlace(first.field, a, within: line(module)), CensusPlace(second.field, b, within: line(module)),
          ])
      }
    }
  }

  /// One issue for each Section 47 enquiry still awaiting its conference (no `DateOfInitialCPC`,
  /// and `ICPCnotRequired` false) whose start reads as a day that `fails`, at the start and linked
  /// to the missing conference date and the answer.
  static func awaitingConference(
    _ info: CensusRuleInfo, _ child: CensusChild, startFails fails: (Day) -> Bool,
    into report: inout ValidationReport
  ) {
    for episode in child.episodes {
      for s in episode.section47s where s.icpcDate.isMissing && s.icpcNotRequired.value == .no {
        guard let start = s.start.value, fails(start) else { continue }
        report.add(
          info,
          at: [
            CensusPlace("S47ActualStartDate", s.start, within: s.line),
            CensusPlace("DateOfInitialCPC", s.icpcDate, within: s.line),
            CensusPlace("ICPCnotRequired", s.icpcNotRequired, within: s.line),
          ])
      }
    }
  }
}
