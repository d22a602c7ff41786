import FuzzDriver
import SafeguardCore

@testable import Ingest

/// libFuzzer target: any bytes as a CSV extract, through the sniffer and the reader `run` uses
/// (every encoding, every list and extract kind the header may name).
///
/// Each input is read twice, as one pass and cut into pieces from 256 bytes on (the way lists of
/// 8 MiB and more are read on two threads), and the two must agree: the pieces' reading claims
/// results, lines and findings identical to one pass. Besides a crash, a difference or an
/// internal error (exit 70) stops the fuzzer.
@main enum FuzzCSV {
  static func main() {
    let file = ScratchFile(name: "extract.csv")
    FuzzDriver.main { data in
      file.write(data)
      guard FileSniffer.shape(of: file.path) == .delimitedText else { return }
      let whole = read(file.path, CSVExtractReader(splitFrom: .max))
      let pieces = read(file.path, CSVExtractReader(splitFrom: 256))
      if whole != pieces {
        fatalError("one pass and pieces differ:\n--- one pass\n\(whole)\n--- pieces\n\(pieces)")
      }
    }
  }

  /// What reading gave, as text to compare.
  static func read(_ path: String, _ reader: CSVExtractReader) -> String {
    var set = ExtractSet()
    do {
      switch try reader.read(path: path, name: "extract.csv", into: &set) {
      case .unrecognised(_, let reason):
        return "unrecognised: \(reason)"
      case .read(let s):
        var text = "\(s.kind) \(s.encoding) rows \(s.rows) used \(s.rowsUsed) \(String(describing: s.firstDate))"
        text += " \(String(describing: s.lastDate)) ignored \(s.ignoredColumns)\n"
        text += "contacts \(set.contacts.map { "\($0.child)/\($0.date)" })\n"
        text += "referrals \(set.referrals.map { "\($0.child)/\($0.date)/\($0.nfa)" })\n"
        text += "children \((0..<set.children.count).map { set.children[Int32($0)] })\n"
        return text + set.findings.map(\.located).joined(separator: "\n")
      }
    } catch let error as RunError {
      if error.exitStatus == .software { fatalError("internal error: \(error)") }
      return "\(error.exitStatus): \(error)"
    } catch {
      fatalError("unexpected error: \(error)")
    }
  }
}
