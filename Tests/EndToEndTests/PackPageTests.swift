import Foundation
import Report
import Testing

/// The quarter's `pack.html` against the CSVs beside it: every figure in its tables is the CSV's
/// own text, the page is accessible by our own checks, `safeguard pack` rebuilds it byte for
/// byte, and a published run's page holds no child-level data.
@Suite(.serialized) struct PackPageTests {
  static let golden = GoldenTests.snapshots.appendingPathComponent("2024-25-Q3")

  static func text(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

  static func table(_ folder: URL, _ name: String) throws -> CSVTable {
    try CSVTable(name: name, bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
  }

  /// Each `<td>` or `<li>` that names its CSV cell: file, row, column (or `share`), and the text shown.
  static func sourcedCells(_ html: String) -> [(file: String, row: Int, column: String?, shown: String)] {
    let pattern =
      /<(td|li) data-csv="([^"]+)" data-row="(\d+)" (?:data-col="([^"]*)"|data-share="[^"]*")[^>]*>(.*?)<\/(?:td|li)>/
    return html.matches(of: pattern).map { m in
      (String(m.output.2), Int(m.output.3)!, m.output.4.map(String.init), plain(String(m.output.5)))
    }
  }

  /// The text of an HTML fragment: tags dropped, the five escapes undone.
  static func plain(_ s: String) -> String {
    s.replacing(/<[^>]+>/, with: "").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
      .replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&amp;", with: "&")
  }

  /// Checks every sourced cell of the page in `folder` against its CSV; returns how many were checked.
  static func checkFigures(in folder: URL) throws -> Int {
    let html = try text(folder.appendingPathComponent("pack.html"))
    var tables: [String: CSVTable] = [:]
    let cells = sourcedCells(html)
    for cell in cells {
      if tables[cell.file] == nil { tables[cell.file] = try table(folder, cell.file) }
      let t = tables[cell.file]!
      #expect(!cell.file.contains("PERSONAL"))
      let expected: String
      if let column = cell.column {
        expected = t.cell(cell.row, column)
      } else {
        let (n, d) = (t.cell(cell.row, "numerator"), t.cell(cell.row, "denominator"))
        expected =
          n == "c" || d == "c"
          ? "c"
          : (Int(n).flatMap { n in Int(d).map { Cell.fraction(n, $0, multiplier: 100, places: 1).rendered } } ?? "")
      }
      let shown = expected.isEmpty ? (cell.column == "flags" ? "none" : "no value") : expected
      #expect(
        cell.shown == shown,
        "\(cell.file) row \(cell.row) \(cell.column ?? "share"): page \(cell.shown), CSV \(expected)")
    }
    // No figure in a table escapes the check: a cell without data-csv holds words only.
    for m in html.matches(of: /<td>([^<]*)<\/td>/) {
      #expect(Double(m.output.1) == nil, "a table cell shows \(m.output.1) with no CSV cell named")
    }
    return cells.count
  }

  @Test func everyFigureInThePagesTablesIsTheCSVs() throws {
    let checked = try Self.checkFigures(in: Self.golden)
    #expect(checked > 3000)
  }

  @Test func theSectionsComeInTheOrderOfAnAnnualReport() throws {
    let html = try Self.text(Self.golden.appendingPathComponent("pack.html"))
    let ids = html.matches(of: /<section id="([^"]+)"/).map { String($0.output.1) }
    #expect(
      ids == ["headlines", "front-door", "assessments", "s47", "cpp", "cin-cla", "missing", "lado", "data-quality"])
  }

  /// Our own accessibility checks, beside axe-core's in the browser test: language, one h1 and no
  /// skipped heading level, unique ids, every chart named and described, every table captioned
  /// with scoped headers, and text colours of 4.5:1 or more on their backgrounds.
  @Test func thePagePassesOurAccessibilityChecks() throws {
    let html = try Self.text(Self.golden.appendingPathComponent("pack.html"))
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains(/<title>[^<]+<\/title>/))
    let levels = html.matches(of: /<h([1-6])[ >]/).map { Int(String($0.output.1))! }
    #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1)
    for (a, b) in zip(levels, levels.dropFirst()) { #expect(b <= a + 1, "heading h\(b) follows h\(a)") }
    let ids = html.matches(of: /\ id="([^"]+)"/).map { String($0.output.1) }
    #expect(Set(ids).count == ids.count)
    let svgs = html.matches(of: /<svg [^>]*>\n<title id="([^"]+)">([^<]+)<\/title>\n<desc id="([^"]+)">([^<]+)<\/desc>/)
    #expect(svgs.count == html.components(separatedBy: "<svg ").count - 1)
    for m in html.matches(of: /<svg [^>]*role="img"[^>]*aria-labelledby="([^ "]+) ([^"]+)"/) {
      #expect(Set(ids).isSuperset(of: [String(m.output.1), String(m.output.2)]))
    }
    let tables = html.components(separatedBy: "<table>").count - 1
    #expect(tables > 100)
    #expect(html.matches(of: /<table>\n<caption>[^<]+<\/caption>/).count == tables)
    #expect(html.matches(of: /<th(?: [^>]*)?>/).allSatisfy { $0.output.contains("scope=\"") })
    let white = "#FFFFFF"
    for m in html.matches(of: /<text [^>]*fill="(#[0-9A-F]{6})"/) where m.output.1 != white {
      #expect(Self.contrast(String(m.output.1), white) >= 4.5, "chart text \(m.output.1) on white")
    }
    #expect(Self.contrast(white, "#0072B2") >= 4.5)
    for m in html.matches(of: /[^-]color: (#[0-9A-F]{6})/) {
      for background in [white, "#F5F5F5", "#EEF3F8", "#FBE6D8"] {
        #expect(Self.contrast(String(m.output.1), background) >= 4.5, "text \(m.output.1) on \(background)")
      }
    }
  }

  /// WCAG's contrast ratio of two `#RRGGBB` colours.
  static func contrast(_ a: String, _ b: String) -> Double {
    func luminance(_ hex: String) -> Double {
      let v = Int(hex.dropFirst(), radix: 16)!
      let c = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map { x -> Double in
        let s = Double(x) / 255
        return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    }
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }

  @Test func thePackCommandRebuildsThePageByteForByte() throws {
    let dir = Binary.temporaryDirectory("pack-rebuild")
    defer { try? FileManager.default.removeItem(at: dir) }
    let folder = dir.appendingPathComponent("2024-25-Q3")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: Self.golden.path)
    where !name.contains("child-level") && name != "pack.html" {
      try FileManager.default.copyItem(
        at: Self.golden.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let r = try Binary.run(["pack", folder.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let page = try Data(contentsOf: folder.appendingPathComponent("pack.html"))
    #expect(page == (try Data(contentsOf: Self.golden.appendingPathComponent("pack.html"))))
    #expect(
      try Data(contentsOf: folder.appendingPathComponent("manifest.csv"))
        == (try Data(contentsOf: Self.golden.appendingPathComponent("manifest.csv"))))
    let missing = try Binary.run(["pack", dir.appendingPathComponent("nowhere").path])
    #expect(missing.status == 66)
  }

  @Test func aPublishedRunsPageIsSuppressedAsItsCSVsAndHoldsNoChildData() throws {
    let dir = Binary.temporaryDirectory("pack-publish")
    defer { try? FileManager.default.removeItem(at: dir) }
    var yaml = try Self.text(Binary.repoRoot.appendingPathComponent("pipelines/quarter.pipeline.yaml"))
    yaml = yaml.replacing("publish: false", with: "publish: true").replacing("csv_bom", with: "x")
      .replacing("../Fixtures", with: Binary.repoRoot.appendingPathComponent("Fixtures").path)
    let file = dir.appendingPathComponent("published.pipeline.yaml")
    try Data(yaml.utf8).write(to: file)
    let r = try Binary.run(["run", file.path, "--out", dir.appendingPathComponent("out").path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let folder = try Binary.periodFolder(dir.appendingPathComponent("out"), pipeline: "quarter")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.contains("pack.html") && !names.contains { $0.contains("PERSONAL") })
    #expect(try Self.checkFigures(in: folder) > 3000)
    let html = try Self.text(folder.appendingPathComponent("pack.html"))
    #expect(html.contains("<abbr title=\"suppressed: a small number\">c</abbr>"))
    // No child reference of the fixtures' unmatched missing records is on the page.
    let exceptions = try Self.table(Self.golden, "missing_exceptions.child-level-synthetic.csv")
    let children = Set(exceptions.rows.indices.map { exceptions.cell($0, "child_ref") }.filter { $0.count > 3 })
    #expect(!children.isEmpty)
    #expect(children.allSatisfy { !html.contains(">\($0)<") && !html.contains(" \($0) ") })
  }
}
