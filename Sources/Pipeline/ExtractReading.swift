import Foundation
import Ingest
import SafeguardCore
import Transform
import Validate

/// Reads every file of every source into one `ExtractSet`, recognising each from its content.
struct ExtractReading {
  struct Listed {
    let role: String
    let path: String
    let fullPath: String
    let rows: Int?
    /// The source folder `path` is relative to.
    var root = ""
    /// Rows that could not be used (CSV files).
    var rejected: Int?
    /// The dates the file covers: a CSV file's first and last index dates; a census's year to its reference date.
    var firstDate: Day?
    var lastDate: Day?
  }

  var set = ExtractSet()
  var manifest: [Listed] = []
  /// The full path of each CSV file read, in `set.files` order.
  var csvPaths: [String] = []
  let hasher: InputHasher
  /// The DfE validation of each census file (in `set.censusReturns` order), when asked for.
  var censusOutcomes: [CensusValidation.Outcome] = []

  /// Which DfE rules to check census files against while they are read.
  struct CensusChecks {
    /// `--year`: the census year to check against, whatever the headers say.
    var year: CensusYear?
    /// `--rule`: only these codes; every rule when empty.
    var codes: Set<String> = []
  }

  /// The census findings of every file, issues numbered across the files.
  var censusFindings: [Finding] { CensusValidation.join(censusOutcomes) }

  /// Reads the files; with `hashing`, their SHA-256 is computed on a second thread meanwhile.
  /// With `checks`, each census file is validated as it is read, its children checked on a
  /// second core while the reading goes on.
  static func read(
    sources: [(root: String, files: [InputFile])], log: RunLog, hashing: Bool, checks: CensusChecks? = nil
  ) throws -> ExtractReading {
    var r = ExtractReading(hasher: InputHasher(paths: hashing ? sources.flatMap { $0.files.map(\.path) } : []))
    var reader = CSVExtractReader()
    let progress = log.progress
    reader.onProgress = progress.map { p in { p.update(bytes: $0, rows: $1) } }
    for (root, files) in sources {
      for file in files {
        defer { progress?.end() }
        let before = r.manifest.count
        defer { for i in before..<r.manifest.count { r.manifest[i].root = root } }
        switch FileSniffer.shape(of: file.path) {
        case .empty:
          log.info("skipped \(file.relative): the file is empty")
          r.manifest.append(Listed(role: "skipped", path: file.relative, fullPath: file.path, rows: nil))
        case .xml(let root) where root == "Message":
          let stream = checks.map { CensusValidationStream(file: file.relative, year: $0.year, codes: $0.codes) }
          // Each batch of children is handed to the validation and made into records on the
          // reading thread, which waits on libxml2 for most of the file anyway.
          let part = CensusPart()
          progress?.begin(file: file.relative, size: Self.size(of: file.path), unit: "children", countsBytes: false)
          var childrenRead = 0
          let (read, findings) = try CINCensusReader().read(
            path: file.path, name: file.relative, children: r.set.children,
            batches: CINCensusReader.Batches { children, header in
              stream?.take(children, header: header)
              part.records.add(children)
              childrenRead += children.count
              progress?.update(bytes: 0, rows: childrenRead)
            })
          if let stream { r.censusOutcomes.append(stream.finish(read)) }
          let census = CensusRecords.file(from: read, part: part.take())
          r.set.censusReturns.append(read)
          r.set.census.append(census)
          r.set.findings += findings
          let h = census.header
          let year =
            h.referenceDate.map { Period.financialYear(Period.financialYearStart(of: $0)).label } ?? "year unknown"
          log.info(
            "read \(file.relative): CIN census \(year) (reference date \(h.referenceDate?.iso ?? "missing"), "
              + "LA \(h.la?.value ?? "missing"), \(census.layout) layout), \(census.children.count.grouped) children, "
              + "\(census.episodes.count.grouped) CIN episodes")
          r.manifest.append(
            Listed(
              role: "input", path: file.relative, fullPath: file.path, rows: census.children.count,
              firstDate: h.referenceDate.map { Period.financialYear(Period.financialYearStart(of: $0)).start },
              lastDate: h.referenceDate))
        case .xml(let root):
          let shown =
            root.hasPrefix("{")
            ? "<\(root.drop { $0 != "}" }.dropFirst())> in the namespace \(root.dropFirst().prefix { $0 != "}" })"
            : "<\(root)>"
          log.info(
            "skipped \(file.relative): XML with root element \(shown), not a CIN census (<Message>, no namespace)")
          r.manifest.append(Listed(role: "skipped", path: file.relative, fullPath: file.path, rows: nil))
        case .compoundFile:
          throw CompoundFile.refusal(path: file.path, name: file.relative)
        case .zipArchive:
          guard try WorkbookReader.isWorkbook(path: file.path, name: file.relative) else {
            throw RunFailure(
              .dataError,
              "\(file.relative): not text: a ZIP archive that is not an Excel workbook (no xl/workbook.xml), "
                + "whatever its name says; extract the CSV files from it, or remove it from the folder")
          }
          try r.readWorkbook(file, log: log)
        case .binary(let what, let line):
          throw RunFailure(
            .dataError,
            "\(file.relative)\(line.map { ":\($0)" } ?? ""): not text: \(what); an extract is CSV text, an Excel "
              + "workbook or CIN census XML, so remove the file from the folder or re-export it")
        case .delimitedText:
          progress?.begin(file: file.relative, size: Self.size(of: file.path))
          switch try reader.read(path: file.path, name: file.relative, into: &r.set) {
          case .read(let s):
            progress?.end()
            let range = s.firstDate.map { "\($0.iso) to \(s.lastDate!.iso)" } ?? "no dated rows"
            log.info(
              "read \(s.file): \(s.kind.title), \(s.encoding), \(s.rows.grouped) rows, \(s.rowsUsed.grouped) used, \(range)"
            )
            if !s.ignoredColumns.isEmpty {
              log.info("  columns not used: " + s.ignoredColumns.joined(separator: ", "))
            }
            r.manifest.append(
              Listed(
                role: "input", path: file.relative, fullPath: file.path, rows: s.rows, rejected: s.rows - s.rowsUsed,
                firstDate: s.firstDate, lastDate: s.lastDate))
            r.csvPaths.append(file.path)
          case .unrecognised(_, let reason):
            log.info("skipped \(file.relative): \(reason)")
            r.manifest.append(Listed(role: "skipped", path: file.relative, fullPath: file.path, rows: nil))
          }
        }
      }
    }
    return r
  }

  /// The file's size in bytes, for the progress line (0 when it cannot be read).
  static func size(of path: String) -> Int {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  }
}

extension ExtractReading {
  /// Reads a workbook's sheets; the workbook is one manifest entry, each sheet one extract file.
  fileprivate mutating func readWorkbook(_ file: InputFile, log: RunLog) throws {
    let outcome = try WorkbookReader().read(path: file.path, name: file.relative, into: &set)
    var rows = 0
    var used = 0
    var first: Day?
    var last: Day?
    for sheet in outcome.sheets {
      switch sheet {
      case .read(let s):
        let range = s.firstDate.map { "\($0.iso) to \(s.lastDate!.iso)" } ?? "no dated rows"
        log.info("read \(s.file): \(s.kind.title), \(s.rows.grouped) rows, \(s.rowsUsed.grouped) used, \(range)")
        if !s.ignoredColumns.isEmpty { log.info("  columns not used: " + s.ignoredColumns.joined(separator: ", ")) }
        rows += s.rows
        used += s.rowsUsed
        if let f = s.firstDate, first.map({ f < $0 }) ?? true { first = f }
        if let l = s.lastDate, last.map({ l > $0 }) ?? true { last = l }
        csvPaths.append(file.path)
      case .unrecognised(let sheetName, let reason):
        log.info("skipped \(sheetName): \(reason)")
      }
    }
    for chart in outcome.chartSheets {
      log.info("skipped \(file.relative)[\(chart)]: a chart, dialog or macro sheet, which holds no list")
    }
    manifest.append(
      Listed(
        role: "input", path: file.relative, fullPath: file.path, rows: rows, rejected: rows - used, firstDate: first,
        lastDate: last))
  }
}

/// The records of a census file's children made so far, filled on the reading thread batch by batch.
private final class CensusPart {
  var records = CensusRecords.Part()

  /// The records, left here no longer (so the file's lists grow without being copied).
  func take() -> CensusRecords.Part {
    defer { records = CensusRecords.Part() }
    return records
  }
}
