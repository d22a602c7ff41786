import SafeguardCore

/// What a rule knows besides the child: the census year and its period, the calendar and the LA.
public struct CensusContext: Sendable {
  public let year: CensusYear
  /// The header's `ReferenceDate`, or 31 March of the census year when it has none.
  public let referenceDate: Day
  /// 1 April before the reference date: the census period runs from here to `referenceDate`, inclusive.
  public let periodStart: Day
  public let calendar: WorkingDayCalendar
  /// The header's `LEA`, when it reads as an LA number.
  public let la: LACode?
  /// The 15th and 45th working days before the reference date (the Section 47 and assessment
  /// time limits), worked out once rather than per child.
  public let fifteenWorkingDaysBefore: Day
  public let fortyFiveWorkingDaysBefore: Day
  /// The last working day before 1 April.
  public let lastWorkingDayBeforePeriod: Day

  public init(
    year: CensusYear, referenceDate: Day? = nil, calendar: WorkingDayCalendar = .england, la: LACode? = nil
  ) {
    self.year = year
    let reference = referenceDate ?? year.end
    self.referenceDate = reference
    periodStart = Period.financialYear(Period.financialYearStart(of: reference)).start
    self.calendar = calendar
    self.la = la
    fifteenWorkingDaysBefore = calendar.subtracting(workingDays: 15, from: reference)
    fortyFiveWorkingDaysBefore = calendar.subtracting(workingDays: 45, from: reference)
    lastWorkingDayBeforePeriod = calendar.subtracting(workingDays: 1, from: periodStart)
  }

  /// On or after 1 April and on or before the reference date.
  public func inPeriod(_ day: Day) -> Bool { day >= periodStart && day <= referenceDate }
}
