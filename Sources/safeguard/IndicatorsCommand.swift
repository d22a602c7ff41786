import ArgumentParser
import SafeguardCore
import Validate

struct IndicatorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "indicators",
    abstract: "List every indicator: id, unit, polarity, whether this version computes it, and its name.")

  func run() {
    let width = IndicatorCatalogue.all.map(\.id.rawValue.count).max() ?? 10
    print("id".padding(toLength: width, withPad: " ", startingAt: 0) + "  unit     polarity  computed  name")
    for d in IndicatorCatalogue.all {
      let computed = IndicatorCatalogue.computed.contains(d.id) ? "yes" : "not yet"
      print(
        d.id.rawValue.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
          + d.unit.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  "
          + d.polarity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  "
          + computed.padding(toLength: 8, withPad: " ", startingAt: 0) + "  " + d.name)
    }
  }
}

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Print the full definition of one indicator or DfE census rule.")

  @Argument(help: "An indicator id (`safeguard indicators`) or a DfE census rule code (`safeguard rules`).")
  var id: String

  func run() throws {
    if let rule = CensusRules.rule(id)?.info {
      print("\(rule.code): \(rule.message)")
      print("severity:   \(rule.severity.rawValue)\(rule.severity == .query ? " (a query: check and explain)" : "")")
      print("module:     \(rule.module.rawValue)")
      print("fields:     \(rule.fields.joined(separator: ", "))")
      print("years:      \(rule.years)")
      return
    }
    guard let d = IndicatorCatalogue.named(id) else {
      let near = IndicatorCatalogue.all.map(\.id.rawValue).filter { $0.hasPrefix(String(id.prefix(3))) }
      throw ValidationError(
        "'\(id)' is not an indicator id; run `safeguard indicators` for the list"
          + (near.isEmpty ? "" : " (similar: \(near.joined(separator: ", ")))"))
    }
    print("\(d.id): \(d.name)")
    print("family:     \(d.family.rawValue)")
    print("unit:       \(d.unit.label)")
    print("polarity:   \(d.polarity.rawValue)")
    print("computed:   \(IndicatorCatalogue.sources(of: d.id))")
    print("definition: \(d.definition)")
    let dimensions = IndicatorCatalogue.breakdowns(of: d.id)
    if !dimensions.isEmpty {
      print(
        "breakdowns: \(dimensions.map(\.rawValue).joined(separator: ", ")) (each where the source has the field; "
          + "rows `<dimension>=<group>`)")
    }
  }
}
