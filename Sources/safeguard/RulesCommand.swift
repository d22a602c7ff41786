import ArgumentParser
import SafeguardCore
import Validate

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List the DfE CIN census validation rules: code, severity, module, years and DfE's message.")

  @Option(help: "Only the rules of this census year (2024-25).")
  var year: String?

  func run() throws {
    var rules = CensusRules.all.sorted { $0.info.code < $1.info.code }
    if let year {
      guard let y = CensusYear(year) else {
        throw ValidationError("--year '\(year)' is not a census year such as 2024-25")
      }
      rules = CensusRules.rules(for: y)
      print("\(rules.count) rules for \(y.label)")
    } else {
      print(
        "\(rules.count) rules; by year: "
          + CensusYear.supported.map { "\($0.label) \(CensusRules.rules(for: $0).count)" }.joined(separator: ", "))
    }
    print("code   severity  module                  years               message")
    for r in rules.map(\.info) {
      print(
        FindingsText.pad(r.code, 6) + " " + FindingsText.pad(r.severity.rawValue, 9) + " "
          + FindingsText.pad(r.module.rawValue, 23) + " " + FindingsText.pad(r.years.description, 19) + " " + r.message)
    }
  }
}
