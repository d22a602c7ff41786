import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An element name interned in one reader's dictionary: equal names have equal addresses, so
/// names compare as one integer, without building a `String`.
struct XMLName: Hashable {
  let address: Int
}

/// The kinds of node the reader stops at (libxml2's `xmlReaderTypes`). Text, CDATA and white
/// space are all `text`: the census reader treats them alike, and telling them apart costs libxml2
/// a walk up the tree for every text node.
struct XMLNodeKind: Equatable {
  let rawValue: Int32
  static let none = XMLNodeKind(rawValue: 0)
  static let element = XMLNodeKind(rawValue: 1)
  static let text = XMLNodeKind(rawValue: 3)
  static let entityReference = XMLNodeKind(rawValue: 5)
  static let entity = XMLNodeKind(rawValue: 6)
  static let documentType = XMLNodeKind(rawValue: 10)
  static let notation = XMLNodeKind(rawValue: 12)
  static let endElement = XMLNodeKind(rawValue: 15)
  static let endEntity = XMLNodeKind(rawValue: 16)
}

/// Why an XML file could not be read; `CINCensusReader` turns it into a sentence for the run log.
struct XMLReadError: Error {
  enum Kind {
    /// The file could not be opened; the message is the system's reason.
    case cannotOpen
    /// libxml2 found the document not well-formed; the message is libxml2's.
    case notWellFormed
    /// The document declares a DOCTYPE (which may declare entities or name an external DTD).
    case documentType
    /// An entity reference or declaration node was met.
    case entity
    /// Reading the file failed part-way; the message is the system's reason.
    case io
  }
  let kind: Kind
  let line: Int?
  let message: String
}

/// One message libxml2 reported while parsing.
struct XMLDiagnostic: Hashable {
  let line: Int?
  let message: String
  /// A fatal error stops the parse; other errors and warnings are reported and parsing goes on.
  let isFatal: Bool
}

/// A streaming pull reader over one XML file: libxml2's `xmlTextReader`, which keeps only the
/// current node and its ancestors in memory (never a whole-document tree).
///
/// The parser runs with network access off (`XML_PARSE_NONET`), without entity substitution
/// (`NOENT`), DTD loading (`DTDLOAD`), recovery (`RECOVER`) or `HUGE`. Two guards keep entities
/// out: `XMLInput` stops the bytes before a DOCTYPE reaches libxml2 (so no entity is ever
/// declared, let alone parsed), and any DOCTYPE, entity or notation node stops the read. Errors
/// are collected with `xmlSetStructuredErrorFunc` while `capturingErrors` runs. This is the only
/// file that imports `CLibXML2`; this class owns every libxml2 pointer and frees them in `deinit`.
final class XMLTextReader {
  let name: String
  private let input: XMLInput
  private let reader: xmlTextReaderPtr
  /// Messages libxml2 reported, in order.
  private(set) var diagnostics: [XMLDiagnostic] = []
  /// The current node's type, set by `read()`.
  private(set) var kind = XMLNodeKind.none
  /// The current node (libxml2 keeps it alive until the next read).
  private var node: xmlNodePtr?
  /// The line of the last text node seen (from `psvi` past line 65534, see `line`).
  private var lastTextLine = 1
  /// The current text content while `text(_:)` runs: the node's own text is freed by the next read.
  private var scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)

  private static let options = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_BIG_LINES.rawValue)
  private static let initialised: Void = xmlInitParser()

  /// Opens `path`; `name` is how the file is called in messages.
  /// - Throws: `XMLReadError(.cannotOpen)` when the file cannot be opened or is a folder;
  ///   `.documentType` when a DOCTYPE comes in the first bytes.
  init(path: String, name: String) throws(XMLReadError) {
    _ = XMLTextReader.initialised
    self.name = name
    input = try XMLInput(path: path)
    let read: xmlInputReadCallback = { context, buffer, length in
      guard let context, let buffer else { return -1 }
      return Unmanaged<XMLInput>.fromOpaque(context).takeUnretainedValue().supply(buffer, Int(length))
    }
    let context = Unmanaged.passUnretained(input).toOpaque()
    guard let r = xmlReaderForIO(read, nil, context, name, nil, XMLTextReader.options) else {
      throw input.failure
        ?? XMLReadError(kind: .cannotOpen, line: nil, message: "libxml2 could not start a reader on it")
    }
    reader = r
  }

  deinit {
    xmlFreeTextReader(reader)
    scratch.deallocate()
  }

  /// Runs `body` with libxml2's structured error handler pointing at this reader, then puts the
  /// previous handler back. The handler is per thread in libxml2, so concurrent reads on other
  /// threads are not disturbed.
  func capturingErrors<R>(_ body: () throws -> R) rethrows -> R {
    let savedHandler = __xmlStructuredError().pointee
    let savedContext = __xmlStructuredErrorContext().pointee
    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { context, error in
      guard let context, let error else { return }
      Unmanaged<XMLTextReader>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
    }
    defer { xmlSetStructuredErrorFunc(savedContext, savedHandler) }
    return try body()
  }

  private func record(_ e: xmlError) {
    var message = e.message.map { String(cString: $0) } ?? "unknown libxml2 error (code \(e.code))"
    while message.last == "\n" || message.last == " " { message.removeLast() }
    message = message.split(separator: "\n").joined(separator: "; ")
    diagnostics.append(
      XMLDiagnostic(line: e.line > 0 ? Int(e.line) : nil, message: message, isFatal: e.level == XML_ERR_FATAL))
  }

  /// Moves to the next node in document order.
  ///
  /// - Returns: false at the end of the document.
  /// - Throws: `XMLReadError(.notWellFormed)` with libxml2's message and line, and
  ///   `.documentType` / `.entity` when such a node appears (before any of its content is used).
  @inline(__always)
  func read() throws(XMLReadError) -> Bool {
    let status = xmlTextReaderRead(reader)
    if status != 1 {
      if let failure = input.failure { throw failure }
      if status == 0, !diagnostics.contains(where: \.isFatal) {
        kind = .none
        return false
      }
      throw failure()
    }
    node = xmlTextReaderCurrentNode(reader)
    if let node, node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
      kind = .text
      let l = Int(node.pointee.line)
      lastTextLine = l < 65535 ? l : bigLine(node)
      return true
    }
    kind = XMLNodeKind(rawValue: xmlTextReaderNodeType(reader))
    switch kind {
    case .documentType, .notation:
      throw XMLReadError(kind: .documentType, line: nil, message: "DOCTYPE")
    case .entity, .entityReference, .endEntity:
      throw XMLReadError(kind: .entity, line: line, message: "entity")
    default: return true
    }
  }

  private func failure() -> XMLReadError {
    if input.bytesRead == 0 { return XMLReadError(kind: .notWellFormed, line: nil, message: "the file is empty") }
    let first = diagnostics.first(where: \.isFatal) ?? diagnostics.first
    let line = first?.line ?? Int(xmlTextReaderGetParserLineNumber(reader))
    return XMLReadError(
      kind: .notWellFormed, line: line,
      message: first?.message ?? "the XML is not well-formed (no message from libxml2)")
  }

  /// Depth of the current node: 0 for the root element.
  var depth: Int { Int(xmlTextReaderDepth(reader)) }

  /// True for an element written `<X/>`, which has no end-element node.
  var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

  /// The interned local name of the current node.
  @inline(__always)
  var localName: XMLName { XMLName(address: Int(bitPattern: node?.pointee.name)) }

  /// The local name of the current node as a `String`, for messages.
  var localNameString: String { xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? "" }

  /// `text` interned in this reader's dictionary, to compare with `localName`.
  func intern(_ text: String) -> XMLName { XMLName(address: Int(bitPattern: xmlTextReaderConstString(reader, text))) }

  /// 1-based line where the current node starts.
  ///
  /// libxml2 keeps element lines in 16 bits; past line 65534 (`XML_PARSE_BIG_LINES`) only text
  /// nodes keep their line, so an element there takes the line of the text just before it (the
  /// indentation that ends at its `<`), which is its own line in any indented file.
  var line: Int {
    guard let node else { return Int(xmlTextReaderGetParserLineNumber(reader)) }
    let l = Int(node.pointee.line)
    if l > 0 && l < 65535 { return l }
    return kind == .element ? lastTextLine : bigLine(node)
  }

  private func bigLine(_ node: xmlNodePtr) -> Int {
    let stored = Int(bitPattern: node.pointee.psvi)
    return stored > 0 ? stored : max(lastTextLine, Int(node.pointee.line))
  }

  /// Reads the text of the current element (positioned at its start) and moves to its end.
  ///
  /// Text split by comments or CDATA sections is joined. An element holding child elements is
  /// skipped whole and `body` is not called.
  /// - Returns: what `body` returned, or nil when the element holds child elements.
  func text<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R? {
    var count = 0
    if !isEmptyElement {
      // Elements opened inside this one and not yet closed: the end element at 0 is this one's.
      var open = 0
      var nested = false
      while try read() {
        switch kind {
        case .endElement:
          if open == 0 { return nested ? nil : try body(UnsafeBufferPointer(rebasing: scratch[0..<count])) }
          open -= 1
        case .text:
          if let value = node?.pointee.content { append(value, to: &count) }
        case .element:
          nested = true
          if !isEmptyElement { open += 1 }
        default: break
        }
      }
    }
    return try body(UnsafeBufferPointer(rebasing: scratch[0..<count]))
  }

  @inline(__always)
  private func append(_ value: UnsafePointer<xmlChar>, to count: inout Int) {
    let n = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
    if count + n > scratch.count {
      let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(scratch.count * 2, count + n))
      _ = bigger.initialize(from: scratch[0..<count])
      scratch.deallocate()
      scratch = bigger
    }
    (scratch.baseAddress! + count).update(from: value, count: n)
    count += n
  }

  /// Skips the current element (positioned at its start) and everything in it, ending on its end.
  func skipElement() throws {
    guard kind == .element, !isEmptyElement else { return }
    let start = depth
    while try read(), !(kind == .endElement && depth == start) {}
  }

  /// Calls `body` with the name of each child element of the current element (positioned at its
  /// start), in order; `body` must consume the child (`text`, `skipElement` or a nested
  /// `forEachChild`). Text between child elements is ignored. Ends on the element's end.
  @inline(__always)
  func forEachChild(_ body: (XMLName) throws -> Void) throws {
    guard !isEmptyElement else { return }
    // Each child is consumed whole by `body`, so the next end element is this element's own.
    while try read() {
      if kind == .element {
        try body(localName)
      } else if kind == .endElement {
        return
      }
    }
  }
}

/// The bytes of one file for libxml2, read in large chunks, with the prolog (everything before the
/// root element) checked on the way: at a DOCTYPE or any other `<!` declaration the bytes stop,
/// so libxml2 never sees an entity declaration or an external identifier.
///
/// NUL bytes are skipped while scanning, so UTF-16 files are checked too.
final class XMLInput {
  private let fd: Int32
  private let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
  private var start = 0
  private var end = 0
  private var prolog = Prolog.text
  /// Why the bytes stopped early, if they did.
  private(set) var failure: XMLReadError?
  private(set) var bytesRead = 0

  private enum Prolog { case text, open, bang, bangDash, pi, piEnd, comment, commentDash, commentEnd, done }

  init(path: String) throws(XMLReadError) {
    fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw XMLReadError(kind: .cannotOpen, line: nil, message: String(cString: strerror(errno))) }
    var info = stat()
    if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw XMLReadError(kind: .cannotOpen, line: nil, message: "it is a folder, not a file")
    }
  }

  deinit {
    close(fd)
    chunk.deallocate()
  }

  /// libxml2's read callback: copies up to `length` bytes into `buffer`; 0 at the end, -1 on failure.
  func supply(_ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32 {
    if failure != nil { return -1 }
    if start == end {
      var n: Int
      repeat { n = read(fd, chunk.baseAddress, chunk.count) } while n < 0 && errno == EINTR
      if n < 0 {
        failure = XMLReadError(kind: .io, line: nil, message: String(cString: strerror(errno)))
        return -1
      }
      (start, end) = (0, n)
      bytesRead += n
      if n == 0 { return 0 }
      if prolog != .done && declaresDocumentType(UnsafeRawBufferPointer(rebasing: chunk[0..<n])) {
        failure = XMLReadError(kind: .documentType, line: nil, message: "DOCTYPE")
        return -1
      }
    }
    let n = min(length, end - start)
    UnsafeMutableRawPointer(buffer).copyMemory(from: chunk.baseAddress! + start, byteCount: n)
    start += n
    return Int32(n)
  }

  /// Scans prolog bytes; true at a `<!` that does not open a comment.
  private func declaresDocumentType(_ bytes: UnsafeRawBufferPointer) -> Bool {
    for c in bytes where c != 0 {
      switch (prolog, c) {
      case (.text, UInt8(ascii: "<")): prolog = .open
      case (.text, _): break
      case (.open, UInt8(ascii: "?")): prolog = .pi
      case (.open, UInt8(ascii: "!")): prolog = .bang
      case (.open, _): prolog = .done
      case (.bang, UInt8(ascii: "-")): prolog = .bangDash
      case (.bangDash, UInt8(ascii: "-")): prolog = .comment
      case (.bang, _), (.bangDash, _): return true
      case (.pi, UInt8(ascii: "?")), (.piEnd, UInt8(ascii: "?")): prolog = .piEnd
      case (.piEnd, UInt8(ascii: ">")): prolog = .text
      case (.pi, _), (.piEnd, _): prolog = .pi
      case (.comment, UInt8(ascii: "-")): prolog = .commentDash
      case (.commentDash, UInt8(ascii: "-")), (.commentEnd, UInt8(ascii: "-")): prolog = .commentEnd
      case (.commentEnd, UInt8(ascii: ">")): prolog = .text
      case (.comment, _), (.commentDash, _), (.commentEnd, _): prolog = .comment
      case (.done, _): return false
      }
    }
    return false
  }
}
