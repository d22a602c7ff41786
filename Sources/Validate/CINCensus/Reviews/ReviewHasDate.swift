import SafeguardCore

/// 8842Q: each review of a child protection plan has a valid review date.
///
/// All supported years. Fires on each `CPPreviewDate` that is blank or does not read as a date
/// (`yyyy-mm-dd`), and on each `<Reviews>` group that holds no `CPPreviewDate` at all; a readable
/// date passes, whatever day it is. A plan with no `<Reviews>` passes.
struct ReviewHasDate: CensusChildRule {
  static let info = CensusRuleInfo(
    "8842Q", .query, module: .reviews, fields: ["CPPreviewDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for p in episode.plans {
        for r in p.reviews where r.value == nil {
          report.add(Self.info, at: CensusPlace("CPPreviewDate", r, within: p.line))
        }
        for line in p.emptyReviewGroups { report.add(Self.info, at: CensusPlace("CPPreviewDate", line: line)) }
      }
    }
  }
}

private let message = "Please check: Review Record has a missing date"
