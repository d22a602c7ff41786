import Foundation
import Report
import SafeguardCore

/// `safeguard pack OUT_FOLDER`: rebuilds `pack.html` from a finished run's CSV dashboards.
///
/// The page is made by the same `RunReport.pack(from:)` as in a run, from the CSV files the
/// folder holds (only those `PackPage.sources` names: never a `*.PERSONAL.csv`), so a page built
/// here is byte-identical to the run's own. The folder is replaced as a run replaces it: every
/// file is copied into a temporary sibling with the new page, `manifest.csv`'s line for
/// `pack.html` is added or updated (the other lines are kept as they are), and the sibling is
/// moved into place, so a reader never sees a half-written page.
public enum PackRebuild {
  /// - Returns: the folder's files after the rebuild, by name.
  /// - Throws: `RunFailure(.noInput, …)` when the folder or its `trend.csv`/`indicators.csv` is
  ///   missing; `RunFailure(.dataError, …)` for a CSV that cannot be read; `RunFailure(.locked, …)`
  ///   while a run writes the folder; `RunFailure(.cannotCreate, …)` when it cannot be replaced.
  @discardableResult
  public static func rebuild(folder: String) throws -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw RunFailure(
        .noInput, "no run folder at \(folder); give a run's output folder, such as out/quarter/2024-25-Q3")
    }
    let output = try OutputFolder(final: folder)
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
    } catch {
      throw RunFailure(.ioError, "cannot list \(folder): \(error.localizedDescription)")
    }
    var files: [String: [UInt8]] = [:]
    for name in names {
      let path = folder + "/" + name
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
      guard let data = FileManager.default.contents(atPath: path) else {
        throw RunFailure(.ioError, "cannot read \(path); check its permissions")
      }
      files[name] = [UInt8](data)
    }
    let sources = PackPage.sources.compactMap { name in files[name].map { OutputFile(name, $0, rows: nil) } }
    let page = try RunReport.pack(from: sources)
    files[page.name] = page.bytes
    if let manifest = files["manifest.csv"] {
      files["manifest.csv"] = try updated(manifest: manifest, with: page)
    }
    for name in files.keys.sorted() { try output.write(name, files[name]!) }
    try output.commit()
    return files.keys.sorted()
  }

  /// The manifest with `page`'s output line added or replaced, in the manifest's order, keeping
  /// its byte order mark (or its absence) and every other line's text.
  static func updated(manifest: [UInt8], with page: OutputFile) throws -> [UInt8] {
    let table = try CSVTable(name: "manifest.csv", bytes: manifest)
    var entries = table.rows.indices.compactMap { r -> ManifestEntry? in
      let role = table.cell(r, "role")
      let path = table.cell(r, "path")
      if role == "output" && path == page.name { return nil }
      return ManifestEntry(role: role, path: path, rows: Int(table.cell(r, "rows")), sha256: table.cell(r, "sha256"))
    }
    entries.append(ManifestEntry(role: "output", path: page.name, rows: nil, sha256: SHA256.hex(page.bytes)))
    let bytes = Dashboards.manifest(entries)
    return manifest.starts(with: OutputFile.byteOrderMark) ? OutputFile.byteOrderMark + bytes : bytes
  }
}
