import Reconcile
import Report
import SafeguardCore

extension Runner {
  /// The police and social care missing records reconciled for `period`, per
  /// `specs/reconciliation.md`; nil (and a log line saying why) unless both extracts were read.
  ///
  /// Open intervals run to the end of the extracts: the latest start, end or found date on either
  /// side. A child is known to social care when any social care record names them: an Annex A
  /// list, a census child, or a missing episode.
  func reconcileMissing(_ set: ExtractSet, period: Period, settings: PipelineSettings) -> ReconciliationResult? {
    guard !set.policeMissing.isEmpty, !set.missingEpisodes.isEmpty else {
      let absent = set.policeMissing.isEmpty ? "police missing-person reports" : "social care missing episodes"
      log.info("missing reconciliation: no \(absent) were read, so missing_reconciliation.csv is not written")
      return nil
    }
    let dates =
      set.policeMissing.flatMap { [$0.reported.day, $0.found?.day].compactMap { $0 } }
      + set.missingEpisodes.flatMap { [$0.start.day, $0.end?.day].compactMap { $0 } }
    let reconciliationSettings = ReconciliationSettings(
      toleranceDays: settings.missingToleranceDays, la: settings.la, extractEnd: dates.max()!,
      matchPoliceRef: settings.missingMatchPoliceRef, matchDateOfBirth: settings.missingMatchDateOfBirth)
    if settings.la == nil {
      log.info("missing reconciliation: no LA set, so no police occurrence is treated as out of area")
    }
    let result = Reconciliation.reconcile(
      police: set.policeMissing, episodes: set.missingEpisodes, period: period, settings: reconciliationSettings,
      knownToCSC: Self.childrenKnownToSocialCare(set))
    log.info("missing reconciliation: " + ReconciliationTables.headline(result.summary))
    return result
  }

  /// Every child that a social care record names (registry indexes).
  static func childrenKnownToSocialCare(_ set: ExtractSet) -> Set<Int32> {
    var known = Set<Int32>()
    known.formUnion(set.contacts.lazy.map(\.child))
    known.formUnion(set.referrals.lazy.map(\.child))
    known.formUnion(set.earlyHelp.lazy.map(\.child))
    known.formUnion(set.assessments.lazy.map(\.child))
    known.formUnion(set.section47s.lazy.map(\.child))
    known.formUnion(set.cinRecords.lazy.map(\.child))
    known.formUnion(set.plans.lazy.map(\.child))
    known.formUnion(set.careEpisodes.lazy.map(\.child))
    known.formUnion(set.missingEpisodes.lazy.map(\.child))
    for file in set.census { known.formUnion(file.children.lazy.map(\.child)) }
    return known
  }
}

extension Runner {
  /// `safeguard reconcile`: reads one police and one social care missing extract (each recognised
  /// from its headers, so a swapped pair is reported, not reconciled) and reconciles them for
  /// `period` (default: the latest complete quarter of the two files). Without other social care
  /// extracts, a child is known to social care when the social care file has an episode for them.
  ///
  /// - Returns: the result and the text to print: the table, then the headline.
  public func reconcile(
    police: String, csc: String, period: String?, la: String?, toleranceDays: Int, policeRef: Bool = true,
    dateOfBirth: Bool = true
  ) throws -> (result: ReconciliationResult, text: String) {
    var settings = PipelineSettings(
      missingToleranceDays: toleranceDays, missingMatchPoliceRef: policeRef, missingMatchDateOfBirth: dateOfBirth)
    if let la {
      guard let code = LACode(la) else {
        throw RunFailure(.usage, "--la '\(la)' is not a 3-digit DfE LA number (for example 332)")
      }
      settings.la = code
    }
    var asked: Period?
    if let period {
      do { asked = try Period.parse(period) } catch { throw RunFailure(.usage, "--period: \(error)") }
    }
    guard (0...31).contains(toleranceDays) else {
      throw RunFailure(.usage, "--tolerance-days \(toleranceDays) is out of range; expected 0 to 31 calendar days")
    }
    let police = (path: police, option: "--police", kind: ExtractKind.policeMissing)
    let csc = (path: csc, option: "--csc", kind: ExtractKind.missingEpisodes)
    let sources = try [police, csc].map {
      ($0.path, try InputFiles.list($0.path, describedAs: "given as \($0.option)"))
    }
    let reading = try ExtractReading.read(sources: sources, log: log, hashing: false)
    _ = reading.hasher.wait()
    let set = reading.set
    // Each option must name the extract it says: the kinds of the files read from its path.
    for (side, (_, files)) in zip([police, csc], sources) {
      let paths = Set(files.map(\.path))
      let kinds = zip(set.files, reading.csvPaths).filter { paths.contains($0.1) }.map(\.0.kind)
      guard kinds.contains(side.kind) else {
        let found = kinds.isEmpty ? "no extract the pipeline recognises" : kinds.map(\.title).joined(separator: ", ")
        throw RunFailure(.dataError, "\(side.path) (\(side.option)) holds \(found), not \(side.kind.title)")
      }
    }
    let chosen = try asked ?? resolve(.latestCompleteQuarter, set)
    guard let result = reconcileMissing(set, period: chosen, settings: settings) else {
      throw RunFailure(.noInput, "one of the two extracts holds no usable rows, so there is nothing to reconcile")
    }
    let text =
      ReconciliationTables.consoleTable(result) + "\n" + ReconciliationTables.explanation(result.total) + "\n"
      + ReconciliationTables.headline(result.summary) + "\n"
    return (result, text)
  }
}
