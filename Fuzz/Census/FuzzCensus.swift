import FuzzDriver
import Pipeline
import SafeguardCore

/// libFuzzer target: any bytes as a CIN census file, through `safeguard validate` (the sniffer,
/// libxml2's reader with its DOCTYPE and entity guards, the census model and every DfE rule of
/// the file's year). A crash, a hang or an internal error (exit 70) stops the fuzzer; a refused
/// file is the expected outcome for most inputs.
@main enum FuzzCensus {
  static func main() {
    let file = ScratchFile(name: "census.xml")
    let runner = Runner(log: RunLog(level: .quiet, write: { _ in }))
    FuzzDriver.main { data in
      file.write(data)
      do {
        _ = try runner.validate(paths: [file.path], out: nil)
      } catch let error as RunError {
        if error.exitStatus == .software { fatalError("internal error: \(error)") }
      } catch {
        fatalError("unexpected error: \(error)")
      }
    }
  }
}
