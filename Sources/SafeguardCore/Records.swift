import SafeguardKernels

/// The kinds of extract the pipeline recognises, by their headers or root element.
public enum ExtractKind: String, Sendable, CaseIterable, Comparable {
  case annexAContacts = "annex_a_list_1"
  case annexAEarlyHelp = "annex_a_list_2"
  case annexAReferrals = "annex_a_list_3"
  case annexAAssessments = "annex_a_list_4"
  case annexASection47 = "annex_a_list_5"
  case annexAChildrenInNeed = "annex_a_list_6"
  case annexAChildProtection = "annex_a_list_7"
  case annexAChildrenInCare = "annex_a_list_8"
  /// `specs/extracts.md` section 3.
  case missingEpisodes = "missing_episodes"
  /// Section 4.
  case policeMissing = "police_missing_reports"
  /// Section 5.
  case lado = "lado_allegations"

  /// What an analyst calls it.
  public var title: String {
    switch self {
    case .annexAContacts: return "Annex A list 1 (contacts)"
    case .annexAEarlyHelp: return "Annex A list 2 (early help assessments)"
    case .annexAReferrals: return "Annex A list 3 (referrals)"
    case .annexAAssessments: return "Annex A list 4 (assessments)"
    case .annexASection47: return "Annex A list 5 (section 47 enquiries and ICPCs)"
    case .annexAChildrenInNeed: return "Annex A list 6 (children in need)"
    case .annexAChildProtection: return "Annex A list 7 (child protection plans)"
    case .annexAChildrenInCare: return "Annex A list 8 (children in care)"
    case .missingEpisodes: return "missing and away episodes (social care)"
    case .policeMissing: return "police missing-person reports"
    case .lado: return "LADO allegations"
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
  /// Earliest and latest index date (contact date, referral date, plan start, …) among rows kept.
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
///
/// One array per Annex A list, in file order; a record's `file` indexes `files`.
public struct ExtractSet: Sendable {
  public var children: ChildRegistry
  /// List 1.
  public var contacts: [ContactRecord]
  /// List 3.
  public var referrals: [ReferralRecord]
  /// Source, sex, ethnicity and date of birth of each contact and referral, in record order
  /// (empty when the records were not read from files).
  public var contactDetails = FrontDoorDetails()
  public var referralDetails = FrontDoorDetails()
  /// List 2.
  public var earlyHelp: [EarlyHelpAssessmentRecord] = []
  /// List 4.
  public var assessments: [AnnexAAssessmentRecord] = []
  /// List 5.
  public var section47s: [AnnexASection47Record] = []
  /// List 6.
  public var cinRecords: [AnnexACINRecord] = []
  /// List 7.
  public var plans: [AnnexAPlanRecord] = []
  /// List 8.
  public var careEpisodes: [AnnexACareRecord] = []
  /// Each row of lists 4 to 8's account of its child (date of birth, sex, ethnicity, disability),
  /// for the breakdowns; `describedDimensions` says which of those columns the lists carried.
  public var childDescriptions: [ChildDescription] = []
  public var describedDimensions: Set<BreakdownDimension> = []
  /// Missing and away episodes recorded by social care (section 3).
  public var missingEpisodes: [MissingEpisodeRecord] = []
  /// Police missing-person occurrences (section 4).
  public var policeMissing: [PoliceMissingRecord] = []
  /// LADO contacts (section 5).
  public var ladoContacts: [LADOContactRecord] = []
  /// CIN census files as read, element by element (for the validation rules), in the order read.
  public var censusReturns: [CensusReturn] = []
  /// The records the figures use, derived from `censusReturns` (one per file, same order).
  public var census: [CINCensusFile] = []
  public var files: [ExtractFileSummary]
  public var findings: [Finding]

  public init(children: ChildRegistry = ChildRegistry()) {
    self.children = children
    contacts = []
    referrals = []
    files = []
    findings = []
  }

  /// The index date of every record of `kind` (contact date, referral date, start dates).
  public func indexDates(of kind: ExtractKind) -> [Day] {
    switch kind {
    case .annexAContacts: return contacts.map(\.date)
    case .annexAReferrals: return referrals.map(\.date)
    case .annexAEarlyHelp: return earlyHelp.map(\.start)
    case .annexAAssessments: return assessments.map(\.start)
    case .annexASection47: return section47s.map(\.start)
    case .annexAChildrenInNeed: return cinRecords.map(\.start)
    case .annexAChildProtection: return plans.map(\.start)
    case .annexAChildrenInCare: return careEpisodes.map(\.start)
    case .missingEpisodes: return missingEpisodes.map(\.start.day)
    case .policeMissing: return policeMissing.map(\.reported.day)
    case .lado: return ladoContacts.map(\.received)
    }
  }

  /// The dates the extracts of `kind` cover: from the earliest to the latest index date kept
  /// (for list 6 the CIN start date, for list 8 the date started to be looked after, and so on).
  public func coverage(of kind: ExtractKind) -> ClosedRange<Day>? {
    let ranges = files.filter { $0.kind == kind }.compactMap { f -> ClosedRange<Day>? in
      guard let a = f.firstDate, let b = f.lastDate else { return nil }
      return a...b
    }
    guard let lo = ranges.map(\.lowerBound).min(), let hi = ranges.map(\.upperBound).max() else { return nil }
    return lo...hi
  }
}
