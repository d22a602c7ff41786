/// The kinds of extract the pipeline recognises, by their headers or root element.
public enum ExtractKind: String, Sendable, CaseIterable, Comparable {
  case annexAContacts = "annex_a_list_1"
  case annexAReferrals = "annex_a_list_3"

  /// What an analyst calls it.
  public var title: String {
    switch self {
    case .annexAContacts: return "Annex A list 1 (contacts)"
    case .annexAReferrals: return "Annex A list 3 (referrals)"
    }
  }

  public static func < (a: ExtractKind, b: ExtractKind) -> Bool { a.rawValue < b.rawValue }
}

/// A yes/no answer that may be missing.
public enum YesNo: UInt8, Sendable {
  case no = 0, yes = 1, unknown = 2
}

/// A contact to children's social care (Annex A list 1).
public struct ContactRecord: Hashable, Sendable {
  /// Index into the run's `ChildRegistry`.
  public let child: Int32
  public let date: Day
  /// Index of the file it came from in `ExtractSet.files`.
  public let file: UInt16
  public init(child: Int32, date: Day, file: UInt16) {
    self.child = child
    self.date = date
    self.file = file
  }
}

/// A referral (Annex A list 3; a CIN episode's referral in the census).
///
/// Kept to 12 bytes: national extracts hold millions of these.
public struct ReferralRecord: Hashable, Sendable {
  public let child: Int32
  public let date: Day
  /// Referral NFA? / ReferralNFA.
  public let nfa: YesNo
  /// Index of the file it came from in `ExtractSet.files`.
  public let file: UInt16
  public init(child: Int32, date: Day, nfa: YesNo, file: UInt16) {
    self.child = child
    self.date = date
    self.nfa = nfa
    self.file = file
  }
}

/// What one input file turned out to be and held.
public struct ExtractFileSummary: Hashable, Sendable {
  /// Path relative to the run's input root.
  public var file: String
  public var kind: ExtractKind
  /// The text encoding detected (`UTF-8`, `UTF-8 with BOM`, `UTF-16LE`, `UTF-16BE`, `Windows-1252`).
  public var encoding: String
  /// Data rows read (header excluded).
  public var rows: Int
  /// Rows kept for the figures.
  public var rowsUsed: Int
  /// Earliest and latest index date (contact date, referral date) among rows kept.
  public var firstDate: Day?
  public var lastDate: Day?
  /// Headers present that the pipeline does not use, listed once.
  public var ignoredColumns: [String]
  /// Bytes read.
  public var bytes: Int

  public init(file: String, kind: ExtractKind, encoding: String) {
    self.file = file
    self.kind = kind
    self.encoding = encoding
    rows = 0
    rowsUsed = 0
    ignoredColumns = []
    bytes = 0
  }
}

/// Everything the ingest stage read, for the later stages.
public struct ExtractSet: Sendable {
  public var children: ChildRegistry
  public var contacts: [ContactRecord]
  public var referrals: [ReferralRecord]
  public var files: [ExtractFileSummary]
  public var findings: [Finding]

  public init(children: ChildRegistry = ChildRegistry()) {
    self.children = children
    contacts = []
    referrals = []
    files = []
    findings = []
  }

  /// The dates the extracts of `kind` cover: from the earliest to the latest index date kept.
  public func coverage(of kind: ExtractKind) -> ClosedRange<Day>? {
    let ranges = files.filter { $0.kind == kind }.compactMap { f -> ClosedRange<Day>? in
      guard let a = f.firstDate, let b = f.lastDate else { return nil }
      return a...b
    }
    guard let lo = ranges.map(\.lowerBound).min(), let hi = ranges.map(\.upperBound).max() else { return nil }
    return lo...hi
  }
}
