import Dispatch
import SafeguardCore
import SafeguardKernels
import Synchronization

/// Reads the rest of a large UTF-8 contact or referral list in pieces on two threads while the
/// caller reads the start of the file, so a national extract is parsed on both cores.
///
/// The file is cut just after a line feed at each of `cuts` (fractions of its size). The
/// caller reads up to the first cut; a helper thread takes the first piece after it, and each
/// thread, once its piece is read, takes the next piece nobody has taken. The last pieces are
/// small, so whichever thread finishes first (the other may have lost time to the hashing
/// thread or the machine) takes over the tail and neither waits long for the other.
///
/// Each piece is read with the columns the header row gave, its own child registry, and lines
/// counted from 1 at its start. The guess that each cut falls between records holds only when
/// the text before every cut ends outside a quoted field and every piece stays UTF-8: the
/// merge checks that for all pieces and takes all or none (`merge(into:registry:line:)`), and
/// otherwise the caller reads on from the first cut itself. A piece with a quoting error is
/// given up too (its message names lines, which are only known once the text before is read).
/// Other lists (fewer rows, more fields) are read in one pass.
final class AnnexAPieces: @unchecked Sendable {
  /// What a piece gave: its file state (records hold indices into `children`, findings hold
  /// lines counted from the piece's start), the raw bytes read, the line after its last
  /// (counted from 1 at its start), and whether it ended between records.
  struct Outcome {
    var state: AnnexAFileState
    let children: ChildRegistry
    let bytes: Int
    let nextLine: Int
    let endsBetweenRecords: Bool
  }

  /// Files smaller than this are read in one pass.
  static let minimumBytes = 8 << 20

  /// Where the file is cut, as fractions of its size: the caller's part and the helper's first
  /// piece are the largest, and the pieces after them get smaller.
  static let cuts: [Double] = [0.42, 0.84, 0.92]

  /// The offset just past the first line feed at or after each of `fractions` of the file, in
  /// order, without repeats; empty when the file is smaller than `minimum`. A cut with no line
  /// feed in the 64 KiB after it, or none before the end, is left out.
  static func cutPoints(of file: FileBytes, at fractions: [Double] = cuts, minimum: Int) -> [Int] {
    let size = file.size
    guard size >= max(minimum, 2) else { return [] }
    var points: [Int] = []
    for f in fractions {
      let from = max(Int(Double(size) * f), points.last ?? 0)
      var point: Int?
      try? file.forEachChunk(from: from, to: min(size, from + (1 << 16))) { chunk in
        guard point == nil, let lf = chunk.firstIndex(of: 0x0A) else { return }
        point = from + lf + 1
      }
      let previous = points.last ?? 0
      if let p = point, p < size && p > previous { points.append(p) }
    }
    return points
  }

  /// The children a child table is first sized for: 3/8 of the rows of a whole file (national
  /// extracts span years, with two or three referrals a child), 5/8 of a piece's (fewer
  /// repeats in a shorter stretch). A table sized once is written once, where growing it to
  /// that size writes it twice over; one sized too small grows as before, and one sized too
  /// large costs memory for nothing, so the guesses are low.
  static func childrenExpected(rows: Int, wholeFile: Bool) -> Int { rows * (wholeFile ? 3 : 5) / 8 }

  /// True for the lists read in pieces.
  static func splits(_ kind: ExtractKind) -> Bool { kind == .annexAContacts || kind == .annexAReferrals }

  /// One piece's result, written only by the thread that read it.
  private final class Slot {
    var outcome: Outcome?
  }

  private let path: String
  private let name: String
  private let schema: AnnexASchema
  private let layout: ColumnLayout
  /// Piece k is `starts[k]..<starts[k + 1]` (the last to the end of the file).
  private let starts: [Int]
  private let size: Int
  private let fileIndex: UInt16
  /// Rows the whole file is expected to hold, to size each piece's record list.
  private let expectedRows: Int
  private let slots: [Slot]
  private let next = Atomic<Int>(0)
  private let cancelled = Atomic<Bool>(false)
  private let helperDone = DispatchSemaphore(value: 0)
  private var helped = false

  /// Starts a helper thread reading the pieces of `path` from `starts` (offsets after line
  /// feeds, in order) as a `schema` list laid out as `layout`.
  init(
    path: String, name: String, schema: AnnexASchema, layout: ColumnLayout, starts: [Int], size: Int,
    fileIndex: UInt16, expectedRows: Int
  ) {
    self.path = path
    self.name = name
    self.schema = schema
    self.layout = layout
    self.starts = starts
    self.size = size
    self.fileIndex = fileIndex
    self.expectedRows = expectedRows
    slots = starts.map { _ in Slot() }
    DispatchQueue.global().async { [self] in
      takePieces(thread: "helper")
      helperDone.signal()
    }
  }

  /// Reads pieces on the calling thread until none is left, then waits for the helper. Called
  /// by the reader once its own part is read; calling it again does nothing.
  func help() {
    guard !helped else { return }
    helped = true
    takePieces(thread: "reader")
    helperDone.wait()
  }

  /// Every piece's outcome, nil for one given up (after `help()`); for tests.
  var outcomes: [Outcome?] { slots.map(\.outcome) }

  /// Adds the pieces, in file order, to `state` (the file read from its start to the first
  /// cut, its parser now on line `line`): each piece's children are interned in `registry`,
  /// its registry let go, then its records appended. Returns the bytes the pieces read, or
  /// nil, with nothing changed, when any piece was given up or any piece but the last ended
  /// inside a record: the caller then reads on from the first cut.
  func merge(into state: inout AnnexAFileState, registry: ChildRegistry, line: Int) -> Int? {
    help()
    for (k, slot) in slots.enumerated() {
      guard let o = slot.outcome, o.endsBetweenRecords || k == slots.count - 1 else { return nil }
    }
    var line = line
    var bytes = 0
    for slot in slots {
      guard let o = slot.outcome else { return nil }  // checked above
      o.children.dropLookups()  // only its IDs are read from here on
      let childMap = registry.absorb(o.children)
      slot.outcome = nil  // the piece's registry is no longer referenced: freed before the records grow
      state.append(o.state, childMap: childMap, lineOffset: line - 1)
      line += o.nextLine - 1
      bytes += o.bytes
    }
    Trace.mark("\(name): pieces merged")
    return bytes
  }

  /// Asks the pieces to stop at their next chunk and waits for the helper: the caller will not
  /// use them.
  func cancel() {
    cancelled.store(true, ordering: .relaxed)
    help()
  }

  private func takePieces(thread: String) {
    while !cancelled.load(ordering: .relaxed) {
      let k = next.add(1, ordering: .relaxed).oldValue
      guard k < starts.count else { return }
      let outcome = read(piece: k)
      slots[k].outcome = outcome
      Trace.mark("\(name): piece \(k + 1) of \(starts.count) read by the \(thread) thread")
      if outcome == nil { cancelled.store(true, ordering: .relaxed) }  // all or none: the rest is wasted
    }
  }

  private struct GiveUp: Error {}

  private func read(piece k: Int) -> Outcome? {
    guard let file = try? FileBytes(path: path) else { return nil }
    let start = starts[k]
    let end = k + 1 < starts.count ? starts[k + 1] : size
    let last = k + 1 == starts.count
    let children = ChildRegistry()
    let rows = Int(Double(expectedRows) * Double(end - start) / Double(max(size, 1))) + 64
    let expected = AnnexAPieces.childrenExpected(rows: rows, wholeFile: false)
    children.reserve(children: expected, bytes: expected * 10)
    var state = AnnexAFileState(
      name: name, children: children, fileIndex: fileIndex, schema: schema, layout: layout)
    state.reserveRecords(rows)
    var broken = false
    guard
      let parser = CSVParser(
        onRecord: { record in
          state.accept(record)
          return nil
        },
        onError: { _ in broken = true })
    else { return nil }
    parser.keepOnly(layout.keep)
    parser.watchKeyColumn(layout.fieldSlot[AnnexAField.childID.rawValue], with: children)
    var transcoder = UTF8Transcoder()
    var utf8: [UInt8] = []
    utf8.reserveCapacity(FileBytes.chunkSize + FileBytes.chunkSize / 4)
    var bytes = 0
    do {
      // The last piece reads to the end of the file, even one that grew since it was cut.
      try file.forEachChunk(from: start, to: last ? .max : end) { chunk in
        bytes += chunk.count
        utf8.removeAll(keepingCapacity: true)
        transcoder.decode(chunk, into: &utf8)
        // A NUL byte stops the whole file: the reader finds it again and says where.
        guard transcoder.isPlainUTF8, !broken, !cancelled.load(ordering: .relaxed),
          CSVExtractReader.firstNUL(utf8) == nil
        else { throw GiveUp() }
        utf8.withUnsafeBytes { parser.feed($0) }
      }
      utf8.removeAll(keepingCapacity: true)
      transcoder.finish(into: &utf8)
      if last {
        utf8.withUnsafeBytes { parser.feed($0) }
        parser.finish()
      } else if !utf8.isEmpty {
        return nil  // a character cut in two: not a cut after a line feed
      }
    } catch {
      return nil
    }
    guard transcoder.isPlainUTF8, !broken else { return nil }
    return Outcome(
      state: state, children: children, bytes: bytes, nextLine: parser.line,
      endsBetweenRecords: parser.atRecordStart)
  }
}

extension UTF8Transcoder {
  /// True while the text read so far is UTF-8, with or without a byte-order mark.
  var staysUTF8: Bool { encoding == nil || encoding == .utf8 || encoding == .utf8BOM }

  /// True while the text read so far is UTF-8 taken as it is: no byte-order mark was dropped
  /// from its start (text after a cut keeps one as a character, as one pass would).
  var isPlainUTF8: Bool { encoding == nil || encoding == .utf8 }
}

extension AnnexAFileState {
  /// Makes room for `rows` records in the list this file fills (contacts or referrals), so
  /// reading and merging the pieces copy none.
  mutating func reserveRecords(_ rows: Int) {
    switch kind {
    case .annexAContacts:
      contacts.reserveCapacity(rows)
      contactDetails.details.reserveCapacity(rows)
    case .annexAReferrals:
      referrals.reserveCapacity(rows)
      referralDetails.details.reserveCapacity(rows)
    default: break
    }
  }

  /// Adds what a later part of the same file gave: its counts, date range, findings
  /// (`lineOffset` added to their lines), and its contacts and referrals with each child index
  /// mapped through `childMap`, and their details.
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
    contactDetails.details.append(contentsOf: later.contactDetails.details)
    referralDetails.details.append(contentsOf: later.referralDetails.details)
  }
}
