import Foundation
import Testing

/// The care-journey families from Annex A lists 3, 4, 5 and 7 when no CIN census is given.
@Suite struct AnnexAJourneyTests {
  static let files: [String: String] = [
    "l3.csv": """
    Child Unique ID,Date of referral,Referral NFA?
    A1,01/04/2024,N
    A2,01/07/2024,N
    A3,30/09/2024,N
    """,
    // A2's assessment: Mon 1 July to Tue 3 September 2024 is 45 working days (26 August is a bank
    // holiday); A1's runs from 1 April to 30 September, far longer.
    "l4.csv": """
    Child Unique ID,Continuous Assessment Start Date,Continuous Assessment Date of Authorisation
    A1,01/04/2024,30/09/2024
    A2,01/07/2024,03/09/2024
    A3,30/09/2024,
    """,
    // A2's enquiry starts Mon 1 July; its conference on Mon 22 July is the 15th working day.
    "l5.csv": """
    Child Unique ID,Strategy discussion initiating Section 47 Enquiry Start Date,Was an Initial Child Protection Conference deemed unnecessary?,Date of Initial Child Protection Conference
    A1,01/04/2024,Y,
    A2,01/07/2024,N,22/07/2024
    A3,30/09/2024,Y,
    """,
    "l7.csv": """
    Child Unique ID,Child Protection Plan Start Date,Latest Category of Abuse,Date of latest review conference,Child Protection Plan End Date,Number of Previous Child Protection Plans
    A1,01/04/2024,NEG,,30/04/2024,0
    A2,22/07/2024,EMO,,,1
    A3,30/09/2024,PHY,,,0
    """,
  ]

  @Test func assessmentsEnquiriesAndPlansFromAnnexA() throws {
    let dir = Binary.temporaryDirectory("annexa-journey")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Binary.inputFolder(Self.files, in: dir)
    let (r, folder) = try Binary.runPipeline(
      "j", source: input, in: dir, period: "2024-25-Q2", settings: ["la: \"332\""],
      indicators: "assessments, s47_conferences, child_protection_plans")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("episodes linked from referrals, assessments, enquiries and plans"))
    let csv = try String(contentsOf: folder.appendingPathComponent("indicators.csv"), encoding: .utf8)
    let q2 = ",2024-25-Q2,2024-07-01,2024-09-30,"
    #expect(csv.contains("assessments_45wd,Assessments completed within 45 working days,\(q2)1,2,50.0,percent,high,"))
    #expect(csv.contains("icpc_15wd,Initial conferences within 15 working days,\(q2)1,1,100.0,percent,high,"))
    #expect(csv.contains("icpc_to_cpp,Initial conferences resulting in a plan,\(q2)1,1,100.0,percent,none,"))
    #expect(
      csv.contains("cpp_second_or_subsequent,Plans that are a second or subsequent plan,\(q2)1,2,50.0,percent,low,"))
    // Every review is needed for reviews on time, and Annex A carries only the latest.
    #expect(csv.contains("cpp_reviews_on_time,Children on a plan with reviews on time,\(q2),,,percent,high,no_data"))
  }
}

extension AnnexAJourneyTests {
  @Test func assessmentFactorsAreBlankFromAnnexA() throws {
    let dir = Binary.temporaryDirectory("annexa-factors")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Binary.inputFolder(Self.files, in: dir)
    let (r, folder) = try Binary.runPipeline(
      "f", source: input, in: dir, period: "2024-25-Q2", indicators: "assessments")
    #expect(r.status == 0, "\(r.stderr)")
    let csv = try String(contentsOf: folder.appendingPathComponent("indicators.csv"), encoding: .utf8)
    #expect(
      csv.contains(
        "assessment_factors,Factors identified at assessment,,2024-25-Q2,2024-07-01,2024-09-30,,,,count,none,no_data"))
  }
}
