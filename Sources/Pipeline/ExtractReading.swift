import Ingest
import SafeguardCore

/// Reads every file of every source into one `ExtractSet`, recognising each from its content.
struct ExtractReading {
  struct Listed {
    let role: String
    let path: String
    let fullPath: String
    let rows: Int?
  }

  var set = ExtractSet()
  var manifest: [Listed] = []
  let hasher: InputHasher

  /// Reads the files; with `hashing`, their SHA-256 is computed on a second thread meanwhile.
  static func read(sources: [(root: String, files: [InputFile])], log: RunLog, hashing: Bool) throws -> ExtractReading {
    var r = ExtractReading(hasher: InputHasher(paths: hashing ? sources.flatMap { $0.files.map(\.path) } : []))
    let reader = AnnexAReader()
    for (_, files) in sources {
      for file in files {
        switch FileSniffer.shape(of: file.path) {
        case .empty:
          log.info("skipped \(file.relative): the file is empty")
          r.manifest.append(Listed(role: "skipped", path: file.relative, fullPath: file.path, rows: nil))
        case .xml(let root):
          log.info(
            "skipped \(file.relative): XML with root element <\(root)>; this version reads Annex A CSV lists 1 and 3 only"
          )
          r.manifest.append(Listed(role: "skipped", path: file.relative, fullPath: file.path, rows: nil))
        case .delimitedText:
          switch try reader.read(path: file.path, name: file.relative, into: &r.set) {
          case .read(let s):
            let range = s.firstDate.map { "\($0.iso) to \(s.lastDate!.iso)" } ?? "no dated rows"
            log.info(
              "read \(s.file): \(s.kind.title), \(s.encoding), \(s.rows.grouped) rows, \(s.rowsUsed.grouped) used, \(range)"
            )
            if !s.ignoredColumns.isEmpty {
              log.info("  columns not used: " + s.ignoredColumns.joined(separator: ", "))
            }
            r.manifest.append(Listed(role: "input", path: file.relative, fullPath: file.path, rows: s.rows))
          case .unrecognised(_, let reason):
            log.info("skipped \(file.relative): \(reason)")
            r.manifest.append(Listed(role: "skipped", path: file.relative, fullPath: file.path, rows: nil))
          }
        }
      }
    }
    return r
  }
}
