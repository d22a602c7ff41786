import Foundation
import History
import Testing

@testable import safeguard

/// The history store as a nightly job meets it: two nights, a diff, trend periods the extract no
/// longer reaches, and re-running the same inputs.
@Suite struct HistoryRunTests {
  /// Contacts (Annex A list 1): `perMonth` a month from April of `fromYear` to December 2024.
  static func contacts(fromYear: Int, perMonth: Int = 3, dropMonth: String? = nil) -> String {
    var lines = ["Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source"]
    var child = 0
    for year in fromYear...2024 {
      for month in 1...12 where (year > fromYear || month >= 4) {
        let m = (month < 10 ? "0" : "") + "\(month)"
        if dropMonth == "\(year)-\(m)" { continue }
        for day in 1...perMonth {
          child += 1
          lines.append("C\(100_000 + child),F,WBRI,01/01/2015,8,0\(day)/\(m)/\(year),6")
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  static func night(_ dir: URL, contacts: String) throws -> (result: Binary.Result, folder: URL) {
    try? FileManager.default.removeItem(at: dir.appendingPathComponent("input"))
    let input = try Binary.inputFolder(["contacts.csv": contacts], in: dir)
    return try Binary.runPipeline(
      "nightly", source: input, in: dir, period: "2024-25-Q3", settings: ["la: \"332\""], indicators: "front_door",
      outputs: "indicators, trend, manifest", quiet: true)
  }

  static func trendLine(_ folder: URL, _ prefix: String) throws -> [String] {
    let text = try String(contentsOf: folder.appendingPathComponent("trend.csv"), encoding: .utf8)
    let lines = text.split(separator: "\r\n").map(String.init)
    return [lines[0], lines.first { $0.hasPrefix(prefix) } ?? ""]
  }

  @Test func trendTakesPeriodsTheExtractNoLongerReachesFromTheStoreAndNamesTheRun() throws {
    let dir = Binary.temporaryDirectory("history-trend")
    let first = try Self.night(dir, contacts: Self.contacts(fromYear: 2021))
    #expect(first.result.status == 0)
    // The next export starts in April 2022: 2021-22 is no longer covered.
    let second = try Self.night(dir, contacts: Self.contacts(fromYear: 2022))
    #expect(second.result.status == 0)
    let runs = try Binary.run(["history", "--out", dir.appendingPathComponent("out").path, "--csv"])
    let firstID = try #require(runs.stdout.split(separator: "\r\n").last?.split(separator: ",").first)
    let trend = try Self.trendLine(second.folder, "contacts,Contacts received,,")
    #expect(trend[0].hasPrefix("indicator_id,indicator,breakdown,unit,polarity,2021-22,2022-23,2023-24,"))
    #expect(trend[0].hasSuffix(",source"))
    // 36 contacts in each financial year; 2021-22's from the first night, named in `source`.
    #expect(trend[1].hasPrefix("contacts,Contacts received,,count,none,36,36,36,9,9,9,9,9,"))
    #expect(trend[1].hasSuffix(",history run \(firstID): 2021-22"))
    // indicators.csv holds only what this run computed.
    let indicators = try String(contentsOf: second.folder.appendingPathComponent("indicators.csv"), encoding: .utf8)
    #expect(!indicators.contains(",2021-22,"))
  }

  @Test func reRunningTheSameInputsIsIdempotent() throws {
    let dir = Binary.temporaryDirectory("history-idempotent")
    let text = Self.contacts(fromYear: 2022)
    let first = try Self.night(dir, contacts: text)
    let before = try Binary.files(in: first.folder)
    let second = try Self.night(dir, contacts: text)
    #expect(second.result.status == 0)
    #expect(try Binary.files(in: second.folder) == before)
    let out = dir.appendingPathComponent("out").path
    let runs = try Binary.run(["history", "--out", out, "--csv"]).stdout.split(separator: "\r\n")
    #expect(runs.count == 3)  // header and two runs
    let diff = try Binary.run(["history", "diff", "--out", out])
    #expect(diff.status == 0)
    #expect(diff.stdout.contains("inputs: no change"))
    #expect(diff.stdout.contains("indicator values: 0 changed"))
    // The second run's values are the first's: both runs point at one set of values in the store.
    let stored = try HistoryStore(path: out + "/history.sqlite").runs()
    #expect(stored.count == 2 && stored[0].valueSet != nil && stored[0].valueSet == stored[1].valueSet)
  }

  @Test func historyDiffShowsTheChangedInputAndValues() throws {
    let dir = Binary.temporaryDirectory("history-diff")
    _ = try Self.night(dir, contacts: Self.contacts(fromYear: 2022))
    _ = try Self.night(dir, contacts: Self.contacts(fromYear: 2022, dropMonth: "2024-11"))
    let out = dir.appendingPathComponent("out").path
    let diff = try Binary.run(["history", "diff", "--out", out])
    #expect(diff.status == 0)
    #expect(diff.stdout.contains("changed  \(dir.path)/input/contacts.csv "))
    #expect(diff.stdout.contains("VAL001  error          0      1"))
    // Only rows whose value, numerator or flags changed: not the zero groups whose total changed.
    #expect(!diff.stdout.contains("age=1-4"))
    // November 2024 is in 2024-25-Q3 and the rolling year: 9 → 6 and 36 → 33.
    let lines = diff.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
    #expect(lines.contains { $0.map(String.init) == ["contacts", "2024-25-Q3", "9", "6", "-3", "9", "6"] })
    #expect(lines.contains { $0.map(String.init) == ["contacts", "R12-2024-12", "36", "33", "-3", "36", "33"] })
    let csv = try Binary.run(["history", "diff", "--out", out, "--csv"])
    #expect(csv.stdout.contains("\r\ninput_changed,"))
    #expect(csv.stdout.contains(",contacts,,2024-25-Q3,9,6,-3,9,,6,,,,provisional,provisional\r\n"))
  }

  @Test func aDiffSaysWhichFlagsAValueGainedAndLost() {
    #expect(HistoryText.flagChange("data_errors", "provisional;data_errors") == "+provisional")
    #expect(HistoryText.flagChange("provisional;data_errors", "") == "-provisional -data_errors")
    #expect(HistoryText.flagChange("no_data", "provisional") == "+provisional -no_data")
    #expect(HistoryText.flagChange(nil, "provisional") == "+provisional")
    #expect(HistoryText.flagChange("suppressed", "suppressed") == "")
  }

  @Test func aMissingStoreIsMissingInput() throws {
    let dir = Binary.temporaryDirectory("history-none")
    let r = try Binary.run(["history", "--out", dir.path])
    #expect(r.status == 66)
    #expect(r.stderr.contains("no history store at \(dir.path)/history.sqlite"))
  }
}
