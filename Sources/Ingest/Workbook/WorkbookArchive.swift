import SafeguardCore
import SafeguardKernelsXML

/// An `.xlsx` file opened for reading: its entries checked before any is inflated, then its
/// parts streamed one at a time through the XML reader.
///
/// Refused (65), with a sentence saying what to do: an archive whose directory cannot be read,
/// an entry whose path climbs out of the archive (`../`, `/`, `\`, a drive letter), an encrypted
/// entry, and any part that breaks `WorkbookLimits`.
final class WorkbookArchive {
  let path: String
  /// How the workbook is called in messages.
  let name: String
  let limits: WorkbookLimits
  private let entries: [String: ZipDirectory.Entry]
  /// Bytes inflated so far, across parts.
  private var inflated: UInt64 = 0

  init(path: String, name: String, limits: WorkbookLimits) throws {
    self.path = path
    self.name = name
    self.limits = limits
    let directory: ZipDirectory
    do {
      directory = try ZipDirectory(path: path, maxEntries: limits.entries)
    } catch let e as ZipDirectory.Unreadable {
      throw RunFailure(.dataError, "\(name): cannot be read as an Excel workbook: \(e.reason)")
    }
    var entries: [String: ZipDirectory.Entry] = [:]
    var declared: UInt64 = 0
    for entry in directory.entries {
      if WorkbookArchive.climbsOut(entry.path) {
        throw RunFailure(
          .dataError,
          "\(name): the archive holds an entry whose path climbs out of it ('\(entry.path)'); Excel never writes one, so the file is refused. Open the workbook in Excel and save it again, or export the lists as CSV"
        )
      }
      if entry.encrypted {
        throw WorkbookArchive.passwordProtected(name)
      }
      if let broken = limits.broken(by: entry, held: false) { throw WorkbookArchive.bomb(name, broken) }
      declared &+= entry.uncompressedSize
      entries[entry.path] = entry
    }
    if declared > limits.totalBytes {
      throw WorkbookArchive.bomb(
        name, "its parts expand to \(declared) bytes, more than the \(limits.totalBytes) allowed")
    }
    self.entries = entries
  }

  /// True when the archive holds `part`.
  func has(_ part: String) -> Bool { entries[part] != nil }

  /// Streams `part` through an XML reader (attributes kept) and returns what `body` returns.
  /// `held`: the part is kept in memory whole, so the smaller limit applies.
  ///
  /// - Throws: `RunFailure` (65) when the part is missing, breaks a limit, or is not well-formed XML.
  func read<R>(_ part: String, held: Bool, _ body: (XMLTextReader) throws -> R) throws -> R {
    guard let entry = entries[part] else {
      throw RunFailure(.dataError, "\(name): the workbook has no part \(part); save it again from Excel")
    }
    if let broken = limits.broken(by: entry, held: held) { throw WorkbookArchive.bomb(name, broken) }
    guard entry.method == 0 || entry.method == 8 else {
      throw RunFailure(
        .dataError,
        "\(name): part \(part) is stored with compression method \(entry.method), which Excel does not use; save the workbook again from Excel"
      )
    }
    let budget = min(
      held ? limits.heldPartBytes : limits.partBytes, limits.totalBytes - min(inflated, limits.totalBytes))
    let source = ZipEntrySource(archivePath: path, entry: entry, budget: budget)
    defer {
      source.stop()
      inflated += source.inflated
    }
    let reader = XMLTextReader(source: source, name: "\(name)/\(part)", attributes: true)
    do {
      return try body(reader)
    } catch let e as XMLReadError {
      if let over = source.overLimit { throw WorkbookArchive.bomb(name, over) }
      let at = e.line.map { " at line \($0)" } ?? ""
      let what: String
      switch e.kind {
      case .documentType, .entity: what = "declares a DOCTYPE or uses an entity, which a workbook never does"
      case .io, .cannotOpen: what = "could not be read (\(e.message))"
      case .notWellFormed: what = "is not well-formed XML\(at): \(e.message)"
      }
      throw RunFailure(.dataError, "\(name): part \(part) \(what); save the workbook again from Excel")
    }
  }

  /// A path that is absolute, names a drive, uses backslashes or has a `..` component.
  static func climbsOut(_ path: String) -> Bool {
    if path.hasPrefix("/") || path.contains("\\") { return true }
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    if let first = parts.first, first.count == 2, first.last == ":" { return true }
    return parts.contains("..")
  }

  static func passwordProtected(_ name: String) -> RunFailure {
    RunFailure(
      .dataError,
      "\(name) is a password-protected (encrypted) workbook, which cannot be read; open it in Excel and save it without a password (File > Info > Protect Workbook > Encrypt with Password, clear the password), then run again"
    )
  }

  static func bomb(_ name: String, _ why: String) -> RunFailure {
    RunFailure(
      .dataError,
      "\(name) is refused: \(why). A workbook that expands this much is damaged or a ZIP bomb; if it is a genuine export, save the lists as CSV"
    )
  }
}
