import Foundation
import Logging
import Testing

@testable import Pipeline

/// The run log's two line formats.
@Suite struct LogFormatTests {
  static let time = Date(timeIntervalSince1970: 1_796_608_803.25)  // 2026-12-07T02:00:03.250Z

  static func line(_ message: String, fields: Logger.Metadata = [:], stage: String? = "read") -> LogLine {
    LogLine(time: time, level: .info, message: message, runID: "20261207T020003Z-3f9a", stage: stage, fields: fields)
  }

  @Test func textOnTheTerminalIsTheMessageAloneAndInTheFileItFollowsTheTime() {
    let l = Self.line("  read contacts.csv: 99 rows")
    #expect(LogFormat.text.line(l, forFile: false) == "  read contacts.csv: 99 rows")
    #expect(LogFormat.text.line(l, forFile: true) == "2026-12-07T02:00:03Z    read contacts.csv: 99 rows")
  }

  @Test func jsonPutsTheFixedKeysFirstThenTheFieldsInKeyOrder() {
    let l = Self.line(
      "  input contacts.csv: 1,204 rows in, 3 rejected",
      fields: ["rows": .stringConvertible(1204), "file": "contacts.csv", "rejected": .stringConvertible(3)])
    #expect(
      LogFormat.json.line(l, forFile: false)
        == #"{"time":"2026-12-07T02:00:03.250Z","level":"info","run_id":"20261207T020003Z-3f9a","stage":"read","#
        + #""message":"input contacts.csv: 1,204 rows in, 3 rejected","file":"contacts.csv","rejected":3,"rows":1204}"#)
  }

  @Test func aStageFieldReplacesTheCurrentStageAndNumbersStayNumbers() throws {
    let l = Self.line(
      "stage write: 0.920 s",
      fields: ["stage": "write", "seconds": .stringConvertible(0.9204), "ok": .stringConvertible(true)],
      stage: "summary")
    let o = try #require(
      try JSONSerialization.jsonObject(with: Data(LogFormat.json.line(l, forFile: true).utf8)) as? [String: Any])
    #expect(o["stage"] as? String == "write")
    #expect(o["seconds"] as? Double == 0.92)
    #expect(o["ok"] as? Bool == true)
  }

  @Test func jsonEscapesQuotesBackslashesAndControlCharacters() throws {
    let message = "a \"quoted\" C:\\path\twith\u{1}bell\nand a new line, and Renée"
    let text = LogFormat.json.line(Self.line(message, stage: nil), forFile: false)
    #expect(!text.contains("\n"))
    let o = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(o["message"] as? String == message)
    #expect(o["stage"] as? String == "")
  }

  @Test func arraysAndReservedKeys() throws {
    let l = Self.line(
      "outputs", fields: ["outputs": .array(["a.csv", "b.csv"]), "message": "shadow", "time": "shadow"])
    let text = LogFormat.json.line(l, forFile: false)
    let o = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(o["outputs"] as? [String] == ["a.csv", "b.csv"])
    #expect(o["message"] as? String == "outputs")
    #expect(text.components(separatedBy: "\"time\"").count == 2)
  }

  @Test(arguments: [(0.0, "0"), (1.2344, "1.234"), (12.5, "12.5"), (3.0, "3")])
  func secondsToTheMillisecond(value: Double, text: String) {
    #expect(JSONText.number(value) == text)
  }
}
