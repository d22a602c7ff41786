import SafeguardCore

/// Files in Microsoft's compound file format (OLE2): an Excel 97-2003 workbook (`.xls`), or an
/// `.xlsx` encrypted with a password (its package then sits in an `EncryptedPackage` stream).
/// Neither can be read; both are refused (65) with what to do instead.
public enum CompoundFile {
  /// The compound file signature, D0 CF 11 E0 A1 B1 1A E1.
  static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  /// The refusal for the compound file at `path` (shown as `name`).
  public static func refusal(path: String, name: String) -> RunFailure {
    if holdsEncryptedPackage(path) { return WorkbookArchive.passwordProtected(name) }
    return RunFailure(
      .dataError,
      "\(name) is an Excel 97-2003 workbook (.xls, the old binary format), which is not read; open it in Excel and save as .xlsx or CSV (File > Save As), then run again"
    )
  }

  /// True when a directory entry is named `EncryptedPackage` (names are UTF-16LE in the file).
  /// The whole file is scanned a chunk at a time; the directory may be anywhere in it.
  static func holdsEncryptedPackage(_ path: String) -> Bool {
    let name = Array("EncryptedPackage".utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] })
    guard let file = try? FileBytes(path: path) else { return false }
    var carry: [UInt8] = []
    var found = false
    try? file.forEachChunk(to: .max) { chunk in
      guard !found else { return }
      let bytes = carry + chunk
      if bytes.count >= name.count {
        var i = 0
        let last = bytes.count - name.count
        while i <= last {
          if bytes[i] == 0x45, bytes[i + 2] == 0x6E, Array(bytes[i..<i + name.count]) == name {
            found = true
            return
          }
          i += 1
        }
      }
      carry = Array(bytes.suffix(name.count - 1))
    }
    return found
  }
}
