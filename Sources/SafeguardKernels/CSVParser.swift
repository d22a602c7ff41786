import CLibCSV

/// One record as libcsv delivered it: fields as byte ranges in the parser's reused buffer.
///
/// Valid only during the row callback; copy what you keep. Columns the reader does not need
/// arrive empty (see `CSVParser.keepOnly`).
public struct CSVRecord {
  @usableFromInline let bytes: UnsafePointer<UInt8>
  @usableFromInline let ends: UnsafePointer<Int>
  /// Number of fields.
  public let count: Int
  /// Physical line (1-based) where the record starts.
  public let line: Int
  /// True when any field had text.
  @usableFromInline let hasText: Bool
  /// What the key column's hook returned for this record's key column (`CSVParser.watchKeyColumn`);
  /// 0 when no column is watched or the record has none.
  public let key: UInt64

  /// A record over fields laid end to end in `bytes`, field `i` ending at `ends[i]` (a reader
  /// of another format, a workbook sheet, hands its rows on in the same shape).
  public init(bytes: UnsafePointer<UInt8>, ends: UnsafePointer<Int>, count: Int, line: Int, hasText: Bool) {
    self.bytes = bytes
    self.ends = ends
    self.count = count
    self.line = line
    self.hasText = hasText
    key = 0
  }

  @usableFromInline
  init(bytes: UnsafePointer<UInt8>, ends: UnsafePointer<Int>, count: Int, line: Int, hasText: Bool, key: UInt64) {
    self.bytes = bytes
    self.ends = ends
    self.count = count
    self.line = line
    self.hasText = hasText
    self.key = key
  }

  @inlinable @inline(__always)
  public func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    guard i >= 0 && i < count else { return UnsafeBufferPointer(start: nil, count: 0) }
    let start = i == 0 ? 0 : ends[i - 1]
    return UnsafeBufferPointer(start: bytes + start, count: ends[i] - start)
  }

  @inlinable @inline(__always)
  public func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { body(field(i)) }

  @inlinable public func string(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }

  /// True for a blank or all-commas line.
  @inlinable public var isEmpty: Bool { !hasText }
}

/// A quoting error: the records from `firstLine` to `lastLine` could not be read.
public struct CSVQuotingError {
  public let firstLine: Int
  public let lastLine: Int
  public let atEndOfFile: Bool
}

/// Wants one column's bytes the moment the parser has them, before the rest of the row (to start
/// a table lookup early, say); what it returns travels with the record as `CSVRecord.key`.
public protocol CSVKeyColumnHook: AnyObject {
  func keyRead(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64
}

/// Streams RFC 4180 CSV through libcsv in strict mode (`CSV_STRICT | CSV_STRICT_FINI`).
///
/// Text is fed one physical line at a time so each record knows the line it starts on. CRLF,
/// LF and CR all end a line. libcsv skips blank lines. A quoting error (a quote inside an unquoted
/// field, text after a closing quote, or a quote never closed) is reported with its lines and the
/// parser restarts at the next line: a broken record is never merged into a field.
/// `onRecord` may return which columns to copy from then on (others arrive as empty fields),
/// so columns the reader does not use cost nothing. This is the only file that touches libcsv;
/// it owns the parser and frees it.
public final class CSVParser {
  private var parser = csv_parser()
  /// The current record's field bytes and field ends, grown as needed and reused.
  private var bytes: UnsafeMutablePointer<UInt8>
  private var byteCapacity = 1 << 16
  private var byteCount = 0
  private var ends: UnsafeMutablePointer<Int>
  private var endCapacity = 256
  private var fieldCount = 0
  private var recordLine = 0
  private var hasText = false
  /// keep[i] false: column i's bytes are not copied (the reader does not use it); columns past
  /// `keepCount` are copied.
  private var keep: UnsafeMutablePointer<Bool> = .allocate(capacity: 1)
  private var keepCount = 0
  /// The column handed to `keyHook` as soon as it is read (-1: none). The hook is held
  /// unretained (the caller keeps it alive while feeding): a retain and release per row showed
  /// in profiles.
  private var keyColumn = -1
  private unowned(unsafe) var keyHook: (any CSVKeyColumnHook)?
  private var key: UInt64 = 0
  /// The physical line (1-based) the next byte fed is on.
  public private(set) var line = 1
  private var pendingCR = false
  private var onRecord: (CSVRecord) -> [Bool]?
  private var onError: (CSVQuotingError) -> Void

  /// nil when libcsv cannot be initialised (out of memory).
  public init?(onRecord: @escaping (CSVRecord) -> [Bool]?, onError: @escaping (CSVQuotingError) -> Void) {
    self.onRecord = onRecord
    self.onError = onError
    bytes = .allocate(capacity: byteCapacity)
    ends = .allocate(capacity: endCapacity)
    guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else { return nil }
  }

  deinit {
    csv_free(&parser)
    bytes.deallocate()
    ends.deallocate()
    keep.deallocate()
  }

  private static let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    data, len, context in
    Unmanaged<CSVParser>.fromOpaque(context!)._withUnsafeGuaranteedRef { $0.field(data, len) }
  }

  private static let rowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
    Unmanaged<CSVParser>.fromOpaque(context!)._withUnsafeGuaranteedRef { $0.endRecord() }
  }

  @inline(__always)
  private func field(_ data: UnsafeMutableRawPointer?, _ len: Int) {
    if fieldCount == 0 {
      recordLine = line
      hasText = false
    }
    if fieldCount == endCapacity {
      let bigger = UnsafeMutablePointer<Int>.allocate(capacity: endCapacity * 2)
      bigger.update(from: ends, count: fieldCount)
      ends.deallocate()
      ends = bigger
      endCapacity *= 2
    }
    if let data, len > 0 {
      hasText = true
      if fieldCount >= keepCount || keep[fieldCount] {
        if byteCount + len > byteCapacity {
          var capacity = byteCapacity * 2
          while byteCount + len > capacity { capacity *= 2 }
          let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
          bigger.update(from: bytes, count: byteCount)
          bytes.deallocate()
          bytes = bigger
          byteCapacity = capacity
        }
        (bytes + byteCount).update(from: data.assumingMemoryBound(to: UInt8.self), count: len)
        byteCount += len
      }
      if fieldCount == keyColumn, let hook = keyHook {
        key = hook.keyRead(UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: len))
      }
      if fieldCount == 0 {
        // A first field holding quoted line breaks started on an earlier line.
        recordLine =
          line - CSVParser.lineBreaks(UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: len))
      }
    }
    ends[fieldCount] = byteCount
    fieldCount += 1
  }

  private func endRecord() {
    if fieldCount > 0 {
      if let columns = onRecord(
        CSVRecord(
          bytes: bytes, ends: ends, count: fieldCount, line: recordLine, hasText: hasText, key: key))
      {
        keepOnly(columns)
      }
    }
    byteCount = 0
    fieldCount = 0
    key = 0
  }

  /// From the next record on, copies only the columns marked true (and any past the end of
  /// `columns`); the others arrive as empty fields.
  public func keepOnly(_ columns: [Bool]) {
    keep.deallocate()
    keep = .allocate(capacity: max(columns.count, 1))
    keep.initialize(from: columns, count: columns.count)
    keepCount = columns.count
  }

  /// From the next record on, each record's `column` is handed to `hook` as soon as it is read,
  /// and what `hook` returns travels with the record as `key`. The caller keeps `hook` alive
  /// until it stops feeding.
  public func watchKeyColumn(_ column: Int, with hook: any CSVKeyColumnHook) {
    keyColumn = column
    keyHook = hook
  }

  /// True when everything fed so far ended a record: no field, quote or line end is left open,
  /// so a fresh parser could read the rest. (libcsv's state 0 is ROW_NOT_BEGUN.)
  public var atRecordStart: Bool { fieldCount == 0 && !pendingCR && parser.pstate == 0 }

  public static func lineBreaks(_ b: UnsafeBufferPointer<UInt8>) -> Int {
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
  public func feed(_ text: UnsafeRawBufferPointer) {
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
      // Eight bytes at a time while none is a CR or LF (a zero byte of w ^ 0x0A.. or w ^ 0x0D..).
      while i + 8 <= n {
        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        let lf = w ^ 0x0A0A_0A0A_0A0A_0A0A
        let cr = w ^ 0x0D0D_0D0D_0D0D_0D0D
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        if ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs != 0 { break }
        i += 8
      }
      guard i < n else { break }
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
    let first = fieldCount > 0 ? recordLine : line
    onError(CSVQuotingError(firstLine: first, lastLine: line, atEndOfFile: atEnd))
    csv_free(&parser)
    _ = csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI))
    byteCount = 0
    fieldCount = 0
    key = 0
  }

  /// Ends the input: delivers the last record, or reports a quote left open.
  public func finish() {
    let context = Unmanaged.passUnretained(self).toOpaque()
    if csv_fini(&parser, CSVParser.fieldCallback, CSVParser.rowCallback, context) != 0 {
      if endedWithBreak { line = max(line - 1, 1) }
      recover(atEnd: true)
    }
  }
}
