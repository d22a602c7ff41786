import SafeguardKernels

/// Records for the extracts of `specs/extracts.md` sections 3 to 5: missing and away episodes
/// recorded by children's social care, police missing-person occurrences, and LADO contacts.
///
/// As with the Annex A records, `file` indexes `ExtractSet.files` and `line` is the 1-based
/// physical line where the row starts. A row without its required start date (or reference) is
/// left out at ingest with a finding; other values are nil / `.unknown` when blank or unreadable.

/// A date with an optional time of day, as the missing extracts give them (`dd/mm/yyyy` or
/// `dd/mm/yyyy hh:mm[:ss]`). Seconds are dropped.
///
/// Ordering is by day, then minute, with a date-only value placed at the start of its day. Code
/// that compares intervals decides what a date-only end means (the reconciliation treats it as
/// the end of that day); `minutes(endOfDayWhenNoTime:)` gives either reading.
public struct DayTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let day: Day
  /// Minute of the day 0...1439, or -1 when the source gave a date only.
  public let minuteOfDay: Int16

  public init(day: Day, minuteOfDay: Int16 = -1) {
    precondition(minuteOfDay >= -1 && minuteOfDay < 1440, "minute of day out of range")
    self.day = day
    self.minuteOfDay = minuteOfDay
  }

  /// The value for hour and minute on `day`, or nil when they are out of range.
  public init?(day: Day, hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    self.init(day: day, minuteOfDay: Int16(hour * 60 + minute))
  }

  public var hasTime: Bool { minuteOfDay >= 0 }

  /// Minutes since 1970-01-01 00:00; a date-only value counts as 00:00, or as 23:59 when
  /// `endOfDayWhenNoTime` (an end date given without a time runs to the end of that day).
  public func minutes(endOfDayWhenNoTime: Bool = false) -> Int64 {
    let m = hasTime ? Int64(minuteOfDay) : (endOfDayWhenNoTime ? 1439 : 0)
    return Int64(day.serial) * 1440 + m
  }

  public static func < (a: DayTime, b: DayTime) -> Bool {
    (a.day, a.minuteOfDay) < (b.day, b.minuteOfDay)
  }

  /// `2024-12-31` or `2024-12-31 23:05`.
  public var description: String {
    guard hasTime else { return day.description }
    let h = Int(minuteOfDay) / 60
    let m = Int(minuteOfDay) % 60
    return day.description + " " + (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
  }
}

/// Missing (M) or away from placement without authorisation (A), as SSDA903 records it.
public enum MissingCategory: String, Sendable, Hashable {
  case missing = "M"
  case away = "A"
}

/// A missing or away episode recorded by children's social care (section 3).
public struct MissingEpisodeRecord: Hashable, Sendable {
  /// `CHILD`, interned in the run's `ChildRegistry` (the same ID space as Annex A and the census).
  public let child: Int32
  public let birthDate: Day?
  public let sex: Sex?
  /// Looked after at episode start.
  public let lookedAfter: YesNo
  public let category: MissingCategory
  /// `MIS_START`.
  public let start: DayTime
  /// `MIS_END`; nil while the episode is open.
  public let end: DayTime?
  public let rhiOffered: YesNo
  public let rhiAccepted: YesNo
  /// Date the return home interview took place.
  public let rhiDate: Day?
  /// `POLICE_REF`: the police occurrence reference, when the LA knows it (trimmed).
  public let policeRef: String?
  public let file: UInt16
  public let line: UInt32

  public init(
    child: Int32, birthDate: Day?, sex: Sex?, lookedAfter: YesNo, category: MissingCategory, start: DayTime,
    end: DayTime?, rhiOffered: YesNo, rhiAccepted: YesNo, rhiDate: Day?, policeRef: String?, file: UInt16,
    line: UInt32
  ) {
    self.child = child
    self.birthDate = birthDate
    self.sex = sex
    self.lookedAfter = lookedAfter
    self.category = category
    self.start = start
    self.end = end
    self.rhiOffered = rhiOffered
    self.rhiAccepted = rhiAccepted
    self.rhiDate = rhiDate
    self.policeRef = policeRef
    self.file = file
    self.line = line
  }
}

/// College of Policing risk grading of a missing person (older extracts say `Absent` for no
/// apparent risk).
public enum MissingRisk: String, Sendable, Hashable, CaseIterable {
  case noApparentRisk = "No apparent risk"
  case low = "Low"
  case medium = "Medium"
  case high = "High"
}

/// Where a missing person went missing from (police extract).
public enum MissingFrom: String, Sendable, Hashable {
  case home = "Home"
  case care = "Care"
  case other = "Other"
}

/// A police missing-person occurrence for a person under 18 at the start (section 4).
public struct PoliceMissingRecord: Hashable, Sendable {
  /// `Occurrence Ref`, unique per occurrence (trimmed).
  public let occurrenceRef: String
  /// `Person Ref`: the force's person identifier (trimmed).
  public let personRef: String
  /// `LA Child ID` interned in the run's `ChildRegistry`; nil when the MASH has not matched the
  /// person to an LA record.
  public let child: Int32?
  public let birthDate: Day?
  public let sex: Sex?
  /// `Reported Missing`.
  public let reported: DayTime
  /// `Found`; nil while still missing.
  public let found: DayTime?
  /// nil when blank or not a known grading (a finding).
  public let risk: MissingRisk?
  public let missingFrom: MissingFrom?
  /// `Home LA`, the 3-digit DfE LA code of the LA responsible for the child; nil when blank.
  public let homeLA: Int16?
  public let file: UInt16
  public let line: UInt32

  public init(
    occurrenceRef: String, personRef: String, child: Int32?, birthDate: Day?, sex: Sex?, reported: DayTime,
    found: DayTime?, risk: MissingRisk?, missingFrom: MissingFrom?, homeLA: Int16?, file: UInt16, line: UInt32
  ) {
    self.occurrenceRef = occurrenceRef
    self.personRef = personRef
    self.child = child
    self.birthDate = birthDate
    self.sex = sex
    self.reported = reported
    self.found = found
    self.risk = risk
    self.missingFrom = missingFrom
    self.homeLA = homeLA
    self.file = file
    self.line = line
  }
}

/// Referral (an allegation) or consultation (advice only).
public enum LADOContactType: String, Sendable, Hashable {
  case referral = "Referral"
  case consultation = "Consultation"
}

/// Referrer agency, in the order of `specs/extracts.md` section 5 (breakdowns use this order).
public enum LADOReferrer: String, Sendable, Hashable, CaseIterable {
  case police = "Police"
  case education = "Education"
  case health = "Health"
  case childrensSocialCare = "Children's Social Care"
  case earlyYears = "Early Years"
  case faith = "Faith"
  case sport = "Sport"
  case voluntary = "Voluntary"
  case ofsted = "Ofsted"
  case parent = "Parent"
  case other = "Other"
}

/// Employment sector of the adult, in the order of `specs/extracts.md` section 5.
public enum LADOSector: String, Sendable, Hashable, CaseIterable {
  case education = "Education"
  case earlyYears = "Early Years"
  case health = "Health"
  case socialCare = "Social Care"
  case residentialCare = "Residential Care"
  case fosterCare = "Foster Care"
  case police = "Police"
  case faith = "Faith"
  case sport = "Sport"
  case voluntary = "Voluntary"
  case transport = "Transport"
  case other = "Other"
}

/// Allegation category; `suitability` is behaviour suggesting unsuitability to work with children.
public enum LADOCategory: String, Sendable, Hashable, CaseIterable {
  case physical = "Physical"
  case sexual = "Sexual"
  case emotional = "Emotional"
  case neglect = "Neglect"
  case suitability = "Suitability"
}

/// Outcome, as Keeping Children Safe in Education defines them.
public enum LADOOutcome: String, Sendable, Hashable, CaseIterable {
  case substantiated = "Substantiated"
  case unsubstantiated = "Unsubstantiated"
  case unfounded = "Unfounded"
  case falseAllegation = "False"
  case malicious = "Malicious"
  case ongoing = "Ongoing"
}

/// A contact with the Local Authority Designated Officer (section 5).
public struct LADOContactRecord: Hashable, Sendable {
  /// `LADO Ref`, unique per contact (trimmed).
  public let ref: String
  /// `Person Ref`: pseudonymous ID of the adult (trimmed).
  public let person: String
  public let received: Day
  public let type: LADOContactType
  /// nil when blank or not in the list (a finding); the same for the coded fields below.
  public let referrer: LADOReferrer?
  public let sector: LADOSector?
  /// Required for referrals.
  public let category: LADOCategory?
  /// Required for referrals.
  public let thresholdMet: YesNo
  /// First allegations management / strategy meeting.
  public let meeting: Day?
  /// Required for referrals.
  public let outcome: LADOOutcome?
  /// nil while ongoing.
  public let concluded: Day?
  public let file: UInt16
  public let line: UInt32

  public init(
    ref: String, person: String, received: Day, type: LADOContactType, referrer: LADOReferrer?, sector: LADOSector?,
    category: LADOCategory?, thresholdMet: YesNo, meeting: Day?, outcome: LADOOutcome?, concluded: Day?,
    file: UInt16, line: UInt32
  ) {
    self.ref = ref
    self.person = person
    self.received = received
    self.type = type
    self.referrer = referrer
    self.sector = sector
    self.category = category
    self.thresholdMet = thresholdMet
    self.meeting = meeting
    self.outcome = outcome
    self.concluded = concluded
    self.file = file
    self.line = line
  }
}
