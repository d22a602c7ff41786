import SafeguardCore

/// What reading one file gave.
public enum FileOutcome: Sendable {
  /// Read as an extract of this kind.
  case read(ExtractFileSummary)
  /// Not an extract the pipeline knows: the reason says what it looked like.
  case unrecognised(file: String, reason: String)
}

/// Reads Annex A CSV lists into records, streaming.
///
/// The list is recognised from the headers. Each row is decoded field by field from the raw
/// bytes; a field that cannot be read becomes a finding naming the file, line, column and raw
/// value, and the row is left out only of what needs that field (a row without a usable child
/// ID or index date is left out altogether). Duplicates across files are not removed here.
public struct AnnexAReader {
  public init() {}

  /// Reads `path` (shown as `name` in findings) into `set`.
  ///
  /// - Throws: `RunFailure` when the file cannot be opened or read (66, 74), or when a required
  ///   column is missing (65), naming the column and the closest header present.
  public func read(path: String, name: String, into set: inout ExtractSet) throws -> FileOutcome {
    let file = try FileBytes(path: path)
    var transcoder = UTF8Transcoder()
    var state = AnnexAFileState(name: name, children: set.children, fileIndex: UInt16(clamping: set.files.count))
    var failure: RunFailure?
    let parser = try CSVParser(
      onRecord: { record in
        if failure == nil, let f = state.accept(record) { failure = f }
        defer { state.columnsToKeep = nil }
        return state.columnsToKeep
      },
      onError: { state.quotingError($0) })
    var utf8: [UInt8] = []
    utf8.reserveCapacity(FileBytes.chunkSize + FileBytes.chunkSize / 4)
    var bytes = 0
    do {
      try file.forEachChunk { chunk in
        bytes += chunk.count
        utf8.removeAll(keepingCapacity: true)
        transcoder.decode(chunk, into: &utf8)
        utf8.withUnsafeBytes { parser.feed($0) }
        if let failure { throw failure }
        if state.unrecognised { throw StopReading() }
      }
    } catch is StopReading {}
    if !state.unrecognised {
      utf8.removeAll(keepingCapacity: true)
      transcoder.finish(into: &utf8)
      utf8.withUnsafeBytes { parser.feed($0) }
      parser.finish()
      if let failure { throw failure }
    }
    guard let schema = state.schema, !state.unrecognised else {
      let headers = state.headers.isEmpty ? "no header row" : "headers: " + state.headers.joined(separator: ", ")
      guard state.ambiguous.isEmpty else {
        let lists = state.ambiguous.map(\.title).joined(separator: " and ")
        return .unrecognised(file: name, reason: "fits \(lists) equally well, so it is not guessed (\(headers))")
      }
      return .unrecognised(file: name, reason: "matches no known extract (\(headers))")
    }
    var summary = ExtractFileSummary(file: name, kind: schema.kind, encoding: (transcoder.encoding ?? .utf8).rawValue)
    summary.bytes = bytes
    summary.rows = state.rows
    summary.rowsUsed = state.rowsUsed
    summary.firstDate = state.firstDate
    summary.lastDate = state.lastDate
    summary.ignoredColumns = state.ignored
    if transcoder.mixed {
      state.findings.append(
        Finding(
          Rules.mixedEncoding, source: schema.kind.rawValue, file: name,
          message:
            "the file mixes UTF-8 and Windows-1252 text; it was read as Windows-1252 from the first byte that is not UTF-8"
        ))
    }
    handOver(&state.contacts, to: &set.contacts)
    handOver(&state.referrals, to: &set.referrals)
    handOver(&state.earlyHelp, to: &set.earlyHelp)
    handOver(&state.assessments, to: &set.assessments)
    handOver(&state.section47s, to: &set.section47s)
    handOver(&state.cinRecords, to: &set.cinRecords)
    handOver(&state.plans, to: &set.plans)
    handOver(&state.careEpisodes, to: &set.careEpisodes)
    set.findings.append(contentsOf: state.findings)
    set.files.append(summary)
    return .read(summary)
  }

  /// Moves one file's records into the set, without a copy when the set has none yet (the usual
  /// single file).
  private func handOver<Record>(_ records: inout [Record], to target: inout [Record]) {
    if target.isEmpty { target = records } else { target.append(contentsOf: records) }
    records = []
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
}
