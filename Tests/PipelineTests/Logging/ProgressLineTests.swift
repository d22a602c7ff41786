import Foundation
import Testing

@testable import Pipeline

/// When the progress line is drawn, what it says, and that it always clears itself.
@Suite struct ProgressLineTests {
  @Test(arguments: [
    (true, RunLog.Level.normal, LogFormat.text, true),
    (true, .verbose, .text, true),
    (false, .normal, .text, false),
    (false, .verbose, .text, false),
    (true, .quiet, .text, false),
    (true, .normal, .json, false),
    (false, .quiet, .json, false),
  ])
  func drawnOnlyOnATerminalAndNeitherQuietNorJSON(
    isTerminal: Bool, level: RunLog.Level, format: LogFormat, shows: Bool
  ) {
    #expect(ProgressLine.shows(isTerminal: isTerminal, level: level, format: format) == shows)
    #expect((RunLog(level: level, format: format, isTerminal: isTerminal, write: { _ in }).progress != nil) == shows)
  }

  @Test func theLineSaysBytesAndRows() {
    #expect(
      ProgressLine.text(file: "contacts.csv", bytes: 41_900_000, size: 812_000_000, rows: 1_204_331)
        == "reading contacts.csv: 41.9 of 812.0 MB, 1,204,331 rows")
    #expect(
      ProgressLine.text(file: "census.xml", bytes: nil, size: 812_000_000, rows: 120_331, unit: "children")
        == "reading census.xml (812.0 MB): 120,331 children")
  }

  final class Written: @unchecked Sendable {
    let lock = NSLock()
    var text = ""
    func add(_ s: String) {
      lock.lock()
      text += s
      lock.unlock()
    }
  }

  @Test func aLongReadIsRedrawnInPlaceAndClearedBeforeTheNextLine() async throws {
    let written = Written()
    let output = LogOutput(format: .text, consoleLevel: .info, fileLevel: .info, console: { written.add($0) })
    let progress = ProgressLine(output: output, interval: .milliseconds(20))
    progress.begin(file: "contacts.csv", size: 2_000_000)
    progress.update(bytes: 1_000_000, rows: 10)
    try await Task.sleep(for: .milliseconds(700))
    output.write(level: .info, message: "read contacts.csv", fields: [:])
    progress.end()
    let text = written.text
    #expect(text.contains("\rreading contacts.csv: 1.0 of 2.0 MB, 10 rows"))
    // The line is cleared before the log line, and the log line ends the output.
    #expect(text.hasSuffix(LogOutput.clearLine + "read contacts.csv\n"))
  }

  @Test func aQuickReadDrawsNothing() {
    let written = Written()
    let output = LogOutput(format: .text, consoleLevel: .info, fileLevel: .info, console: { written.add($0) })
    let progress = ProgressLine(output: output)
    progress.begin(file: "small.csv", size: 100)
    progress.end()
    #expect(written.text.isEmpty)
  }
}
