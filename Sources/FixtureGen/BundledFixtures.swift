import Foundation
import SafeguardCore

/// `safeguard-fixtures fixtures`: writes the bundled synthetic extracts and prints the
/// facts `Fixtures/README.md` quotes (files, planted rows with their lines, overlap, figures).
///
/// Only the files listed in `ownedPaths` are deleted and rewritten; anything else under the
/// output folder (the README, other people's fixtures) is left alone.
struct BundledFixtures {
  let seed: UInt64

  /// The synthetic LA: 1 April 2021 to 31 December 2024.
  static let mainPlan = SyntheticLA.Plan(
    start: Day(year: 2021, month: 4, day: 1)!, end: Day(year: 2024, month: 12, day: 31)!,
    referralsPerYear: 3_700, contactsPerYear: 11_000, firstChildNumber: 1_000)

  /// The variants' own smaller child set: 2023-24 only.
  static let variantPlan = SyntheticLA.Plan(
    start: Day(year: 2023, month: 4, day: 1)!, end: Day(year: 2024, month: 3, day: 31)!,
    referralsPerYear: 800, contactsPerYear: 2_400, firstChildNumber: 500_000)

  static let ownedPaths =
    [
      AnnexAFiles.contactsPath, AnnexAFiles.earlyReferralsPath, AnnexAFiles.lateReferralsPath,
      VariantFiles.cleanReferrals, VariantFiles.cleanContacts, VariantFiles.messyReferrals, VariantFiles.messyContacts,
    ] + CINCensusFiles.paths + AnnexAJourneyFiles.paths + MissingAndLADOFixtures.paths + [EarlyHelpFiles.path]
    + [AnnexAWorkbookFile.path]

  /// Each part draws from its own stream, so changing one file never reshuffles another.
  private func stream(_ part: UInt64) -> SeededGenerator {
    SeededGenerator(seed: SeededGenerator.hash(seed, part))
  }

  func write(to dir: String) throws {
    var simRNG = stream(1)
    let la = SyntheticLA(plan: BundledFixtures.mainPlan, rng: &simRNG)
    var annex = AnnexAFiles(la: la)
    var r1 = stream(2)
    var r2 = stream(3)
    var r3 = stream(4)
    let contacts = annex.contacts(&r1)
    let (early, earlyLines) = annex.earlyReferrals(&r2)
    let late = annex.lateReferrals(&r3, earlyLines: earlyLines)

    var variantRNG = stream(5)
    let small = SyntheticLA(plan: BundledFixtures.variantPlan, rng: &variantRNG)
    // The CIN census returns for the same LA, drawn from a stream of their own.
    var censusRNG = stream(6)
    let cin = CINCensusFiles(la: la, rng: &censusRNG)
    let census = cin.files()
    // Annex A lists 4, 5 and 7 from the same episodes; their extra answers from a stream of their own.
    var journeyRNG = stream(7)
    let (journey, journeyCounts) = AnnexAJourneyFiles(census: cin).files(&journeyRNG, list6RNG: stream(0x4C36))
    // List 8, missing episodes, police occurrences and LADO contacts: streams 8 to 12.
    let issue6 = MissingAndLADOFixtures(la: la, streams: (8...12).map { stream($0) })
    // Annex A list 2 (early help) from the same contacts, stream 13.
    var earlyHelpRNG = stream(13)
    let (earlyHelp, earlyHelpOpen) = EarlyHelpFiles.file(la, &earlyHelpRNG)
    let files =
      [contacts, early, late] + VariantFiles(la: small).files() + census.map(\.0) + journey + issue6.files + [earlyHelp]
    precondition(files.map(\.path) + [AnnexAWorkbookFile.path] == BundledFixtures.ownedPaths)

    let fm = FileManager.default
    for path in BundledFixtures.ownedPaths {
      let full = dir + "/" + path
      if fm.fileExists(atPath: full) { try fm.removeItem(atPath: full) }
    }
    for file in files {
      let full = dir + "/" + file.path
      try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(file.bytes).write(to: URL(fileURLWithPath: full), options: .atomic)
    }
    // The Annex A lists again as one workbook, built from the files just written.
    let workbook = dir + "/" + AnnexAWorkbookFile.path
    try fm.createDirectory(atPath: (workbook as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try AnnexAWorkbookFile.writer(files).write(to: workbook)
    // The simulation's own figures, independent of the pipeline, for the end-to-end tests.
    let expected = dir + "/expected"
    try fm.createDirectory(atPath: expected, withIntermediateDirectories: true)
    try Data(FrontDoorSummary(la, unansweredNFA: [AnnexAFiles.unansweredNFADay]).csv.utf8).write(
      to: URL(fileURLWithPath: expected + "/front_door_annex_a.csv"))
    try Data(FrontDoorSummary(small).csv.utf8).write(to: URL(fileURLWithPath: expected + "/front_door_variants.csv"))
    try Data(issue6.plantedCSV.utf8).write(to: URL(fileURLWithPath: dir + "/" + MissingFiles.plantedPath))
    var facts = report(files: files, annex: annex, la: la, small: small, census: census)
    facts += "\n### Annex A lists 4 to 7 from the census episodes (1 April 2022 to 31 March 2024)\n\n"
    facts += "Assessments: \(journeyCounts.assessments). Section 47 enquiries: \(journeyCounts.section47)"
    facts += " (ICPCs held by 31 March 2024: \(journeyCounts.icpcs)). CP plans: \(journeyCounts.plans)."
    facts += " CIN episodes (list 6): \(journeyCounts.childrenInNeed).\n"
    facts += issue6.facts
    facts += "\n### Annex A list 2 (early help), 1 April 2022 to 31 March 2024\n\n"
    facts += "Early help assessments: \(earlyHelp.records), of which \(earlyHelpOpen) still open on 31 March 2024.\n"
    print(facts)
  }

  private func report(
    files: [FixtureFile], annex: AnnexAFiles, la: SyntheticLA, small: SyntheticLA,
    census: [(FixtureFile, CINCensusFiles.Counts)]
  ) -> String {
    var s = "## Generated facts (seed \(seed))\n\n### Files\n\n"
    s += "| file | bytes | encoding | line ends | records | physical lines |\n|---|---:|---|---|---:|---:|\n"
    for f in files {
      s +=
        "| `\(f.path)` | \(f.bytes.count) | \(f.encoding.rawValue) | \(f.lineEnd.label) | \(f.records) | \(f.lines) |\n"
    }
    s +=
      "\n### Planted bad rows\n\n| file | line | column | raw value | the pipeline should say |\n|---|---:|---|---|---|\n"
    for p in annex.planted {
      let raw = p.raw.isEmpty ? "(blank)" : "`\(p.raw)`"
      s += "| `\(p.file)` | \(p.line) | \(p.column) | \(raw) | \(p.expected) |\n"
    }
    s += "\n### Windows-1252 en dashes in `\(AnnexAFiles.contactsPath)`\n\n"
    s +=
      "\(annex.enDashLines.count) rows, on lines " + annex.enDashLines.map(String.init).joined(separator: ", ") + ".\n"
    s += "\n### Other messiness in `\(AnnexAFiles.lateReferralsPath)`\n\n"
    s += "- \(annex.unpaddedDateRows) rows write both dates as `d/m/yyyy`; the rest `yyyy-mm-dd`.\n"
    s += "- \(annex.blankWorkerRows) NFA rows have Allocated Worker blank or `NULL`, `N/A`, `-`.\n"
    s += "- \(annex.blankAgeLines.count) rows have Age of Child (Years) as a blank marker, on lines "
    s += annex.blankAgeLines.map(String.init).joined(separator: ", ") + ".\n"
    s += "\n### Referrals in both file 2 and file 3\n\n"
    s += "| child | date | line in `\(AnnexAFiles.earlyReferralsPath)` | line in `\(AnnexAFiles.lateReferralsPath)` |\n"
    s += "|---|---|---:|---:|\n"
    for o in annex.overlap { s += "| \(o.child) | \(o.day) | \(o.lineInEarlier) | \(o.lineInLater) |\n" }
    s += "\n### Front door figures, synthetic LA (clean rows, overlap counted once)\n\n"
    s += "Children: \(la.children.count). Contacts: \(la.contacts.count). Referrals: \(la.referrals.count).\n\n"
    s += FrontDoorSummary(la, unansweredNFA: [AnnexAFiles.unansweredNFADay]).markdown
    s += "\n### Front door figures, variants (both folders)\n\n"
    s +=
      "Children: \(small.children.count). Contacts: \(small.contacts.count). Referrals: \(small.referrals.count).\n\n"
    s += FrontDoorSummary(small).markdown
    s += "\n### CIN census returns, synthetic LA\n\n"
    s += "| file | children | episodes | assessments | section 47 | ICPCs | CP plans |\n"
    s += "|---|---:|---:|---:|---:|---:|---:|\n"
    for (f, c) in census {
      s +=
        "| `\(f.path)` | \(c.children) | \(c.episodes) | \(c.assessments) | \(c.section47) | \(c.icpcs) | \(c.plans) |\n"
    }
    return s
  }
}
