import Foundation

/// Removes run logs older than the pipeline's `log_retention_days` from `<out>/logs`.
///
/// Only files named as runs name them (`20261207T020003Z-3f9a.log`) are ever removed, so a
/// note a person leaves in the folder stays. Age is the file's modification time, which is when
/// its run last wrote a line. Zero days keeps every log.
enum LogRetention {
  /// Removes the old logs.
  ///
  /// - Returns: the names removed, in name order. Files that cannot be removed are left (the
  ///   next run tries again) and not returned.
  @discardableResult
  static func prune(folder: String, keepingDays days: Int, now: Date = Date()) -> [String] {
    guard days > 0, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
    var removed: [String] = []
    for name in names.sorted() where isRunLog(name) {
      let path = folder + "/" + name
      guard let modified = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date,
        modified < cutoff
      else { continue }
      if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(name) }
    }
    return removed
  }

  /// Whether `name` is a run's log: `yyyyMMddTHHmmssZ-xxxx.log`.
  static func isRunLog(_ name: String) -> Bool {
    let c = Array(name.utf8)
    guard c.count == 25, name.hasSuffix(".log") else { return false }
    func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { c[$0] >= 0x30 && c[$0] <= 0x39 } }
    func hex(_ r: Range<Int>) -> Bool {
      r.allSatisfy { (0x30...0x39).contains(c[$0]) || (0x61...0x66).contains(c[$0]) }
    }
    return digits(0..<8) && c[8] == UInt8(ascii: "T") && digits(9..<15) && c[15] == UInt8(ascii: "Z")
      && c[16] == UInt8(ascii: "-") && hex(17..<21)
  }
}
