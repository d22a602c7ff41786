import SafeguardCore
import Yams

/// A pipeline definition that cannot be used: where it is wrong, what is wrong, and what was expected.
///
/// The description has the form `file:line: problem; expected what`, for example
/// `pipelines/q.yaml:7: 'perod' is not a setting; expected one of la, period, publish, …`. Lines are 1-based and
/// name the offending YAML node; line 0 means the file itself could not be read. The run stops with exit 78.
public struct PipelineDefinitionError: RunError, Sendable, Equatable {
  /// The pipeline file's path, as given.
  public let file: String
  /// The 1-based line of the offending node, or 0 when the file could not be read at all.
  public let line: Int
  /// What is wrong, as a clause without a trailing full stop.
  public let problem: String
  /// What would have been accepted, as a clause that reads after "expected".
  public let expected: String

  public init(file: String, line: Int, problem: String, expected: String) {
    self.file = file
    self.line = line
    self.problem = problem
    self.expected = expected
  }

  public var description: String { "\(file):\(line): \(problem); expected \(expected)" }

  /// Always `.config` (78): the pipeline definition is wrong.
  public var exitStatus: ExitStatus { .config }
}

extension PipelineDefinitionError {
  /// The error for YAML that Yams cannot compose, at the line libyaml reports (line 1 when it reports none).
  ///
  /// A repeated key is reported at its second occurrence when that can be found in block style (same indent, same
  /// plain key), else at the first.
  init(file: String, text: String, yamlError: any Error) {
    let expected = "valid YAML: key: value lines, nested keys indented by two spaces, - before list items"
    switch yamlError as? YamlError {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let words = [context?.text, problem].compactMap { $0 }.joined(separator: ", ")
      self.init(file: file, line: mark.line, problem: "the YAML syntax is wrong (\(words))", expected: expected)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? "?"
      let first = context.mark.line
      let prefix = String(repeating: " ", count: max(context.mark.column - 1, 0)) + key + ":"
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let again = lines.indices.dropFirst(first).first { lines[$0].hasPrefix(prefix) }.map { $0 + 1 }
      let problem =
        again == nil ? "'\(key)' appears twice in one mapping" : "'\(key)' is given again (first on line \(first))"
      self.init(file: file, line: again ?? first, problem: problem, expected: "each key once")
    case .reader(let problem, let offset, _, _):
      let line = offset.map { 1 + text.prefix($0).filter { $0 == "\n" }.count } ?? 1
      self.init(file: file, line: line, problem: "the file is not readable text (\(problem))", expected: "UTF-8 text")
    default:
      self.init(file: file, line: 1, problem: "the YAML cannot be read (\(yamlError))", expected: expected)
    }
  }
}
