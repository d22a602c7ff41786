/// How far a workbook may expand: the guard against ZIP bombs.
///
/// Each part is checked twice: its declared sizes before a byte is inflated, and the bytes
/// actually inflated while it is read (a part that inflates to more than it declared is refused
/// at once). The figures fit national-scale lists: a sheet of Excel's 1,048,576 rows and 40
/// columns is about 1.5 GB of XML, which deflates about 10 to 30 times.
public struct WorkbookLimits: Sendable {
  /// Largest expanded size of one part.
  public var partBytes: UInt64 = 4 << 30
  /// Largest expanded size of a part held in memory whole (the shared strings, styles, workbook).
  public var heldPartBytes: UInt64 = 1 << 30
  /// Largest expanded size of all the parts read, together.
  public var totalBytes: UInt64 = 16 << 30
  /// Largest ratio of expanded to stored size, for parts that expand beyond `ratioFloor`
  /// (a tiny part may compress very well without harm).
  public var ratio: UInt64 = 200
  public var ratioFloor: UInt64 = 1 << 20
  /// Most entries an archive may list.
  public var entries = 20_000

  public init() {}

  /// The first limit `entry` breaks, as a phrase; nil when it keeps to them all.
  func broken(by entry: ZipDirectory.Entry, held: Bool) -> String? {
    let most = held ? heldPartBytes : partBytes
    if entry.uncompressedSize > most {
      return "part \(entry.path) expands to \(entry.uncompressedSize) bytes, more than the \(most) allowed"
    }
    if entry.uncompressedSize > ratioFloor, entry.uncompressedSize / max(entry.compressedSize, 1) >= ratio {
      return
        "part \(entry.path) expands \(entry.uncompressedSize / max(entry.compressedSize, 1)) times (\(entry.compressedSize) bytes to \(entry.uncompressedSize)), more than the \(ratio) times allowed"
    }
    return nil
  }
}
