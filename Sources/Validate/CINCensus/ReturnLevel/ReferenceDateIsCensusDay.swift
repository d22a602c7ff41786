import SafeguardCore

/// 100: the header's `ReferenceDate` is 31 March at the end of the census year being checked.
///
/// All supported years. The census year is the one the validation pass runs for (the year holding the
/// reference date, or `--year`), so a reference date of 30 March, or of 1 April (which opens the next census
/// year), fires. An absent, blank or unreadable reference date fires too: DfE's rule asks for it to be
/// present, and no other rule reports it. Reported at the `ReferenceDate` element, or at the header when it
/// has none.
///
/// DfE's text names the year's date (31 March of the collection year); the public implementation builds it
/// from the header's `Year`. We compare with the year being validated, which is what DfE's text fixes.
struct ReferenceDateIsCensusDay: CensusReturnRule {
  static let info = CensusRuleInfo(
    "100", .error, module: .returnLevel, fields: ["ReferenceDate"], years: .all, message: message)

  static func check(_ census: CensusReturn, in context: CensusContext, into report: inout ValidationReport) {
    let reference = census.header.referenceDate
    if let day = reference.value, day == context.year.end { return }
    report.add(Self.info, at: CensusPlace("ReferenceDate", reference, within: census.header.line))
  }
}

private let message = "Reference Date is incorrect"
