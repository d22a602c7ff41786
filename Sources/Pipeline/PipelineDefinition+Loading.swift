import Foundation
import Report
import SafeguardCore
import Yams

extension PipelineDefinition {
  /// Reads and checks a definition. `variables` (from --set KEY=VALUE) win over `environment`.
  ///
  /// A file that is missing, is a folder, or is not UTF-8 fails at line 0 with "cannot read the file".
  ///
  /// - Parameters:
  ///   - path: The pipeline file, as the user gave it; kept in `file` and in every message.
  ///   - variables: Values for `${NAME}` from `--set NAME=VALUE`; these win over the environment.
  ///   - environment: The process environment, consulted for names `variables` does not hold.
  /// - Returns: The checked definition, with defaults filled in.
  /// - Throws: `PipelineDefinitionError` naming the file, the line and what was expected.
  public static func load(
    path: String, variables: [String: String], environment: [String: String]
  ) throws(PipelineDefinitionError) -> PipelineDefinition {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw PipelineDefinitionError(
        file: path, line: 0, problem: "cannot read the file", expected: "a readable UTF-8 pipeline file at this path")
    }
    return try parse(text: text, file: path, variables: variables, environment: environment)
  }

  /// Checks a definition held in memory; `file` is used only in messages and as `PipelineDefinition.file`.
  ///
  /// `version: 1` must be the first key and is checked before any other key, so a file written for a later format
  /// fails on its version rather than on keys this reader does not know. Every other key is then checked against
  /// the closed set for its level. `${NAME}` in a value (never in a key) is replaced before the value is checked.
  /// The first problem in file order is reported.
  ///
  /// - Throws: `PipelineDefinitionError` naming the line of the offending node (1-based).
  public static func parse(
    text: String, file: String, variables: [String: String], environment: [String: String]
  ) throws(PipelineDefinitionError) -> PipelineDefinition {
    // libyaml reads a byte-order mark (which some Windows editors add) as content, so it is dropped first.
    let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw PipelineDefinitionError(file: file, text: text, yamlError: error)
    }
    let reader = DefinitionReader(file: file, variables: variables, environment: environment)
    return try reader.definition(root)
  }
}

/// The allowed keys at each level, in the order messages list them.
private enum Keys {
  static let topLevel = ["version", "name", "description", "sources", "settings", "indicators", "outputs"]
  static let settings = [
    "la", "period", "publish", "sn_version", "sn_average", "out", "max_bad_row_percent", "comparator_years",
    "referral_link_days", "missing_tolerance_days", "missing_match_police_ref", "missing_match_date_of_birth",
    "cp_visit_working_days", "history", "csv_bom", "log_retention_days",
  ]
  static let source = ["path"]
}

/// Walks the composed YAML tree, turning each node into a checked value or a `PipelineDefinitionError`.
private struct DefinitionReader {
  typealias Failure = PipelineDefinitionError
  typealias Entry = (key: String, line: Int, value: Node)

  let file: String
  let variables: [String: String]
  let environment: [String: String]

  func fail(_ line: Int, _ problem: String, expected: String) -> Failure {
    Failure(file: file, line: line, problem: problem, expected: expected)
  }

  func line(of node: Node) -> Int { node.mark?.line ?? 1 }

  // MARK: The file

  func definition(_ root: Node?) throws(Failure) -> PipelineDefinition {
    let shape = "a mapping of keys that starts with version: 1"
    guard let root else { throw fail(1, "the file holds no keys", expected: shape) }
    let entries = try self.entries(of: root, what: "the file", expected: shape)
    guard let first = entries.first else { throw fail(line(of: root), "the file holds no keys", expected: shape) }
    guard first.key == "version" else {
      throw fail(first.line, "'\(first.key)' comes before version", expected: "version: 1 as the first key")
    }
    let version = try wholeNumber(first.value, what: "version", expected: "version: 1")
    guard version == 1 else {
      throw fail(line(of: first.value), "version \(version) is not supported", expected: "version: 1")
    }
    try checkKeys(entries, allowed: Keys.topLevel, noun: "a top-level key")

    var definition = PipelineDefinition(name: "", sources: [], file: file)
    var seen: Set<String> = []
    for entry in entries.dropFirst() {
      seen.insert(entry.key)
      switch entry.key {
      case "name": definition.name = try name(entry.value)
      case "description": definition.description = try description(entry.value)
      case "sources": definition.sources = try sources(entry.value)
      case "settings": definition.settings = try settings(entry.value)
      case "indicators":
        definition.families = try choices(entry.value, key: "indicators", noun: "an indicator family", unit: "family")
      case "outputs": definition.outputs = try choices(entry.value, key: "outputs", noun: "an output", unit: "output")
      default: break  // `version`, already checked; Yams rejects a second one as a duplicate key
      }
    }
    guard seen.contains("name") else {
      throw fail(line(of: root), "the file has no name", expected: "name: letters, digits, - and _ (the output folder)")
    }
    guard seen.contains("sources") else {
      throw fail(line(of: root), "the file has no sources", expected: "sources: with at least one - path: entry")
    }
    return definition
  }

  func name(_ node: Node) throws(Failure) -> String {
    let expected = "letters, digits, - and _ only, such as quarter (it names the output folder)"
    let word = try text(node, what: "name", expected: expected)
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    guard word.allSatisfy(allowed.contains) else {
      throw fail(
        line(of: node), "name '\(word)' has characters other than letters, digits, - and _", expected: expected)
    }
    return word
  }

  func description(_ node: Node) throws(Failure) -> String? {
    if Self.isEmptyValue(node) { return nil }
    return try text(node, what: "description", expected: "a sentence of text").trimmingSpaces()
  }

  func sources(_ node: Node) throws(Failure) -> [SourceSpec] {
    let entryShape = "- path: followed by a folder or file"
    let items = try sequence(node, what: "sources", expected: "a list of entries, each \(entryShape)")
    guard !items.isEmpty else {
      throw fail(line(of: node), "sources is empty", expected: "at least one entry such as - path: ../Fixtures/annex-a")
    }
    var sources: [SourceSpec] = []
    for item in items {
      let entries = try self.entries(of: item, what: "a source", expected: entryShape)
      try checkKeys(entries, allowed: Keys.source, noun: "a source key")
      guard let path = entries.first(where: { $0.key == "path" }) else {
        throw fail(line(of: item), "a source has no path", expected: entryShape)
      }
      let value = try text(path.value, what: "path", expected: "a folder or file, relative to this file or absolute")
      sources.append(SourceSpec(path: value, line: line(of: path.value)))
    }
    return sources
  }

  // MARK: Settings

  func settings(_ node: Node) throws(Failure) -> PipelineSettings {
    let entries = try self.entries(of: node, what: "settings", expected: "indented key: value lines under settings:")
    try checkKeys(entries, allowed: Keys.settings, noun: "a setting")
    var settings = PipelineSettings()
    for entry in entries {
      let value = entry.value
      let at = line(of: value)
      switch entry.key {
      case "la":
        let expected = "three digits, such as la: \"332\""
        let word = try text(value, what: "la", expected: expected)
        guard let la = LACode(word) else { throw fail(at, "la '\(word)' is not an LA number", expected: expected) }
        settings.la = la
      case "period":
        settings.period = try period(value)
      case "publish":
        settings.publish = try boolean(value, what: "publish")
      case "sn_version":
        let expected = "sn_version: 2025 or 2021"
        let version = try wholeNumber(value, what: "sn_version", expected: expected)
        guard PipelineSettings.snVersions.contains(version) else {
          throw fail(at, "sn_version \(version) is not supported", expected: expected)
        }
        settings.snVersion = version
      case "sn_average":
        let word = try text(value, what: "sn_average", expected: "mean or median")
        guard let average = SNAverage(rawValue: word) else {
          throw fail(at, "sn_average '\(word)' is not supported", expected: "mean or median")
        }
        settings.snAverage = average
      case "out":
        settings.out = try text(value, what: "out", expected: "a folder, such as out")
      case "max_bad_row_percent":
        let expected = "a number from 0 to 100"
        let word = try text(value, what: "max_bad_row_percent", expected: expected)
        guard let percent = Self.decimal(word) else {
          throw fail(at, "max_bad_row_percent '\(word)' is not a number", expected: expected)
        }
        guard (0...100).contains(percent) else {
          throw fail(at, "max_bad_row_percent \(word) is out of range", expected: expected)
        }
        settings.maxBadRowPercent = percent
      case "comparator_years":
        settings.comparatorYears = try wholeNumber(
          value, what: entry.key, in: 1...13, expected: "a whole number of published years from 1 to 13")
      case "referral_link_days":
        settings.referralLinkDays = try wholeNumber(
          value, what: entry.key, in: 0...365, expected: "a whole number of calendar days from 0 to 365")
      case "cp_visit_working_days":
        settings.cpVisitWorkingDays = try wholeNumber(
          value, what: entry.key, in: 0...60, expected: "a whole number of working days from 0 to 60")
      case "history":
        settings.history = try text(value, what: "history", expected: "a file such as history.sqlite, or none")
      case "log_retention_days":
        settings.logRetentionDays = try wholeNumber(
          value, what: entry.key, in: 0...3650, expected: "a whole number of days from 0 (keep every log) to 3650")
      case "missing_match_police_ref":
        settings.missingMatchPoliceRef = try boolean(value, what: entry.key)
      case "missing_match_date_of_birth":
        settings.missingMatchDateOfBirth = try boolean(value, what: entry.key)
      case "csv_bom":
        settings.csvBOM = try boolean(value, what: entry.key)
      case "missing_tolerance_days":
        settings.missingToleranceDays = try wholeNumber(
          value, what: entry.key, in: 0...31, expected: "a whole number of calendar days from 0 to 31")
      default: break  // checkKeys has already rejected anything else
      }
    }
    return settings
  }

  /// A period keyword, or a label checked by `Period.parse` (whose message is split into problem and expected).
  func period(_ node: Node) throws(Failure) -> PeriodChoice {
    let keywords = PeriodChoice.keywords.map(\.word).joined(separator: ", ")
    let word = try text(node, what: "period", expected: "\(keywords) or a period label such as 2024-25-Q3")
    if let keyword = PeriodChoice.keywords.first(where: { $0.word == word }) { return keyword.choice }
    do {
      return .label(try Period.parse(word))
    } catch {
      let message = error.description
      guard let split = message.firstRange(of: "; expected ") else {
        throw fail(line(of: node), message, expected: "\(keywords) or a period label such as 2024-25-Q3")
      }
      throw fail(
        line(of: node), String(message[..<split.lowerBound]), expected: "\(keywords), " + message[split.upperBound...])
    }
  }

  func boolean(_ node: Node, what: String) throws(Failure) -> Bool {
    let expected = "true, false, yes or no"
    let word = try text(node, what: what, expected: expected)
    switch word.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default: throw fail(line(of: node), "\(what) '\(word)' is not true or false", expected: expected)
    }
  }

  // MARK: Lists of choices

  /// A non-empty list of distinct raw values of `Choice`, in file order.
  func choices<Choice: RawRepresentable & CaseIterable & Equatable>(
    _ node: Node, key: String, noun: String, unit: String
  ) throws(Failure) -> [Choice] where Choice.RawValue == String {
    let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
    let items = try sequence(node, what: key, expected: "a list such as [\(allowed)]")
    guard !items.isEmpty else { throw fail(line(of: node), "\(key) is empty", expected: "at least one of \(allowed)") }
    var chosen: [Choice] = []
    for item in items {
      let word = try text(item, what: "an entry in \(key)", expected: "one of \(allowed)")
      guard let choice = Choice(rawValue: word) else {
        throw fail(line(of: item), "'\(word)' is not \(noun)", expected: "one of \(allowed)")
      }
      guard !chosen.contains(choice) else {
        throw fail(line(of: item), "'\(word)' is listed twice in \(key)", expected: "each \(unit) once")
      }
      chosen.append(choice)
    }
    return chosen
  }

  // MARK: Nodes

  /// The key–value pairs of a mapping in file order; an empty value (`settings:`) is an empty mapping.
  func entries(of node: Node, what: String, expected: String) throws(Failure) -> [Entry] {
    if Self.isEmptyValue(node) { return [] }
    guard let mapping = node.mapping else {
      throw fail(line(of: node), "\(what) is not a mapping of keys", expected: expected)
    }
    var entries: [Entry] = []
    for (key, value) in mapping {
      guard let word = key.scalar?.string else {
        throw fail(line(of: key), "a key in \(what) is not a plain word", expected: expected)
      }
      entries.append((word, line(of: key), value))
    }
    return entries
  }

  func checkKeys(_ entries: [Entry], allowed: [String], noun: String) throws(Failure) {
    for entry in entries where !allowed.contains(entry.key) {
      let expected = allowed.count == 1 ? allowed[0] : "one of " + allowed.joined(separator: ", ")
      throw fail(entry.line, "'\(entry.key)' is not \(noun)", expected: expected)
    }
  }

  /// The items of a list; an empty value (`sources:`) is an empty list.
  func sequence(_ node: Node, what: String, expected: String) throws(Failure) -> [Node] {
    if Self.isEmptyValue(node) { return [] }
    guard let items = node.sequence else { throw fail(line(of: node), "\(what) is not a list", expected: expected) }
    return Array(items)
  }

  /// A single value after `${NAME}` substitution; never empty.
  func text(_ node: Node, what: String, expected: String) throws(Failure) -> String {
    guard let scalar = node.scalar else {
      throw fail(line(of: node), "\(what) is not a single value", expected: expected)
    }
    let value = Self.isEmptyValue(node) ? "" : try substitute(scalar.string, line: line(of: node))
    guard !value.trimmingSpaces().isEmpty else {
      throw fail(line(of: node), "\(what) has no value", expected: expected)
    }
    return value
  }

  func wholeNumber(_ node: Node, what: String, expected: String) throws(Failure) -> Int {
    let word = try text(node, what: what, expected: expected)
    guard let number = Self.integer(word) else {
      throw fail(line(of: node), "\(what) '\(word)' is not a whole number", expected: expected)
    }
    return number
  }

  /// A whole number that must lie in `range`.
  func wholeNumber(_ node: Node, what: String, in range: ClosedRange<Int>, expected: String) throws(Failure) -> Int {
    let number = try wholeNumber(node, what: what, expected: expected)
    guard range.contains(number) else {
      throw fail(line(of: node), "\(what) \(number) is out of range", expected: expected)
    }
    return number
  }

  /// Replaces each `${NAME}` with `variables[NAME]`, else `environment[NAME]`; the result is not scanned again.
  func substitute(_ value: String, line: Int) throws(Failure) -> String {
    var result = ""
    var rest = value[...]
    while let open = rest.firstRange(of: "${") {
      result += rest[..<open.lowerBound]
      let after = rest[open.upperBound...]
      guard let close = after.firstIndex(of: "}") else {
        throw fail(line, "'\(value)' has ${ without a closing }", expected: "${NAME} to use a variable")
      }
      let name = String(after[..<close])
      guard Self.isVariableName(name) else {
        throw fail(
          line, "'${\(name)}' is not a variable reference", expected: "${NAME} with letters, digits and _ only")
      }
      guard let replacement = variables[name] ?? environment[name] else {
        throw fail(line, "undefined variable ${\(name)}", expected: "it from --set \(name)=... or the environment")
      }
      result += replacement
      rest = after[after.index(after: close)...]
    }
    return result + rest
  }

  // MARK: Words

  /// A plain `~`, `null` or nothing at all: a key written with no value.
  static func isEmptyValue(_ node: Node) -> Bool {
    guard let scalar = node.scalar, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  static func isVariableName(_ name: String) -> Bool {
    guard let first = name.first, first == "_" || (first.isASCII && first.isLetter) else { return false }
    return name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
  }

  /// Digits, optionally after `-`; nothing else (no `+`, spaces, `1e3` or `0x10`).
  static func integer(_ word: String) -> Int? {
    let digits = word.hasPrefix("-") ? word.dropFirst() : word[...]
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(word)
  }

  /// A whole number or a decimal with digits on both sides of the point (`5`, `2.5`, `-1`).
  static func decimal(_ word: String) -> Double? {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, integer(String(parts[0])) != nil else { return nil }
    if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
    return Double(word)
  }
}
