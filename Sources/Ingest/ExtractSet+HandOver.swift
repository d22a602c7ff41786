import SafeguardCore

/// Moving one file's records, once read, into the run's set: shared by the CSV and workbook readers.
extension ExtractSet {
  /// Takes an Annex A file's records (the state is left empty).
  mutating func take(_ state: inout AnnexAFileState) {
    ExtractSet.handOver(&state.contacts, to: &contacts)
    ExtractSet.handOver(&state.referrals, to: &referrals)
    if state.kind == .annexAContacts { state.contactDetails.details.carries = state.frontDoorDimensions }
    if state.kind == .annexAReferrals { state.referralDetails.details.carries = state.frontDoorDimensions }
    ExtractSet.handOver(&state.contactDetails.details, to: &contactDetails)
    ExtractSet.handOver(&state.referralDetails.details, to: &referralDetails)
    ExtractSet.handOver(&state.earlyHelp, to: &earlyHelp)
    ExtractSet.handOver(&state.assessments, to: &assessments)
    ExtractSet.handOver(&state.section47s, to: &section47s)
    ExtractSet.handOver(&state.cinRecords, to: &cinRecords)
    ExtractSet.handOver(&state.plans, to: &plans)
    ExtractSet.handOver(&state.careEpisodes, to: &careEpisodes)
    ExtractSet.handOver(&state.descriptions, to: &childDescriptions)
    describedDimensions.formUnion(state.describedDimensions)
  }

  /// Takes a missing-episode, police or LADO file's records (the state is left empty).
  mutating func take(_ state: inout MissingAndLADOFileState) {
    ExtractSet.handOver(&state.missingEpisodes, to: &missingEpisodes)
    ExtractSet.handOver(&state.policeMissing, to: &policeMissing)
    ExtractSet.handOver(&state.ladoContacts, to: &ladoContacts)
  }

  /// Moves one file's records into the set, without a copy when the set has none yet (the usual
  /// single file).
  private static func handOver<Record>(_ records: inout [Record], to target: inout [Record]) {
    if target.isEmpty { target = records } else { target.append(contentsOf: records) }
    records = []
  }

  /// Moves one file's contact or referral details into the set's, after those of earlier files.
  private static func handOver(_ details: inout FrontDoorDetails, to target: inout FrontDoorDetails) {
    if target.count == 0 {
      let carried = target.carries
      target = details
      target.carries.formUnion(carried)
    } else {
      target.append(contentsOf: details)
    }
    details = FrontDoorDetails()
  }
}
