import SafeguardCore

/// Removes the records that two overlapping extracts of one kind both carry, so that an LA can
/// hand over, say, each quarter's police export without the overlap being counted twice.
///
/// The same record is: for police occurrences, the same `Occurrence Ref`; for LADO contacts, the
/// same `LADO Ref`; for social care missing episodes (which have no reference), the same child and
/// the same start date and time. Within one file the readers already keep the first of a repeated
/// reference (`ING036`); here only copies in *different* files are removed. The copy kept is the
/// one from the file whose latest date is latest (a later export carries the later `Found`,
/// `MIS_END` and `Date Concluded`), and between files ending on the same day the one read last.
/// Each kind with copies removed gets one warning saying how many.
public enum MissingAndLADOTransform {
  public static func deduplicate(_ set: inout ExtractSet) -> [Finding] {
    // A file's rank: later latest date first, then later in reading order.
    let rank = set.files.enumerated().map { i, f in (f.lastDate?.serial ?? .min, i) }
    func newer(_ a: UInt16, than b: UInt16) -> Bool { rank[Int(a)] > rank[Int(b)] }
    var findings: [Finding] = []
    func note(_ removed: Int, _ kind: ExtractKind, _ what: String) {
      guard removed > 0 else { return }
      findings.append(
        Finding(
          Rules.overlappingExtracts, source: kind.rawValue, file: "",
          message: "\(removed) \(what) appear in more than one file and are counted once (the later export's row kept)")
      )
    }
    var removed = 0
    set.policeMissing = keepNewest(
      set.policeMissing, key: \.occurrenceRef, file: \.file, newer: newer, removed: &removed)
    note(removed, .policeMissing, "police occurrences (same Occurrence Ref)")
    removed = 0
    set.ladoContacts = keepNewest(set.ladoContacts, key: \.ref, file: \.file, newer: newer, removed: &removed)
    note(removed, .lado, "LADO contacts (same LADO Ref)")
    removed = 0
    set.missingEpisodes = keepNewest(
      set.missingEpisodes, key: { EpisodeKey(child: $0.child, start: $0.start) }, file: \.file, newer: newer,
      removed: &removed)
    note(removed, .missingEpisodes, "social care missing episodes (same child and start)")
    findings += removeAdults(&set)
    return findings
  }

  /// Police occurrences of a person already 18 on the day reported: the extract and the
  /// `police_missing_*` indicators are for under-18s, so each is left out with a finding naming
  /// its line. A person born on 29 February turns 18 on 1 March in a year that has none.
  static func removeAdults(_ set: inout ExtractSet) -> [Finding] {
    var findings: [Finding] = []
    let names = set.files.map(\.file)
    set.policeMissing.removeAll { r in
      guard let dob = r.birthDate, r.reported.day >= eighteenthBirthday(dob) else { return false }
      findings.append(
        Finding(
          Rules.adultInPoliceExtract, source: ExtractKind.policeMissing.rawValue, file: names[Int(r.file)],
          line: Int(r.line), childRef: r.child.map { set.children[$0] }, field: "Date of Birth", value: dob.iso,
          message:
            "\(r.occurrenceRef): the person was 18 or over when reported missing (\(r.reported.day.iso)), so the occurrence is left out"
        ))
      return true
    }
    return findings
  }

  static func eighteenthBirthday(_ dob: Day) -> Day {
    let (y, m, d) = dob.components
    return Day(year: y + 18, month: m, day: d) ?? Day(year: y + 18, month: 3, day: 1)!
  }

  struct EpisodeKey: Hashable {
    let child: Int32
    let start: DayTime
  }

  /// `records` with, for each key held in more than one file, only the newest file's record; the
  /// order of the records kept is unchanged. Copies within one file are all kept (the reader has
  /// dealt with those).
  static func keepNewest<R, K: Hashable>(
    _ records: [R], key: (R) -> K, file: (R) -> UInt16, newer: (UInt16, UInt16) -> Bool, removed: inout Int
  ) -> [R] {
    var best: [K: UInt16] = [:]
    var files: [K: Set<UInt16>] = [:]
    for r in records {
      let k = key(r)
      let f = file(r)
      if let b = best[k] {
        if b != f {
          files[k, default: [b]].insert(f)
          if newer(f, b) { best[k] = f }
        }
      } else {
        best[k] = f
      }
    }
    guard !files.isEmpty else { return records }
    let kept = records.filter { r in
      let k = key(r)
      return files[k] == nil || best[k] == file(r)
    }
    removed = records.count - kept.count
    return kept
  }
}

extension Rules {
  public static let overlappingExtracts = Rule(
    "TRF003", .warning, "Missing, police or LADO records in more than one file, counted once")
  public static let adultInPoliceExtract = Rule(
    "TRF004", .query, "Police missing occurrences of people aged 18 or over, left out")
}
