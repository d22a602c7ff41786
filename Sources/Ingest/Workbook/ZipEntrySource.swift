import Foundation
import SafeguardKernelsXML
import ZIPFoundation

/// The inflated bytes of one archive entry, for the XML reader: ZIPFoundation inflates on a
/// thread of its own, a few chunks ahead of the parser, and stops the moment the entry inflates
/// beyond what it declared or beyond `budget`. (Unchecked `Sendable`: every field the two threads
/// share is guarded by `condition`.)
final class ZipEntrySource: XMLByteSource, @unchecked Sendable {
  private let condition = NSCondition()
  private var chunks: [Data] = []
  private var ended = false
  private var stopped = false
  private var failure: String?
  /// Set when the entry broke a size limit: the workbook is refused (65), not merely unreadable.
  private(set) var overLimit: String?
  private var current = Data()
  private var offset = 0
  private let done = DispatchSemaphore(value: 0)
  private var running = false
  private let archivePath: String
  private let entry: ZipDirectory.Entry
  private let budget: UInt64

  /// Starts inflating `entry` of the archive at `archivePath`; at most `budget` bytes may come out.
  init(archivePath: String, entry: ZipDirectory.Entry, budget: UInt64) {
    self.archivePath = archivePath
    self.entry = entry
    self.budget = min(budget, entry.uncompressedSize)
    running = true
    let thread = Thread { [self] in
      inflate()
      done.signal()
    }
    thread.stackSize = 1 << 20
    thread.start()
  }

  deinit { stop() }

  /// Bytes inflated so far.
  private(set) var inflated: UInt64 = 0

  private func inflate() {
    struct Stopped: Error {}
    do {
      let archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .read)
      guard let zipEntry = archive[entry.path] else { throw ZipEntrySourceError("the entry cannot be found") }
      var crc = CRC32()
      // The checksum is taken here (`CRC32`), several times faster than ZIPFoundation's own.
      _ = try archive.extract(zipEntry, bufferSize: 1 << 18, skipCRC32: true) { data in
        inflated += UInt64(data.count)
        data.withUnsafeBytes { crc.update($0) }
        if inflated > budget {
          condition.lock()
          overLimit =
            inflated > entry.uncompressedSize
            ? "part \(entry.path) inflates to more than the \(entry.uncompressedSize) bytes it declares"
            : "the parts read expand to more than the limit"
          condition.unlock()
          throw Stopped()
        }
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= 4 && !stopped { condition.wait() }
        if stopped { throw Stopped() }
        chunks.append(data)
        condition.broadcast()
      }
      if zipEntry.type == .file && crc.value != entry.checksum {
        throw ZipEntrySourceError("part \(entry.path) fails its checksum: the archive is damaged")
      }
    } catch is Stopped {
    } catch let e as ZipEntrySourceError {
      fail(e.message)
    } catch {
      fail("\(error)")
    }
    condition.lock()
    ended = true
    condition.broadcast()
    condition.unlock()
  }

  private func fail(_ message: String) {
    condition.lock()
    if failure == nil { failure = message }
    condition.unlock()
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(XMLSourceError) -> Int {
    if offset == current.count {
      condition.lock()
      while chunks.isEmpty && !ended { condition.wait() }
      if chunks.isEmpty {
        let why = overLimit ?? failure
        condition.unlock()
        if let why { throw XMLSourceError(why) }
        return 0
      }
      current = chunks.removeFirst()
      offset = 0
      condition.broadcast()
      condition.unlock()
    }
    let n = min(buffer.count, current.count - offset)
    current.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
    offset += n
    return n
  }

  /// Stops the inflating thread and waits for it.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
    if running {
      done.wait()
      running = false
    }
  }
}

private struct ZipEntrySourceError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
