import SafeguardCore

/// A value the missing, police and LADO readers decode from a row.
enum MissingAndLADOField: Int, CaseIterable {
  /// The row's own reference (Occurrence Ref, LADO Ref), the person (Person Ref), and the dates
  /// that open and close it (MIS_START / Reported Missing / Date Received; MIS_END / Found /
  /// Date Concluded).
  case ref, person, start, end
  /// The LA child ID (CHILD, LA Child ID), date of birth and sex.
  case child, birthDate, sex
  /// Section 3.
  case lookedAfter, category, rhiOffered, rhiAccepted, rhiDate, policeRef
  /// Section 4.
  case risk, missingFrom, homeLA
  /// Section 5.
  case contactType, referrer, sector, allegation, threshold, meeting, outcome
}

/// A column of a missing, police or LADO extract.
typealias MissingAndLADOColumn = ExtractColumn<MissingAndLADOField>

/// The layout of the extracts of `specs/extracts.md` sections 3, 4 and 5.
///
/// A file is taken to be one of these when its headers include the kind's start column
/// (`MIS_START`, `Reported Missing`, `Date Received`) under its canonical name or an alias. No
/// alias here equals an Annex A list's column, and no Annex A alias equals one of these start
/// columns, so an Annex A header row is never recognised as one of these, nor the reverse.
struct MissingAndLADOSchema {
  let kind: ExtractKind
  let columns: [MissingAndLADOColumn]
  /// Position in `columns` of the start column.
  let indexColumn: Int

  init(kind: ExtractKind, columns: [MissingAndLADOColumn]) {
    self.kind = kind
    self.columns = columns
    indexColumn = columns.firstIndex { $0.field == .start }!
  }

  static let missingEpisodes = MissingAndLADOSchema(
    kind: .missingEpisodes,
    columns: [
      MissingAndLADOColumn(
        "CHILD", aliases: ["Child ID", "LA Child ID", "Child Unique ID", "ChildID", "LAchildID", "Child Ref"],
        required: true, field: .child),
      MissingAndLADOColumn("DOB", aliases: ["Date of Birth", "Birth Date"], required: true, field: .birthDate),
      MissingAndLADOColumn("SEX", aliases: ["Gender"], field: .sex),
      MissingAndLADOColumn(
        "LOOKED_AFTER", aliases: ["Looked After", "Looked After at Start", "CLA"], required: true, field: .lookedAfter),
      MissingAndLADOColumn(
        "MISSING", aliases: ["Missing or Away", "Missing/Away", "Missing Type"], required: true, field: .category),
      MissingAndLADOColumn(
        "MIS_START", aliases: ["Missing Start Date", "Missing Start", "Date Went Missing"], required: true,
        field: .start),
      MissingAndLADOColumn("MIS_END", aliases: ["Missing End Date", "Missing End", "Date Returned"], field: .end),
      MissingAndLADOColumn(
        "RHI_OFFERED", aliases: ["RHI Offered", "Return Home Interview Offered", "Return Interview Offered"],
        field: .rhiOffered),
      MissingAndLADOColumn(
        "RHI_ACCEPTED", aliases: ["RHI Accepted", "Return Home Interview Accepted", "Return Interview Accepted"],
        field: .rhiAccepted),
      MissingAndLADOColumn(
        "RHI_DATE", aliases: ["RHI Date", "Return Home Interview Date", "Date of Return Home Interview"],
        field: .rhiDate),
      MissingAndLADOColumn(
        "POLICE_REF", aliases: ["Police Ref", "Police Reference", "Police Occurrence Ref"], field: .policeRef),
    ])

  static let policeMissing = MissingAndLADOSchema(
    kind: .policeMissing,
    columns: [
      MissingAndLADOColumn(
        "Occurrence Ref", aliases: ["Occurrence Reference", "Occurrence Number", "Occurrence ID"], required: true,
        field: .ref),
      MissingAndLADOColumn(
        "Person Ref", aliases: ["Person Reference", "Person ID", "Nominal Ref"], required: true, field: .person),
      MissingAndLADOColumn(
        "LA Child ID", aliases: ["Child ID", "CHILD", "Child Unique ID", "LAchildID"], field: .child),
      MissingAndLADOColumn("Date of Birth", aliases: ["DOB", "Birth Date"], required: true, field: .birthDate),
      MissingAndLADOColumn("Gender", aliases: ["Sex"], field: .sex),
      MissingAndLADOColumn(
        "Reported Missing", aliases: ["Date Missing", "Date Reported Missing", "Reported Missing Date"],
        required: true, field: .start),
      MissingAndLADOColumn("Found", aliases: ["Date Found", "Found Date"], field: .end),
      MissingAndLADOColumn("Risk Level", aliases: ["Risk", "Risk Grading"], required: true, field: .risk),
      MissingAndLADOColumn("Missing From", aliases: ["Missing From Location"], field: .missingFrom),
      MissingAndLADOColumn("Home LA", aliases: ["Home LA Code", "Responsible LA"], field: .homeLA),
    ])

  static let lado = MissingAndLADOSchema(
    kind: .lado,
    columns: [
      MissingAndLADOColumn(
        "LADO Ref", aliases: ["LADO Reference", "LADO ID", "LADO Case Ref"], required: true, field: .ref),
      MissingAndLADOColumn(
        "Person Ref", aliases: ["Person Reference", "Person ID", "Adult Ref"], required: true, field: .person),
      MissingAndLADOColumn(
        "Date Received",
        aliases: ["Received Date", "LADO Referral Date", "Date Referred to LADO", "LADO Contact Date"],
        required: true, field: .start),
      MissingAndLADOColumn(
        "Contact Type", aliases: ["Type of Contact", "Referral or Consultation"], required: true, field: .contactType),
      MissingAndLADOColumn(
        "Referrer Agency", aliases: ["Referrer", "Referring Agency", "Referral Agency"], required: true,
        field: .referrer),
      MissingAndLADOColumn(
        "Employment Sector", aliases: ["Sector", "Sector of Employment"], required: true, field: .sector),
      MissingAndLADOColumn(
        "Allegation Category", aliases: ["Category of Allegation", "Allegation Type"], required: true,
        field: .allegation),
      MissingAndLADOColumn("Threshold Met", aliases: ["Harm Threshold Met"], required: true, field: .threshold),
      MissingAndLADOColumn(
        "Strategy Meeting Date",
        aliases: ["Strategy Meeting", "Date of Strategy Meeting", "Allegations Management Meeting Date"],
        field: .meeting),
      MissingAndLADOColumn(
        "Outcome", aliases: ["Allegation Outcome", "LADO Outcome"], required: true, field: .outcome),
      MissingAndLADOColumn("Date Concluded", aliases: ["Concluded Date", "Date Closed"], field: .end),
    ])

  static let all: [MissingAndLADOSchema] = [missingEpisodes, policeMissing, lado]

  /// The kinds whose start column the headers carry; with several, those with the most of their
  /// own columns present (more than one is a tie, reported and never guessed).
  static func candidates(_ headers: [String]) -> [MissingAndLADOSchema] {
    let scored = all.compactMap { schema -> (MissingAndLADOSchema, Int)? in
      let found = MissingAndLADOColumn.positions(of: schema.columns, in: headers)
      guard found[schema.indexColumn] != nil else { return nil }
      return (schema, found.filter { $0 != nil }.count)
    }
    guard let best = scored.map(\.1).max() else { return [] }
    return scored.filter { $0.1 == best }.map(\.0)
  }
}
