/// Values of the police vs social care missing reconciliation (`specs/reconciliation.md`), so the
/// `Reconcile` stage can produce them and `Report` write them without importing each other.

/// Settings of one reconciliation.
public struct ReconciliationSettings: Hashable, Sendable {
  /// Starts at most this many calendar days apart are the same episode (rule 2); default 1.
  public var toleranceDays: Int
  /// The LA's own DfE code. An occurrence whose `Home LA` is set and differs is out of area;
  /// nil treats every occurrence as the LA's own.
  public var la: LACode?
  /// The last day the extracts cover: an open episode or occurrence runs to the end of this day
  /// (or to its own start, when it starts later).
  public var extractEnd: Day
  /// Rule 3: a `POLICE_REF` on a social care row that equals an `Occurrence Ref` is a match. Default on.
  public var matchPoliceRef: Bool
  /// Rule 1's second half: a police row without an LA Child ID is tied to the one social care
  /// child whose date of birth (and sex) fits. Default on.
  public var matchDateOfBirth: Bool

  public init(
    toleranceDays: Int = 1, la: LACode?, extractEnd: Day, matchPoliceRef: Bool = true, matchDateOfBirth: Bool = true
  ) {
    self.toleranceDays = toleranceDays
    self.la = la
    self.extractEnd = extractEnd
    self.matchPoliceRef = matchPoliceRef
    self.matchDateOfBirth = matchDateOfBirth
  }
}

/// The counts of one row of `missing_reconciliation.csv` (the period, or one month).
///
/// Matched + police-only = police occurrences, and matched + CSC-only = CSC episodes. The splits
/// add up too: category M + A = CSC-only; looked after yes + no + unknown = CSC-only; the five
/// risk columns = police-only; known + not known + ambiguous = police-only.
public struct ReconciliationCounts: Hashable, Sendable {
  /// Occurrences of the LA's own children (out-of-area ones are left out).
  public var policeOccurrences = 0
  public var cscEpisodes = 0
  /// Matched pairs.
  public var matched = 0
  /// Unmatched occurrences, ambiguous ones included.
  public var policeOnly = 0
  public var cscOnly = 0
  /// Occurrences whose date of birth fits two or more social care children.
  public var ambiguous = 0
  public var policeChildren = 0
  public var cscChildren = 0
  /// Children with at least one matched pair.
  public var childrenInBoth = 0
  /// Occurrences of children whose `Home LA` is another authority; in no other count.
  public var outOfAreaOccurrences = 0

  public var cscOnlyMissing = 0
  public var cscOnlyAway = 0
  public var cscOnlyLookedAfter = 0
  public var cscOnlyNotLookedAfter = 0
  public var cscOnlyLookedAfterUnknown = 0

  public var policeOnlyNoApparentRisk = 0
  public var policeOnlyLowRisk = 0
  public var policeOnlyMediumRisk = 0
  public var policeOnlyHighRisk = 0
  /// Risk level blank or unreadable.
  public var policeOnlyRiskUnknown = 0
  /// The child appears in the social care extracts (not ambiguous).
  public var policeOnlyKnownToCSC = 0
  /// The child does not appear in the social care extracts, or could not be identified there.
  public var policeOnlyNotKnownToCSC = 0

  /// Police-side children none of whose occurrences in the row matched.
  public var policeOnlyChildren = 0
  /// Social care children none of whose episodes in the row matched.
  public var cscOnlyChildren = 0

  public init() {}
}

/// One row of `missing_reconciliation.csv`: the period, or one month of it.
public struct ReconciliationRow: Hashable, Sendable {
  public let period: Period
  public let counts: ReconciliationCounts

  public init(period: Period, counts: ReconciliationCounts) {
    self.period = period
    self.counts = counts
  }
}

/// An unmatched record, for `missing_exceptions.PERSONAL.csv` (personal data: internal follow-up only).
public struct ReconciliationException: Hashable, Sendable {
  public enum Side: String, Hashable, Sendable, Comparable {
    case csc
    case police
    public static func < (a: Side, b: Side) -> Bool { a.rawValue < b.rawValue }
  }

  public enum Reason: Hashable, Sendable, CustomStringConvertible {
    /// A social care episode with no police occurrence.
    case noMatchingOccurrence
    /// A police occurrence for a child known to social care, with no matching episode.
    case noMatchingEpisode
    /// A police occurrence for a child who is not in the social care extracts (or has no LA
    /// Child ID and no date-of-birth match).
    case childNotKnownToCSC
    /// The date of birth fits this many social care children: reported, never guessed.
    case ambiguous(candidates: Int)
    /// `Home LA` is another authority: left out of the matching.
    case outOfArea(homeLA: Int16)

    public var description: String {
      switch self {
      case .noMatchingOccurrence: return "no matching police occurrence"
      case .noMatchingEpisode: return "no matching social care episode"
      case .childNotKnownToCSC: return "child not known to social care"
      case .ambiguous(let n): return "ambiguous: date of birth fits \(n) social care children"
      case .outOfArea(let la):
        let code = String(la)
        return "out of area: Home LA " + String(repeating: "0", count: max(0, 3 - code.count)) + code
      }
    }
  }

  public let side: Side
  /// Police: `Occurrence Ref`; nil for social care.
  public let occurrenceRef: String?
  /// Police: `Person Ref`; nil for social care.
  public let personRef: String?
  /// Social care `CHILD`, or the police `LA Child ID` when given (registry index).
  public let child: Int32?
  public let birthDate: Day?
  public let start: DayTime
  /// nil while open.
  public let end: DayTime?
  /// `M` / `A` for social care, the risk level for police; nil when not known.
  public let categoryOrRisk: String?
  public let reason: Reason
  /// Where the row came from (`ExtractSet.files` index and line).
  public let file: UInt16
  public let line: UInt32

  public init(
    side: Side, occurrenceRef: String?, personRef: String?, child: Int32?, birthDate: Day?, start: DayTime,
    end: DayTime?, categoryOrRisk: String?, reason: Reason, file: UInt16, line: UInt32
  ) {
    self.side = side
    self.occurrenceRef = occurrenceRef
    self.personRef = personRef
    self.child = child
    self.birthDate = birthDate
    self.start = start
    self.end = end
    self.categoryOrRisk = categoryOrRisk
    self.reason = reason
    self.file = file
    self.line = line
  }

  /// The file's order: side (csc before police), start, then the record reference (occurrence
  /// ref for police, file and line for social care).
  public static func ordered(_ rows: [ReconciliationException]) -> [ReconciliationException] {
    rows.sorted {
      ($0.side, $0.start, $0.occurrenceRef ?? "", $0.file, $0.line)
        < ($1.side, $1.start, $1.occurrenceRef ?? "", $1.file, $1.line)
    }
  }
}

/// The headline numbers of a reconciliation for its period.
public struct ReconciliationSummary: Hashable, Sendable {
  public let period: Period
  public let policeOccurrences: Int
  public let cscEpisodes: Int
  public let matched: Int
  /// Police-only occurrences of children not known to social care.
  public let policeOnlyNotKnownToCSC: Int
  public let ambiguous: Int
  public let outOfAreaOccurrences: Int

  public init(period: Period, counts c: ReconciliationCounts) {
    self.period = period
    policeOccurrences = c.policeOccurrences
    cscEpisodes = c.cscEpisodes
    matched = c.matched
    policeOnlyNotKnownToCSC = c.policeOnlyNotKnownToCSC
    ambiguous = c.ambiguous
    outOfAreaOccurrences = c.outOfAreaOccurrences
  }
}

/// The reconciled account for a period: the period row, one row per month (oldest first), and
/// the unmatched records of the period.
public struct ReconciliationResult: Hashable, Sendable {
  public let settings: ReconciliationSettings
  public let total: ReconciliationRow
  /// The months of the period, oldest first; empty when the period is itself a month.
  public let months: [ReconciliationRow]
  /// In `ReconciliationException.ordered` order.
  public let exceptions: [ReconciliationException]

  public init(
    settings: ReconciliationSettings, total: ReconciliationRow, months: [ReconciliationRow],
    exceptions: [ReconciliationException]
  ) {
    self.settings = settings
    self.total = total
    self.months = months
    self.exceptions = exceptions
  }

  public var period: Period { total.period }
  public var summary: ReconciliationSummary { ReconciliationSummary(period: total.period, counts: total.counts) }
}
