import FuzzDriver
import Pipeline

/// libFuzzer target: any bytes as a pipeline file (YAML, through Yams and libyaml, then the
/// definition's checks and `${VAR}` substitution). Every input either loads or fails with a
/// `PipelineDefinitionError` whose sentence starts with the file's name and a line number, as
/// the README promises (`file:line: what is wrong; expected ...`).
@main enum FuzzPipelineFile {
  static func main() {
    FuzzDriver.main { data in
      let text = String(decoding: data, as: UTF8.self)
      do {
        _ = try PipelineDefinition.parse(
          text: text, file: "fuzz.pipeline.yaml", variables: ["SAFEGUARD_INPUT": "in", "X": "${X}"],
          environment: ["SAFEGUARD_LA": "332"])
      } catch let error as PipelineDefinitionError {
        let message = error.description
        guard message.hasPrefix("fuzz.pipeline.yaml:"), error.line >= 0, !error.problem.isEmpty else {
          fatalError("a pipeline file error that does not say where or what: \(message)")
        }
      } catch {
        fatalError("unexpected error: \(error)")
      }
    }
  }
}
