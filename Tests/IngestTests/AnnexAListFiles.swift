import Foundation
import SafeguardCore
import Testing

@testable import Ingest

/// Canonical headers of Annex A lists 1–8 (`reference/annex-a/columns.csv`) and rows built by name.
enum AnnexALists {
  static let common = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"]
  static let allocated = ["Allocated Team", "Allocated Worker"]
  static let disability = "Does the Child have a Disability"

  static let headers: [ExtractKind: [String]] = [
    .annexAContacts: common + ["Date of Contact", "Contact Source"],
    .annexAEarlyHelp: common + [
      "Assessment start date", "Assessment completion date", "Organisation completing assessment",
    ],
    .annexAReferrals: TestFiles.referralHeader.components(separatedBy: ","),
    .annexAAssessments: common + [
      disability, "Continuous Assessment Start Date", "Child Seen During Continuous Assessment",
      "Continuous Assessment Date of Authorisation",
      "Was the child assessed as requiring LA children's social care support?",
    ] + allocated,
    .annexASection47: common + [
      disability, "Strategy discussion initiating Section 47 Enquiry Start Date",
      "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
      "Did the Initial Child Protection Conference Result in a Child Protection Plan",
      "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months",
    ] + allocated,
    .annexAChildrenInNeed: common + [
      disability, "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen", "CIN Closure Date",
      "Reason for Closure", "Case Status",
    ] + allocated,
    .annexAChildProtection: common + [
      disability, "Child Protection Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse",
      "Date of the Last Statutory Visit", "Was the Child Seen Alone?", "Date of latest review conference",
      "Child Protection Plan End Date",
      "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
      "Number of Previous Child Protection Plans",
    ] + allocated,
    .annexAChildrenInCare: common + [
      "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", disability,
      "Date Started to be Looked After", "Child's Category of Need",
      "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
      "Start date of current legal status", "Child's Legal Status", "Date of Latest Statutory Review",
      "Date of Last Social Work Visit", "What is the permanence plan for this child?",
      "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment", "Date of Last Dental Check",
      "Number of Placements in the Last 12 months", "Date Ceased to be Looked After",
      "Reason Ceased to be Looked After", "Start Date of Most Recent Placement", "Placement Type",
      "Placement Provider", "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
      "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
      "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
      "Was the child offered a Return Interview after their last missing episode (Y/N)?",
      "Did the child accept a Return Interview after their last missing episode (Y/N)?",
    ] + allocated,
  ]

  static let defaults = [
    "Gender": "F", "Ethnicity": "WBRI", "Date of Birth": "01/01/2015", "Age of Child (Years)": "9",
  ]

  /// A CSV file: the header row, then one row per dictionary (values by header; the common
  /// columns default to a plausible child, the rest to blank).
  static func csv(_ header: [String], _ rows: [[String: String]], ending: String = "\n") -> String {
    func quoted(_ s: String) -> String {
      s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
    let lines = [header.map(quoted)] + rows.map { row in header.map { quoted(row[$0] ?? defaults[$0] ?? "") } }
    return lines.map { $0.joined(separator: ",") }.joined(separator: ending) + ending
  }

  static func csv(_ kind: ExtractKind, _ rows: [[String: String]], ending: String = "\n") -> String {
    csv(headers[kind]!, rows, ending: ending)
  }

  /// The summary of a file that was read; records an issue when it was not.
  static func summary(_ outcome: FileOutcome) -> ExtractFileSummary? {
    guard case .read(let s) = outcome else {
      Issue.record("the file was not read: \(outcome)")
      return nil
    }
    return s
  }
}
