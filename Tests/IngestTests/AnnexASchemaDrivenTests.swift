import SafeguardCore
import SafeguardKernels
import Testing

@testable import Ingest

/// Every Annex A list's decoder reads its columns by name through its schema: the same rows with
/// the columns in another order give the same records and the same findings.
@Suite struct AnnexASchemaDrivenTests {
  /// A value for each header: dates, yes/no answers, counts and codes where the header asks for
  /// them (some rows are meant to give findings too, which must not depend on the order either).
  static func value(_ header: String, row: Int) -> String {
    let h = header.lowercased()
    if header == "Child Unique ID" { return "C\(row)" }
    if header == "Date of Birth" { return row == 2 ? "31/02/2015" : "0\(row + 1)/01/2015" }
    if h.contains("date") || h.contains("started to be looked after") || h.contains("ceased to be looked after") {
      return "1\(row)/0\(row + 4)/2024"
    }
    if h.contains("number of") { return row == 1 ? "two" : "\(row)" }
    if h.contains("(y/n)") || h.hasPrefix("was ") || h.hasPrefix("did ") || h.hasPrefix("does ") || h.hasPrefix("is ")
      || h.contains("seen") || h.contains("nfa")
    {
      return ["Y", "b) No", "maybe"][row % 3]
    }
    if h.contains("source") { return ["1A", "q) 6: Police", "Neighbour"][row % 3] }
    if h.contains("category of abuse") { return ["NEG", "Physical", "Other"][row % 3] }
    if h.contains("primary need") { return "N\(row + 1)" }
    if h.contains("reason for closure") { return "RC\(row + 1)" }
    return "text \(row), with a comma"
  }

  static func csv(_ headers: [String]) -> String {
    let rows = (0..<3).map { row in Dictionary(uniqueKeysWithValues: headers.map { ($0, value($0, row: row)) }) }
    return AnnexALists.csv(headers, rows)
  }

  /// What the set holds after reading, as text: every record and every finding but the file order.
  static func summary(_ set: ExtractSet) -> [String] {
    [
      "\(set.contacts)", "\(set.referrals)", "\(set.earlyHelp)", "\(set.assessments)", "\(set.section47s)",
      "\(set.cinRecords)", "\(set.plans)", "\(set.careEpisodes)",
    ]
      + set.findings.map { "\($0.rule.code) \($0.line ?? 0) \($0.childRef ?? "") \($0.field ?? "") \($0.value ?? "")" }
      .sorted()
  }

  @Test(arguments: AnnexASchema.all.map(\.kind))
  func columnsInAnotherOrderGiveTheSameRecords(kind: ExtractKind) throws {
    let headers = try #require(AnnexALists.headers[kind])
    let (inOrder, _) = try TestFiles.read(Self.csv(headers), name: "list.csv")
    // Reversed, and rotated so the child ID is neither first nor last.
    var moved = Array(headers.reversed())
    moved.append(moved.removeFirst())
    let (reordered, _) = try TestFiles.read(Self.csv(moved), name: "list.csv")
    #expect(inOrder.files.first?.rowsUsed ?? 0 > 0, "no row of \(kind) was used")
    #expect(Self.summary(inOrder) == Self.summary(reordered))
  }

  /// The decoder of each list with its schema's columns listed in another order: a decoder that
  /// picked a column by its place in the schema would read another column.
  @Test(arguments: AnnexASchema.all)
  func aSchemaInAnotherOrderDecodesTheSame(schema: AnnexASchema) throws {
    let headers = try #require(AnnexALists.headers[schema.kind])
    let shuffled = AnnexASchema(kind: schema.kind, columns: schema.columns.reversed())
    func decode(_ schema: AnnexASchema) throws -> AnnexAFileState {
      let layout = try ColumnLayout(headers: headers, columns: schema.columns, kind: schema.kind, file: "list.csv")
      var state = AnnexAFileState(
        name: "list.csv", children: ChildRegistry(), fileIndex: 0, schema: schema, layout: layout)
      var header = true
      let parser = try #require(
        CSVParser(
          onRecord: { record in
            if header {
              header = false
            } else {
              state.accept(record)
            }
            return nil
          }, onError: { _ in }))
      Array(Self.csv(headers).utf8).withUnsafeBytes { parser.feed($0) }
      parser.finish()
      return state
    }
    let (a, b) = (try decode(schema), try decode(shuffled))
    #expect(a.rowsUsed > 0)
    let records = { (s: AnnexAFileState) in
      [
        "\(s.contacts)", "\(s.referrals)", "\(s.earlyHelp)", "\(s.assessments)", "\(s.section47s)", "\(s.cinRecords)",
        "\(s.plans)", "\(s.careEpisodes)",
      ]
        + s.findings.map { "\($0.rule.code) \($0.line ?? 0) \($0.field ?? "") \($0.value ?? "")" }
    }
    #expect(records(a) == records(b))
  }
}
