import CLibCSV
import SafeguardCore

/// One record as libcsv delivered it: fields as byte ranges in a reused buffer.
///
/// Valid only during the row callback; copy what you keep.
struct CSVRecord {
  fileprivate(set) var bytes: [UInt8] = []
  fileprivate(set) var ends: [Int] = []
  /// Physical line (1-based) where the record starts.
  fileprivate(set) var line = 0

  var count: Int { ends.count }

  /// Calls `body` with field `i`'s bytes (empty when the record has fewer fields).
  @inline(__always)
  func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    guard i >= 0 && i < ends.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    let start = i == 0 ? 0 : ends[i - 1]
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[i]])) }
  }

  func string(_ i: Int) -> String { withField(i) { String(decoding: $0, as: UTF8.self) } }

  /// True when every field is empty (a blank or all-commas line).
  var isEmpty: Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}

/// A quoting error: the records from `firstLine` to `lastLine` could not be read.
struct CSVQuotingError {
  let firstLine: Int
  let lastLine: Int
  let atEndOfFile: Bool
}

/// Streams RFC 4180 CSV through libcsv in strict mode (`CSV_STRICT | CSV_STRICT_FINI`).
///
/// Text is fed one physical line at a time so each record knows the line it starts on. CRLF,
/// LF and CR all end a line. libcsv skips blank lines. A quoting error (a quote inside an unquoted
/// field, text after a closing quote, or a quote never closed) is reported with its lines and the
/// parser restarts at the next line: a broken record is never merged into a field.
/// This is the only file that touches libcsv; it owns the parser and frees it.
final class CSVParser {
  private var parser = csv_parser()
  private var record = CSVRecord()
  private var line = 1
  private var pendingCR = false
  private var inRecord = false
  private var onRecord: (CSVRecord) -> Void
  private var onError: (CSVQuotingError) -> Void

  init(onRecord: @escaping (CSVRecord) -> Void, onError: @escaping (CSVQuotingError) -> Void) throws {
    self.onRecord = onRecord
    self.onError = onError
    guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else {
      throw RunFailure(.software, "libcsv could not be initialised (out of memory)")
    }
    record.bytes.reserveCapacity(4096)
  }

  deinit { csv_free(&parser) }

  private static let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    data, len, context in
    let me = Unmanaged<CSVParser>.fromOpaque(context!).takeUnretainedValue()
    me.field(data, len)
  }

  private static let rowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
    let me = Unmanaged<CSVParser>.fromOpaque(context!).takeUnretainedValue()
    me.endRecord()
  }

  @inline(__always)
  private func field(_ data: UnsafeMutableRawPointer?, _ len: Int) {
    if !inRecord {
      inRecord = true
      record.line = line
    }
    if let data, len > 0 {
      let p = data.assumingMemoryBound(to: UInt8.self)
      record.bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: len))
      if record.ends.isEmpty {
        // A first field holding quoted line breaks started on an earlier line.
        record.line = line - CSVParser.lineBreaks(UnsafeBufferPointer(start: p, count: len))
      }
    }
    record.ends.append(record.bytes.count)
  }

  private func endRecord() {
    if !record.ends.isEmpty { onRecord(record) }
    record.bytes.removeAll(keepingCapacity: true)
    record.ends.removeAll(keepingCapacity: true)
    inRecord = false
  }

  static func lineBreaks(_ b: UnsafeBufferPointer<UInt8>) -> Int {
    var n = 0
    var i = 0
    while i < b.count {
      if b[i] == 0x0A {
        n += 1
      } else if b[i] == 0x0D {
        n += 1
        if i + 1 < b.count && b[i + 1] == 0x0A { i += 1 }
      }
      i += 1
    }
    return n
  }

  /// Feeds UTF-8 text; records are delivered through `onRecord` as they complete.
  func feed(_ text: UnsafeRawBufferPointer) {
    let n = text.count
    guard n > 0, let base = text.baseAddress else { return }
    let bytes = base.assumingMemoryBound(to: UInt8.self)
    var start = 0
    var i = 0
    if pendingCR {
      pendingCR = false
      if bytes[0] == 0x0A {
        parse(base, 0, 1)
        start = 1
        i = 1
      }
    }
    while i < n {
      let b = bytes[i]
      if b == 0x0A || b == 0x0D {
        var end = i + 1
        if b == 0x0D {
          if end < n {
            if bytes[end] == 0x0A { end += 1 }
          } else {
            pendingCR = true
          }
        }
        parse(base, start, end)
        line += 1
        start = end
        i = end
      } else {
        i += 1
      }
    }
    if start < n { parse(base, start, n) }
    endedWithBreak = start == n
  }

  private var endedWithBreak = false

  private func parse(_ base: UnsafeRawPointer, _ start: Int, _ end: Int) {
    let context = Unmanaged.passUnretained(self).toOpaque()
    let len = end - start
    let used = csv_parse(&parser, base + start, len, CSVParser.fieldCallback, CSVParser.rowCallback, context)
    if used != len { recover(atEnd: false) }
  }

  private func recover(atEnd: Bool) {
    let first = inRecord ? record.line : line
    onError(CSVQuotingError(firstLine: first, lastLine: line, atEndOfFile: atEnd))
    csv_free(&parser)
    _ = csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI))
    record.bytes.removeAll(keepingCapacity: true)
    record.ends.removeAll(keepingCapacity: true)
    inRecord = false
  }

  /// Ends the input: delivers the last record, or reports a quote left open.
  func finish() {
    let context = Unmanaged.passUnretained(self).toOpaque()
    if csv_fini(&parser, CSVParser.fieldCallback, CSVParser.rowCallback, context) != 0 {
      if endedWithBreak { line = max(line - 1, 1) }
      recover(atEnd: true)
    }
  }
}
