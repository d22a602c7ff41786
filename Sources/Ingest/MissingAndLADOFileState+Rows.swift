import SafeguardCore
import SafeguardKernels

/// Row decoders for the missing-episode (section 3), police missing-person (section 4) and LADO
/// (section 5) extracts. Findings within a row come in column order after those that decide
/// whether it is kept.
extension MissingAndLADOFileState {
  mutating func decodeMissingEpisode(_ record: CSVRecord) {
    var row = Row(record: record)
    guard let c = child(row) else {
      report(Rules.blankChildID, row, .child, "the child ID is blank, so the row cannot be counted")
      return
    }
    row.child = children[c]
    guard let start = start(row, time: true), let category = requiredCode(row, .category, MissingAndLADOValues.category)
    else { return }
    checkRequired(row, .birthDate, .lookedAfter)
    let birth = moment(row, .birthDate, time: false)?.day
    checkBirth(row, birth, start: start)
    let sex = coded(row, .sex, MissingAndLADOValues.sex)
    let lookedAfter = yesNo(row, .lookedAfter)
    let end = moment(row, .end, time: true)
    checkOrder(row, start: start, end: end)
    let offered = yesNo(row, .rhiOffered)
    let accepted = yesNo(row, .rhiAccepted)
    let interview = moment(row, .rhiDate, time: false)?.day
    if let interview, let end, interview < end.day {
      report(Rules.interviewBeforeReturn, row, .rhiDate, "the interview is dated before the episode ended (\(end))")
    }
    missingEpisodes.append(
      MissingEpisodeRecord(
        child: c, birthDate: birth, sex: sex, lookedAfter: lookedAfter, category: category, start: start, end: end,
        rhiOffered: offered, rhiAccepted: accepted, rhiDate: interview, policeRef: text(row, .policeRef),
        file: fileIndex, line: UInt32(clamping: row.record.line)))
    used(start.day)
  }

  mutating func decodePoliceReport(_ record: CSVRecord) {
    var row = Row(record: record)
    let c = child(row)
    row.child = c.map { children[$0] }
    guard let ref = reference(row, .ref), let person = reference(row, .person), let reported = start(row, time: true),
      firstUse(row, ref: ref)
    else { return }
    checkRequired(row, .birthDate)
    let birth = moment(row, .birthDate, time: false)?.day
    checkBirth(row, birth, start: reported)
    let sex = coded(row, .sex, MissingAndLADOValues.sex)
    let found = moment(row, .end, time: true)
    checkOrder(row, start: reported, end: found)
    checkRequired(row, .risk)
    let risk = coded(row, .risk, MissingAndLADOValues.risk)
    let from = coded(row, .missingFrom, MissingAndLADOValues.missingFrom)
    var homeLA: Int16?
    if let text = text(row, .homeLA) {
      homeLA = row.record.withField(fieldSlot[MissingAndLADOField.homeLA.rawValue]) {
        MissingAndLADOValues.laNumber($0)
      }
      if homeLA == nil {
        report(
          Rules.unknownCode, row, .homeLA,
          "'\(text)' is not a 3-digit DfE LA number (such as 332); the report is kept without its home LA")
      }
    }
    policeMissing.append(
      PoliceMissingRecord(
        occurrenceRef: ref, personRef: person, child: c, birthDate: birth, sex: sex, reported: reported, found: found,
        risk: risk, missingFrom: from, homeLA: homeLA, file: fileIndex, line: UInt32(clamping: row.record.line)))
    used(reported.day)
  }

  mutating func decodeLADOContact(_ record: CSVRecord) {
    let row = Row(record: record)
    guard let ref = reference(row, .ref), let person = reference(row, .person),
      let received = start(row, time: false),
      let type = requiredCode(row, .contactType, MissingAndLADOValues.contactType),
      firstUse(row, ref: ref)
    else { return }
    checkRequired(row, .referrer, .sector)
    let referrer = coded(row, .referrer, MissingAndLADOValues.referrer)
    let sector = coded(row, .sector, MissingAndLADOValues.sector)
    if type == .referral {
      for field in [MissingAndLADOField.allegation, .threshold, .outcome] where isBlank(row, field) {
        report(
          Rules.incompleteLADOReferral, row, field,
          "a referral needs its \(fieldName[field.rawValue]); the referral is counted but left out of the figures that need it"
        )
      }
    }
    let category = coded(row, .allegation, MissingAndLADOValues.allegation)
    let threshold = yesNo(row, .threshold)
    let meeting = moment(row, .meeting, time: false)?.day
    let outcome = coded(row, .outcome, MissingAndLADOValues.outcome)
    let concluded = moment(row, .end, time: false)
    checkOrder(row, start: received, end: concluded)
    ladoContacts.append(
      LADOContactRecord(
        ref: ref, person: person, received: received.day, type: type, referrer: referrer, sector: sector,
        category: category, thresholdMet: threshold, meeting: meeting, outcome: outcome, concluded: concluded?.day,
        file: fileIndex, line: UInt32(clamping: row.record.line)))
    used(received.day)
  }

  /// A code the record cannot do without (MISSING, Contact Type); nil, with an error finding
  /// (ING032), when blank or not in the list: the row is left out.
  private mutating func requiredCode<Value>(
    _ row: Row, _ field: MissingAndLADOField, _ list: WordList<Value>
  ) -> Value? {
    guard let text = text(row, field) else {
      report(Rules.unreadableType, row, field, "the \(fieldName[field.rawValue]) is blank, so the row is left out")
      return nil
    }
    if let v = list.value(text) { return v }
    report(
      Rules.unreadableType, row, field, "'\(text)' is not one of \(list.expected), so the row is left out")
    return nil
  }
}
