import SafeguardCore
import SafeguardKernels

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What reading one file gave.
public enum FileOutcome: Sendable {
  /// Read as an extract of this kind.
  case read(ExtractFileSummary)
  /// Not an extract the pipeline knows: the reason says what it looked like.
  case unrecognised(file: String, reason: String)
}

/// Reads CSV extracts into records, streaming: Annex A lists 1–8 and the missing-episode,
/// police missing-person and LADO extracts of `specs/extracts.md` sections 3–5.
///
/// The kind is recognised from the header row, never the file name. Each row is decoded field
/// by field from the raw bytes; a field that cannot be read becomes a finding naming the file,
/// line, column and raw value, and the row is left out only of what needs that field (a row
/// without a usable child ID or reference, or index date, is left out altogether). Duplicates
/// across files are not removed here.
public struct CSVExtractReader {
  /// Contact and referral lists of this many bytes or more are read in pieces on two threads.
  let splitFrom: Int
  /// Called on the reading thread after each chunk with the bytes and rows read so far in the
  /// file (a progress line; nothing in the reading depends on it).
  public var onProgress: ((_ bytes: Int, _ rows: Int) -> Void)?

  public init() { splitFrom = AnnexAPieces.minimumBytes }

  /// A reader that splits contact and referral lists from `splitFrom` bytes (tests split small files).
  init(splitFrom: Int) { self.splitFrom = splitFrom }

  /// Reads `path` (shown as `name` in findings) into `set`.
  ///
  /// - Throws: `RunFailure` when the file cannot be opened or read (66, 74), or when a required
  ///   column is missing (65), naming the column and the closest header present.
  public func read(path: String, name: String, into set: inout ExtractSet) throws -> FileOutcome {
    let file = try FileBytes(path: path)
    let children = set.children
    let fileIndex = UInt16(clamping: set.files.count)
    var transcoder = UTF8Transcoder()
    // Exactly one of these is set once the header row is recognised.
    var annexA: AnnexAFileState?
    var annexALayout: ColumnLayout?
    var other: MissingAndLADOFileState?
    var headers: [String] = []
    var ignored: [String] = []
    var unrecognised: String?
    /// Quoting errors before the header row, reported once the kind is known.
    var early: [CSVQuotingError] = []
    var failure: Error?
    let made = CSVParser(
      onRecord: { record in
        if annexA != nil {
          annexA!.accept(record)
          return nil
        }
        if other != nil {
          other!.accept(record)
          return nil
        }
        guard failure == nil, unrecognised == nil, !record.isEmpty else { return nil }
        headers = (0..<record.count).map { record.string($0).trimmingSpaces() }
        let layout: ColumnLayout
        do {
          switch CSVExtractReader.recognise(headers) {
          case .annexA(let schema):
            layout = try ColumnLayout(headers: headers, columns: schema.columns, kind: schema.kind, file: name)
            annexA = AnnexAFileState(
              name: name, children: children, fileIndex: fileIndex, schema: schema, layout: layout)
            annexALayout = layout
            for e in early { annexA!.quotingError(e) }
          case .missingAndLADO(let schema):
            layout = try ColumnLayout(headers: headers, columns: schema.columns, kind: schema.kind, file: name)
            other = MissingAndLADOFileState(
              name: name, children: children, fileIndex: fileIndex, schema: schema, layout: layout)
            for e in early { other!.quotingError(e) }
          case .unrecognised(let reason):
            unrecognised = reason
            return nil
          }
        } catch {
          failure = error
          return nil
        }
        ignored = layout.ignored
        return layout.keep
      },
      onError: { e in
        if annexA != nil {
          annexA!.quotingError(e)
        } else if other != nil {
          other!.quotingError(e)
        } else {
          early.append(e)
        }
      })
    guard let parser = made else { throw RunFailure(.software, "libcsv could not be initialised (out of memory)") }
    var utf8: [UInt8] = []
    utf8.reserveCapacity(FileBytes.chunkSize + FileBytes.chunkSize / 4)
    var bytes = 0
    var prefetching = false
    func feed(_ chunk: UnsafeRawBufferPointer) throws {
      bytes += chunk.count
      utf8.removeAll(keepingCapacity: true)
      transcoder.decode(chunk, into: &utf8)
      if let nul = CSVExtractReader.firstNUL(utf8) {
        // The text before the NUL is read first, so what is wrong earlier in the file (its
        // header) is what is reported, however the file is cut into chunks or pieces.
        utf8.withUnsafeBytes { parser.feed(UnsafeRawBufferPointer(rebasing: $0[..<nul])) }
        if let failure { throw failure }
        if unrecognised != nil { throw StopReading() }
        let line = parser.line
        throw RunFailure(
          .dataError,
          "\(name):\(line): not text: a NUL byte (a binary file, or a copy cut short and padded with zeros); "
            + "re-export the extract, or remove the file from the folder")
      }
      if !prefetching, let layout = annexALayout {
        parser.watchKeyColumn(layout.fieldSlot[AnnexAField.childID.rawValue], with: children)
        prefetching = true
      }
      utf8.withUnsafeBytes { parser.feed($0) }
      if let failure { throw failure }
      if unrecognised != nil { throw StopReading() }
      onProgress?(bytes, annexA?.rows ?? other?.rows ?? 0)
    }
    let cuts = AnnexAPieces.cutPoints(of: file, minimum: splitFrom)
    let split = cuts.first
    var pieces: AnnexAPieces?
    defer { pieces?.cancel() }
    do {
      try file.forEachChunk(to: split ?? .max) { chunk in
        try feed(chunk)
        if split != nil, pieces == nil, let state = annexA, AnnexAPieces.splits(state.kind),
          let layout = annexALayout, transcoder.staysUTF8
        {
          // Rows in all, from the bytes per row so far, with an eighth to spare: the records
          // of every piece then fit without a copy (untouched capacity costs no memory).
          let rows = state.rows * file.size / max(bytes, 1) * 9 / 8 + 1024
          annexA!.reserveRecords(rows)
          let more = AnnexAPieces.childrenExpected(rows: rows * 8 / 9, wholeFile: true)
          children.reserve(children: children.count + more, bytes: more * 10)
          pieces = AnnexAPieces(
            path: path, name: name, schema: state.schema, layout: layout, starts: cuts, size: file.size,
            fileIndex: fileIndex, expectedRows: rows)
        }
      }
      if let split {
        Trace.mark("\(name): text before the first cut read by the reader thread")
        // The pieces' reading holds when the text before each cut ended between records, all UTF-8.
        if let p = pieces, parser.atRecordStart, transcoder.staysUTF8,
          let read = p.merge(into: &annexA!, registry: children, line: parser.line)
        {
          bytes += read
          onProgress?(bytes, annexA!.rows)
        } else {
          pieces?.cancel()
          try file.forEachChunk(from: split) { try feed($0) }
        }
        pieces = nil
      }
    } catch is StopReading {}
    if unrecognised == nil {
      utf8.removeAll(keepingCapacity: true)
      transcoder.finish(into: &utf8)
      utf8.withUnsafeBytes { parser.feed($0) }
      parser.finish()
      if let failure { throw failure }
    }
    let encoding = (transcoder.encoding ?? .utf8).rawValue
    /// Hands over the file's findings (and one for mixed encodings) and returns its summary.
    func close(_ state: some CSVFileState) -> ExtractFileSummary {
      set.findings.append(contentsOf: state.findings)
      if transcoder.mixed {
        set.findings.append(
          Finding(
            Rules.mixedEncoding, source: state.source, file: name,
            message:
              "the file mixes UTF-8 and Windows-1252 text; it was read as Windows-1252 from the first byte that is not UTF-8"
          ))
      }
      return state.summary(encoding: encoding, bytes: bytes, ignored: ignored)
    }
    let summary: ExtractFileSummary
    // Each state is taken out of the reader's variable so its records move without a copy.
    if var state = annexA {
      annexA = nil
      summary = close(state)
      set.take(&state)
    } else if var state = other {
      other = nil
      summary = close(state)
      set.take(&state)
    } else {
      let shown = headers.isEmpty ? "no header row" : "headers: " + headers.joined(separator: ", ")
      return .unrecognised(file: name, reason: "\(unrecognised ?? "matches no known extract") (\(shown))")
    }
    set.files.append(summary)
    return .read(summary)
  }

  /// The offset of the first zero byte in `text`: text never holds one, and a file of zeros
  /// would otherwise be read as one endless field.
  static func firstNUL(_ text: [UInt8]) -> Int? {
    text.withUnsafeBytes { b in
      guard let base = b.baseAddress, let p = memchr(base, 0, b.count) else { return nil }
      return base.distance(to: UnsafeRawPointer(p))
    }
  }

  /// What a header row says a file holds.
  enum Recognition {
    case annexA(AnnexASchema)
    case missingAndLADO(MissingAndLADOSchema)
    /// The reason, without the headers.
    case unrecognised(String)
  }

  /// Which kind a header row belongs to: an Annex A list (`AnnexASchema.recognise(_:)`) or one
  /// of sections 3–5 (`MissingAndLADOSchema.candidates(_:)`). Headers fitting more than one kind
  /// equally well are reported, never guessed.
  static func recognise(_ headers: [String]) -> Recognition {
    let others = MissingAndLADOSchema.candidates(headers)
    var kinds: [ExtractKind]
    switch AnnexASchema.recognise(headers) {
    case .list(let schema) where others.isEmpty: return .annexA(schema)
    case .list(let schema): kinds = [schema.kind]
    case .noList where others.count == 1: return .missingAndLADO(others[0])
    case .noList: kinds = []
    case .ambiguous(let lists): kinds = lists
    }
    kinds += others.map(\.kind)
    guard !kinds.isEmpty else { return .unrecognised("matches no known extract") }
    let titles = kinds.map(\.title).joined(separator: " and ")
    return .unrecognised("fits \(titles) equally well, so it is not guessed")
  }
}

private struct StopReading: Error {}

/// Rules applied while reading extracts.
public enum Rules {
  public static let badQuoting = Rule("ING001", .error, "Rows whose quoting is broken could not be read")
  public static let unterminatedQuote = Rule(
    "ING002", .error, "A quote is never closed; the rows after it could not be read")
  public static let tooManyFields = Rule("ING003", .error, "Rows with more fields than the header were left out")
  public static let blankChildID = Rule("ING010", .error, "Rows without a child ID were left out")
  public static let blankIndexDate = Rule("ING011", .error, "Rows without an event date were left out")
  public static let badIndexDate = Rule("ING012", .error, "Rows whose event date is not a valid date were left out")
  public static let badOtherDate = Rule(
    "ING013", .query, "Dates that are not valid dates (the rest of the row is used)")
  public static let badYesNo = Rule(
    "ING014", .error, "Yes/no values that are not Y or N were left out of the figures that need them")
  public static let unknownCode = Rule("ING015", .query, "Codes that are not in the code list")
  public static let bornAfterEvent = Rule("ING016", .query, "Dates of birth after the event date")
  public static let mixedEncoding = Rule("ING020", .warning, "Files mixing two text encodings")
  public static let badInteger = Rule(
    "ING017", .error, "Counts that are not whole numbers were left out of the figures that need them")
  public static let unknownAbuseCategory = Rule(
    "ING018", .query, "Categories of abuse that are not neglect, physical, sexual, emotional or multiple")
  public static let blankRequiredValue = Rule(
    "ING030", .query, "Missing, police and LADO rows with a required value blank (the row is kept without it)")
  public static let blankReference = Rule(
    "ING031", .error, "Police and LADO rows without their reference or person reference were left out")
  public static let unreadableType = Rule(
    "ING032", .error,
    "Missing episodes without a readable M/A category, and LADO contacts without a readable contact type, were left out"
  )
  public static let endBeforeStart = Rule(
    "ING033", .query, "Missing episodes, police reports and LADO contacts that end before they start")
  public static let interviewBeforeReturn = Rule(
    "ING034", .query, "Return home interviews dated before the missing episode ended")
  public static let incompleteLADOReferral = Rule(
    "ING035", .query, "LADO referrals without an allegation category, threshold decision or outcome")
  public static let repeatedReference = Rule(
    "ING036", .query, "Occurrence and LADO references repeated within a file (the first row is kept, the rest left out)"
  )
}
