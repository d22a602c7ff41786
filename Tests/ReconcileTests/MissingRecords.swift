import SafeguardCore

@testable import Reconcile

/// Builds synthetic police occurrences and social care episodes for the reconciliation tests.
enum MissingRecords {
  /// `2024-10-31 23:00`, or `2024-10-31` for a date only.
  static func at(_ s: String) -> DayTime {
    let parts = s.split(separator: " ")
    let day = Day(iso: String(parts[0]))!
    guard parts.count == 2 else { return DayTime(day: day) }
    let hm = parts[1].split(separator: ":")
    return DayTime(day: day, hour: Int(hm[0])!, minute: Int(hm[1])!)!
  }

  static func occurrence(
    _ ref: String, child: Int32? = nil, person: String? = nil, dob: String? = nil, sex: Sex? = nil, _ start: String,
    _ end: String?, risk: MissingRisk? = .medium, homeLA: Int16? = nil, line: UInt32 = 2
  ) -> PoliceMissingRecord {
    PoliceMissingRecord(
      occurrenceRef: ref, personRef: person ?? "P-\(ref)", child: child, birthDate: dob.map { Day(iso: $0)! },
      sex: sex, reported: at(start), found: end.map(at), risk: risk, missingFrom: .care, homeLA: homeLA, file: 1,
      line: line)
  }

  static func episode(
    child: Int32, dob: String? = nil, sex: Sex? = nil, _ start: String, _ end: String?,
    category: MissingCategory = .missing, lookedAfter: YesNo = .yes, policeRef: String? = nil, line: UInt32 = 2
  ) -> MissingEpisodeRecord {
    MissingEpisodeRecord(
      child: child, birthDate: dob.map { Day(iso: $0)! }, sex: sex, lookedAfter: lookedAfter, category: category,
      start: at(start), end: end.map(at), rhiOffered: .unknown, rhiAccepted: .unknown, rhiDate: nil,
      policeRef: policeRef, file: 0, line: line)
  }

  /// LA 332, extract end 31 December 2024.
  static func settings(tolerance: Int = 1, extractEnd: String = "2024-12-31") -> ReconciliationSettings {
    ReconciliationSettings(toleranceDays: tolerance, la: LACode("332"), extractEnd: Day(iso: extractEnd)!)
  }

  /// Reconciles over 2024-25-Q3 (October to December 2024) unless told otherwise.
  static func run(
    _ police: [PoliceMissingRecord], _ episodes: [MissingEpisodeRecord], period: Period = .quarter(2024, 3),
    settings: ReconciliationSettings = settings(), known: Set<Int32> = []
  ) -> ReconciliationResult {
    Reconciliation.reconcile(police: police, episodes: episodes, period: period, settings: settings, knownToCSC: known)
  }
}

extension ReconciliationResult {
  /// The row for a month label such as `2024-10`.
  func month(_ label: String) -> ReconciliationCounts? { months.first { $0.period.label == label }?.counts }
}
