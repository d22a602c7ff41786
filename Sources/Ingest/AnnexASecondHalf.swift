import Dispatch
import SafeguardCore
import Synchronization

/// Reads the second half of a large UTF-8 contact or referral list on another thread while the
/// caller reads the first half, so a national extract is parsed on two cores.
///
/// The split is just after a line feed near the middle of the file. The half is read with the
/// columns the header row gave, its own child registry, and lines counted from 1 at the split.
/// The guess that the split falls between records holds only when the first half ends outside
/// a quoted field and both halves stay UTF-8: the caller checks that before taking the result
/// (`AnnexAFileState.append(_:childMap:lineOffset:)`), and otherwise reads on from the split
/// itself. A half with a quoting error is given up too (its message names lines, which are only
/// known once the first half is read). Other lists (fewer rows, more fields) are read in one pass.
final class AnnexASecondHalf: @unchecked Sendable {
  /// What the half gave: its file state (records hold indices into `children`, findings hold
  /// lines counted from the split) and the raw bytes read.
  struct Outcome {
    var state: AnnexAFileState
    let children: ChildRegistry
    let bytes: Int
  }

  /// Files smaller than this are read in one pass.
  static let minimumBytes = 8 << 20

  /// The offset just past the first line feed at or after the middle of the file, or nil when
  /// the file is smaller than `minimum` or has no line feed in the 64 KiB after its middle.
  static func splitPoint(of file: FileBytes, minimum: Int) -> Int? {
    let size = file.size
    guard size >= max(minimum, 2) else { return nil }
    var split: Int?
    try? file.forEachChunk(from: size / 2, to: min(size, size / 2 + (1 << 16))) { chunk in
      guard split == nil, let lf = chunk.firstIndex(of: 0x0A) else { return }
      split = size / 2 + lf + 1
    }
    return split.flatMap { $0 < size ? $0 : nil }
  }

  /// True for the lists read in two halves.
  static func splits(_ kind: ExtractKind) -> Bool { kind == .annexAContacts || kind == .annexAReferrals }

  private let path: String
  private let name: String
  private let schema: AnnexASchema
  private let layout: ColumnLayout
  private let split: Int
  private let fileIndex: UInt16
  /// Rows the half is expected to hold, to size its record list.
  private let expectedRows: Int
  private let done = DispatchSemaphore(value: 0)
  private let cancelled = Atomic<Bool>(false)
  private var outcome: Outcome?
  private var waited = false

  /// Starts reading `path` from byte `split` to the end as a `schema` list laid out as `layout`.
  init(
    path: String, name: String, schema: AnnexASchema, layout: ColumnLayout, split: Int, fileIndex: UInt16,
    expectedRows: Int
  ) {
    self.path = path
    self.name = name
    self.schema = schema
    self.layout = layout
    self.split = split
    self.fileIndex = fileIndex
    self.expectedRows = expectedRows
    DispatchQueue.global().async { [self] in
      outcome = read()
      done.signal()
    }
  }

  /// Waits for the half; nil when it could not be read this way (not plain UTF-8 throughout, a
  /// quoting error, a read error, or cancelled), so the caller reads on from the split.
  func wait() -> Outcome? {
    if !waited {
      done.wait()
      waited = true
    }
    return outcome
  }

  /// Adds the half to `state` (the file read from its start to the split, its parser now on
  /// line `line`): the half's children are interned in `registry` after those already there,
  /// the half's registry is let go, then its records are appended. Returns the bytes the half
  /// read, or nil, with nothing changed, when the half could not be read this way.
  func merge(into state: inout AnnexAFileState, registry: ChildRegistry, line: Int) -> Int? {
    guard wait() != nil, let children = outcome?.children else { return nil }
    children.dropLookups()  // only its IDs are read from here on
    let childMap = registry.absorb(children)
    let rest = outcome!.state
    let bytes = outcome!.bytes
    outcome = nil  // the half's registry is no longer referenced: freed before the records grow
    state.append(rest, childMap: childMap, lineOffset: line - 1)
    return bytes
  }

  /// Asks the half to stop at its next chunk: the caller will not use it.
  func cancel() { cancelled.store(true, ordering: .relaxed) }

  private struct GiveUp: Error {}

  private func read() -> Outcome? {
    guard let file = try? FileBytes(path: path) else { return nil }
    let children = ChildRegistry()
    var state = AnnexAFileState(
      name: name, children: children, fileIndex: fileIndex, schema: schema, layout: layout)
    state.reserveRecords(expectedRows)
    var broken = false
    guard
      let parser = try? CSVParser(
        onRecord: { record in
          state.accept(record)
          return nil
        },
        onError: { _ in broken = true })
    else { return nil }
    parser.keepOnly(layout.keep)
    parser.prefetchChildIDs(column: layout.slot[0], in: children)
    var transcoder = UTF8Transcoder()
    var utf8: [UInt8] = []
    utf8.reserveCapacity(FileBytes.chunkSize + FileBytes.chunkSize / 4)
    var bytes = 0
    do {
      try file.forEachChunk(from: split) { chunk in
        bytes += chunk.count
        utf8.removeAll(keepingCapacity: true)
        transcoder.decode(chunk, into: &utf8)
        guard transcoder.isPlainUTF8, !broken, !cancelled.load(ordering: .relaxed) else { throw GiveUp() }
        utf8.withUnsafeBytes { parser.feed($0) }
      }
      utf8.removeAll(keepingCapacity: true)
      transcoder.finish(into: &utf8)
      utf8.withUnsafeBytes { parser.feed($0) }
      parser.finish()
    } catch {
      return nil
    }
    guard transcoder.isPlainUTF8, !broken else { return nil }
    return Outcome(state: state, children: children, bytes: bytes)
  }
}

extension UTF8Transcoder {
  /// True while the text read so far is UTF-8, with or without a byte-order mark.
  var staysUTF8: Bool { encoding == nil || encoding == .utf8 || encoding == .utf8BOM }

  /// True while the text read so far is UTF-8 taken as it is: no byte-order mark was dropped
  /// from its start (text after a split keeps one as a character, as one pass would).
  var isPlainUTF8: Bool { encoding == nil || encoding == .utf8 }
}

extension AnnexAFileState {
  /// Makes room for `rows` records in the list this file fills (contacts or referrals), so
  /// reading and merging the halves copy none.
  mutating func reserveRecords(_ rows: Int) {
    switch kind {
    case .annexAContacts: contacts.reserveCapacity(rows)
    case .annexAReferrals: referrals.reserveCapacity(rows)
    default: break
    }
  }

  /// Adds what the rest of the same file gave: its counts, date range, findings (`lineOffset`
  /// added to their lines), and its contacts and referrals with each child index mapped through
  /// `childMap`.
  mutating func append(_ later: AnnexAFileState, childMap: [Int32], lineOffset: Int) {
    rows += later.rows
    rowsUsed += later.rowsUsed
    if let d = later.firstDate, firstDate.map({ d < $0 }) ?? true { firstDate = d }
    if let d = later.lastDate, lastDate.map({ d > $0 }) ?? true { lastDate = d }
    findings += later.findings.map { f in
      Finding(
        f.rule, source: f.source, file: f.file, line: f.line.map { $0 + lineOffset }, childRef: f.childRef,
        field: f.field, value: f.value, message: f.message)
    }
    childMap.withUnsafeBufferPointer { map in
      contacts.reserveCapacity(contacts.count + later.contacts.count)
      for r in later.contacts {
        contacts.append(ContactRecord(child: map[Int(r.child)], date: r.date, file: r.file))
      }
      referrals.reserveCapacity(referrals.count + later.referrals.count)
      for r in later.referrals {
        referrals.append(ReferralRecord(child: map[Int(r.child)], date: r.date, nfa: r.nfa, file: r.file))
      }
    }
  }
}
