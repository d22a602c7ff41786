import SafeguardCore

/// 2884: an initial child protection conference is recorded on the Section 47 module or on the CIN episode,
/// not on both.
///
/// All supported years. Fires when an episode's own `DateOfInitialCPC` is the same day as the
/// `DateOfInitialCPC` of a Section 47 module nested in that episode: one issue per such Section 47, at its
/// conference date, linked to the episode's. Different days pass (the public implementation compares a
/// Section 47 with every episode of the child; we follow the nesting). Dates that are absent, blank or
/// unreadable are not compared.
struct InitialConferenceRecordedOnce: CensusChildRule {
  static let info = CensusRuleInfo(
    "2884", .error, module: .section47, fields: ["DateOfInitialCPC"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      guard let onEpisode = episode.dateOfInitialCPC.value else { continue }
      for s47 in episode.section47s where s47.icpcDate.value == onEpisode {
        report.add(
          Self.info,
          at: [
            CensusPlace("DateOfInitialCPC", s47.icpcDate, within: s47.line),
            CensusPlace("DateOfInitialCPC", episode.dateOfInitialCPC, within: episode.line),
          ])
      }
    }
  }
}

private let message = """
  An initial child protection conference is recorded at both the S47 and CIN Details level \
  and it should only be recorded in one
  """
