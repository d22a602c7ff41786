import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An element name interned in one reader's dictionary: equal names have equal addresses, so
/// names compare as one integer, without building a `String`.
public struct XMLName: Hashable, Sendable {
  public let address: Int
  public init(address: Int) { self.address = address }
}

/// The kinds of node the reader stops at, numbered as libxml2's `xmlReaderTypes`. Text, CDATA
/// and white space are all `text`: the census reader treats them alike.
public struct XMLNodeKind: Equatable, Sendable, BitwiseCopyable {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
  public static let none = XMLNodeKind(rawValue: 0)
  public static let element = XMLNodeKind(rawValue: 1)
  public static let text = XMLNodeKind(rawValue: 3)
  public static let entityReference = XMLNodeKind(rawValue: 5)
  public static let entity = XMLNodeKind(rawValue: 6)
  public static let documentType = XMLNodeKind(rawValue: 10)
  public static let notation = XMLNodeKind(rawValue: 12)
  public static let endElement = XMLNodeKind(rawValue: 15)
  public static let endEntity = XMLNodeKind(rawValue: 16)
}

/// Why an XML file could not be read; `CINCensusReader` turns it into a sentence for the run log.
public struct XMLReadError: Error, Sendable {
  public enum Kind: Sendable {
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
  public let kind: Kind
  public let line: Int?
  public let message: String
}

/// One message libxml2 reported while parsing.
public struct XMLDiagnostic: Hashable, Sendable {
  public let line: Int?
  public let message: String
  /// A fatal error stops the parse; other errors and warnings are reported and parsing goes on.
  public let isFatal: Bool
}

/// One queued node: for text, `start..<start+count` in the batch's text; for an element, its
/// attributes at `start..<start+count` in the batch's attributes (when they are kept); for an end
/// element, the line and depth of its start.
private struct XMLEvent {
  var kind: XMLNodeKind
  var name: Int
  var line: Int
  var depth: Int
  var start: Int
  var count: Int
}

/// A growable run of plain values in memory this program manages: `append` is a store and a
/// count (no uniqueness or bounds check), which the SAX callbacks make for every node. The owner
/// frees it with `free()`; buffers are swapped between the parsing thread and the reader, never
/// shared.
private struct XMLBuffer<Element: BitwiseCopyable> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  func free() { base.deallocate() }

  @inline(__always)
  mutating func append(_ x: Element) {
    if count == capacity { grow(count + 1) }
    (base + count).initialize(to: x)
    count += 1
  }

  @inline(__always)
  mutating func append(_ xs: UnsafePointer<Element>, _ n: Int) {
    if count + n > capacity { grow(count + n) }
    (base + count).update(from: xs, count: n)
    count += n
  }

  @inline(__always)
  mutating func removeLast() -> Element {
    assert(count > 0, "removeLast on an empty buffer")
    count -= 1
    return base[count]
  }

  mutating func removeAll() { count = 0 }

  @inline(__always)
  subscript(i: Int) -> Element {
    get { base[i] }
    nonmutating set { base[i] = newValue }
  }

  var last: Element? { count == 0 ? nil : base[count - 1] }

  /// Elements `r` in place; valid until the buffer next grows or is freed.
  func slice(_ r: Range<Int>) -> UnsafeBufferPointer<Element> {
    UnsafeBufferPointer(start: base + r.lowerBound, count: r.count)
  }

  private mutating func grow(_ needed: Int) {
    let bigger = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<Element>.allocate(capacity: bigger)
    moved.update(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = bigger
  }
}

/// One attribute of a queued element: its interned local name and its value's bytes in the
/// batch's text.
private struct XMLAttribute {
  var name: Int
  var start: Int
  var count: Int
}

/// The nodes of one `xmlParseChunk` round (or of several, when a round yields none), handed from
/// the parsing thread to the reader.
private final class XMLBatch {
  var events = XMLBuffer<XMLEvent>(capacity: 1 << 12)
  var text = XMLBuffer<UInt8>(capacity: 1 << 16)
  var attributes = XMLBuffer<XMLAttribute>(capacity: 1 << 8)
  /// Messages libxml2 reported while this batch was parsed.
  var diagnostics: [XMLDiagnostic] = []
  /// Thrown instead of handing out the events (a refused DOCTYPE or entity, a read failure).
  var errorBefore: XMLReadError?
  /// Thrown once the events are handed out (the document is not well-formed).
  var errorAfter: XMLReadError?
  /// No batch follows this one.
  var isLast = false

  deinit {
    events.free()
    text.free()
    attributes.free()
  }
}

/// A streaming pull reader over one XML file, driven by libxml2's SAX2 push parser on a second
/// thread (`XMLPushParser`): the bytes go to `xmlParseChunk` 64 KiB at a time, the callbacks queue
/// element starts, ends and text in batches, and `read()` hands the batches out one node at a
/// time while the next is parsed. No tree is built, not even of the current node.
///
/// This file is the only one that imports `CLibXML2`.
public final class XMLTextReader {
  public let name: String
  private let parser: XMLPushParser
  /// Messages libxml2 reported in the batches read so far, in order.
  public private(set) var diagnostics: [XMLDiagnostic] = []
  /// The current node's type, set by `read()`.
  public private(set) var kind = XMLNodeKind.none
  private var events = XMLBuffer<XMLEvent>(capacity: 1)
  private var next = 0
  private var current = XMLEvent(kind: .none, name: 0, line: 1, depth: 0, start: 0, count: 0)
  /// Text of the current batch's text events.
  private var textBytes = XMLBuffer<UInt8>(capacity: 1)
  /// Attributes of the current batch's elements (kept only when asked for).
  private var attributeList = XMLBuffer<XMLAttribute>(capacity: 1)
  /// The batch whose arrays `events` and `textBytes` hold, given back on the next refill.
  private var batch: XMLBatch?
  /// Set once the last batch is taken.
  private var ended = false
  /// Thrown by every read once the last batch's events are handed out.
  private var terminal: XMLReadError?

  /// Opens `path`; `name` is how the file is called in messages.
  /// - Throws: `XMLReadError(.cannotOpen)` when the file cannot be opened or is a folder.
  public init(path: String, name: String) throws(XMLReadError) {
    self.name = name
    parser = XMLPushParser(source: try XMLFileSource(path: path), name: name, attributes: false)
  }

  /// Reads the document `source` gives; `name` is how it is called in messages. With
  /// `attributes`, each element's attributes are kept for `attribute(_:_:)`.
  public init(source: any XMLByteSource, name: String, attributes: Bool) {
    self.name = name
    parser = XMLPushParser(source: source, name: name, attributes: attributes)
  }

  deinit {
    parser.stop()
    events.free()
    textBytes.free()
    attributeList.free()
  }

  /// Takes the next batch from the parsing thread; false once the document has ended.
  private func fill() throws(XMLReadError) -> Bool {
    if let b = batch {
      events.removeAll()
      textBytes.removeAll()
      attributeList.removeAll()
      swap(&events, &b.events)
      swap(&textBytes, &b.text)
      swap(&attributeList, &b.attributes)
      batch = nil
      parser.giveBack(b)
    }
    next = 0
    if ended { return false }
    let b = parser.take()
    diagnostics += b.diagnostics
    ended = b.isLast
    if let e = b.errorBefore {
      terminal = e
      ended = true
      parser.giveBack(b)
      throw e
    }
    terminal = b.errorAfter
    swap(&events, &b.events)
    swap(&textBytes, &b.text)
    swap(&attributeList, &b.attributes)
    batch = b
    if events.count == 0, let terminal { throw terminal }
    return events.count > 0
  }

  /// Moves to the next node in document order.
  ///
  /// - Returns: false at the end of the document.
  /// - Throws: `XMLReadError(.notWellFormed)` with libxml2's message and line, and
  ///   `.documentType` / `.entity` when a DOCTYPE or entity reference appears.
  @inline(__always)
  public func read() throws(XMLReadError) -> Bool {
    if next == events.count {
      guard try fill() else {
        if let terminal { throw terminal }
        kind = .none
        return false
      }
    }
    current = events[next]
    next += 1
    kind = current.kind
    return true
  }

  /// Depth of the current node: 0 for the root element.
  public var depth: Int { current.depth }

  /// Always false: the parser reports `<X/>` as a start and an end, like `<X></X>`.
  public var isEmptyElement: Bool { false }

  /// The interned local name of the current node.
  @inline(__always)
  public var localName: XMLName { XMLName(address: current.name) }

  /// The local name of the current node as a `String`, for messages.
  public var localNameString: String {
    guard current.name != 0, let p = UnsafePointer<CChar>(bitPattern: current.name) else { return "" }
    return String(cString: p)
  }

  /// `text` interned in this parser's dictionary, to compare with `localName`. Call it before the
  /// first `read()`: once the parsing thread runs, the dictionary is its own.
  public func intern(_ text: String) -> XMLName {
    XMLName(address: parser.intern(text))
  }

  /// Calls `body` with the value of the current element's attribute `name` (matched by local
  /// name, whatever its prefix), read in place; nil when the element has no such attribute or the
  /// reader keeps no attributes.
  @inline(__always)
  public func attribute<R>(_ name: XMLName, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
    guard current.kind == .element else { return nil }
    var i = current.start
    let end = current.start + current.count
    while i < end {
      let a = attributeList[i]
      if a.name == name.address { return try body(textBytes.slice(a.start..<a.start + a.count)) }
      i += 1
    }
    return nil
  }

  /// 1-based line of the current node: where an element's start tag ends (for an end element,
  /// its start's), or where a text node was read.
  public var line: Int { current.line }

  /// Reads the text of the current element (positioned at its start) and moves to its end.
  ///
  /// Text split by comments or CDATA sections is joined. An element holding child elements is
  /// skipped whole and `body` is not called.
  /// - Returns: what `body` returned, or nil when the element holds child elements.
  public func text<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R? {
    // Nearly every element is one text node and its end, or an end at once, both still queued.
    if next + 1 < events.count, events[next].kind == .text, events[next + 1].kind == .endElement {
      let t = events[next]
      current = events[next + 1]
      next += 2
      kind = .endElement
      return try body(textBytes.slice(t.start..<t.start + t.count))
    }
    if next < events.count, events[next].kind == .endElement {
      current = events[next]
      next += 1
      kind = .endElement
      return try body(textBytes.slice(0..<0))
    }
    // Elements opened inside this one and not yet closed: the end element at 0 is this one's.
    var open = 0
    var nested = false
    var joined: [UInt8]?
    // The text when it is one node still in the queue: read in place, without a copy.
    var single: Range<Int>?
    while try read() {
      switch kind {
      case .endElement:
        if open == 0 {
          if nested { return nil }
          if let joined { return try joined.withUnsafeBufferPointer(body) }
          return try body(textBytes.slice(single ?? 0..<0))
        }
        open -= 1
      case .text:
        let r = current.start..<current.start + current.count
        if let first = single {
          joined = Array(textBytes.slice(first)) + textBytes.slice(r)
          single = nil
        } else if joined != nil {
          joined! += textBytes.slice(r)
        } else if next < events.count {
          single = r
        } else {
          // The next read refills the queue and empties `textBytes`.
          joined = Array(textBytes.slice(r))
        }
      case .element:
        nested = true
        open += 1
      default: break
      }
    }
    return try body(UnsafeBufferPointer(start: nil, count: 0))
  }

  /// Skips the current element (positioned at its start) and everything in it, ending on its end.
  public func skipElement() throws {
    guard kind == .element else { return }
    let start = depth
    while try read(), !(kind == .endElement && depth == start) {}
  }

  /// Calls `body` with the name of each child element of the current element (positioned at its
  /// start), in order; `body` must consume the child (`text`, `skipElement` or a nested
  /// `forEachChild`). Text between child elements is ignored. Ends on the element's end.
  @inline(__always)
  public func forEachChild(_ body: (XMLName) throws -> Void) throws {
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

/// libxml2's SAX2 push parser over one file, run on its own thread once the reader first asks for a
/// batch, a few batches ahead of the reader.
///
/// The parser runs with network access off (`XML_PARSE_NONET`), without entity substitution
/// (`NOENT`), DTD loading (`DTDLOAD`), recovery (`RECOVER`) or `HUGE`. Two guards keep entities
/// out: `XMLInput` stops the bytes before a DOCTYPE reaches libxml2 (so no entity is ever
/// declared, let alone parsed), and an internal subset or entity reference callback stops the
/// read. Errors are collected with `xmlSetStructuredErrorFunc`, which is per thread in libxml2,
/// set on the parsing thread. This class owns every libxml2 pointer and frees them in `deinit`,
/// after `stop()` has joined the thread.
private final class XMLPushParser {
  private let input: XMLInput
  private let context: xmlParserCtxtPtr
  private let chunk = UnsafeMutablePointer<CChar>.allocate(capacity: 1 << 16)
  /// Every message libxml2 reported, in order; `sent` of them have gone out with batches.
  private var diagnostics: [XMLDiagnostic] = []
  private var sent = 0
  /// The batch being filled by the callbacks.
  private var events = XMLBuffer<XMLEvent>(capacity: 1)
  private var textBytes = XMLBuffer<UInt8>(capacity: 1)
  private var attributes = XMLBuffer<XMLAttribute>(capacity: 1)
  /// Keep each element's attributes.
  private let keepsAttributes: Bool
  /// Start lines of the open elements, innermost last.
  private var openLines = XMLBuffer<Int>(capacity: 64)
  /// Set by the internal subset or entity reference callbacks.
  private var refused: XMLReadError?

  /// Guards `full`, `free`, `cancelled`.
  private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  private var full: [XMLBatch] = []
  private var free: [XMLBatch] = (0..<4).map { _ in XMLBatch() }
  private var cancelled = false
  private var thread: pthread_t?

  private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
  private static let initialised: Void = xmlInitParser()

  init(source: any XMLByteSource, name: String, attributes: Bool) {
    _ = XMLPushParser.initialised
    keepsAttributes = attributes
    input = XMLInput(source: source)
    var sax = xmlSAXHandler()
    sax.initialized = XML_SAX2_MAGIC
    // The parser outlives every callback, so the callbacks borrow it without retaining it.
    sax.startElementNs = { ctx, localName, _, _, _, _, count, _, attributes in
      guard let ctx else { return }
      Unmanaged<XMLPushParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef {
        $0.started(localName, attributes: attributes, count: Int(count))
      }
    }
    sax.endElementNs = { ctx, _, _, _ in
      guard let ctx else { return }
      Unmanaged<XMLPushParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.ended() }
    }
    let characters: charactersSAXFunc = { ctx, bytes, length in
      guard let ctx, let bytes else { return }
      Unmanaged<XMLPushParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.characters(bytes, Int(length)) }
    }
    sax.characters = characters
    sax.ignorableWhitespace = characters
    sax.cdataBlock = characters
    sax.internalSubset = { ctx, _, _, _ in
      guard let ctx else { return }
      Unmanaged<XMLPushParser>.fromOpaque(ctx).takeUnretainedValue().refuse(.documentType, "DOCTYPE")
    }
    sax.reference = { ctx, _ in
      guard let ctx else { return }
      Unmanaged<XMLPushParser>.fromOpaque(ctx).takeUnretainedValue().refuse(.entity, "entity")
    }
    // `self` is complete once `context` is set; the callbacks only run from `parse(into:)`.
    let placeholder = Unmanaged.passUnretained(input).toOpaque()
    guard let c = xmlCreatePushParserCtxt(&sax, placeholder, nil, 0, name) else {
      fatalError("libxml2 could not start a parser (out of memory)")
    }
    context = c
    xmlCtxtUseOptions(c, XMLPushParser.options)
    c.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
    pthread_mutex_init(lock, nil)
    pthread_cond_init(changed, nil)
  }

  deinit {
    xmlFreeParserCtxt(context)
    events.free()
    textBytes.free()
    attributes.free()
    openLines.free()
    chunk.deallocate()
    pthread_mutex_destroy(lock)
    pthread_cond_destroy(changed)
    lock.deallocate()
    changed.deallocate()
  }

  func intern(_ text: String) -> Int {
    precondition(thread == nil, "XMLTextReader.intern is called before the first read")
    return Int(bitPattern: xmlDictLookup(context.pointee.dict, text, -1))
  }

  // MARK: The reader's side

  /// The next batch, waiting for it; starts the parsing thread on the first call.
  func take() -> XMLBatch {
    if thread == nil { start() }
    pthread_mutex_lock(lock)
    while full.isEmpty { pthread_cond_wait(changed, lock) }
    let b = full.removeFirst()
    pthread_cond_broadcast(changed)
    pthread_mutex_unlock(lock)
    return b
  }

  /// Returns a batch whose events have been handed out, emptied, for the thread to fill again.
  func giveBack(_ b: XMLBatch) {
    b.events.removeAll()
    b.text.removeAll()
    b.attributes.removeAll()
    b.diagnostics = []
    b.errorBefore = nil
    b.errorAfter = nil
    b.isLast = false
    pthread_mutex_lock(lock)
    free.append(b)
    pthread_cond_broadcast(changed)
    pthread_mutex_unlock(lock)
  }

  /// Stops the thread, if it runs, and waits for it to end.
  func stop() {
    guard let thread else { return }
    pthread_mutex_lock(lock)
    cancelled = true
    pthread_cond_broadcast(changed)
    pthread_mutex_unlock(lock)
    pthread_join(thread, nil)
  }

  private func start() {
    var t = pthread_t()
    let created = pthread_create(
      &t, nil,
      { arg in
        guard let arg else { return nil }
        Unmanaged<XMLPushParser>.fromOpaque(arg).takeUnretainedValue().run()
        return nil
      }, Unmanaged.passUnretained(self).toOpaque())
    precondition(created == 0, "could not start the XML parsing thread (error \(created))")
    thread = t
  }

  // MARK: The parsing thread

  private func run() {
    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { context, error in
      guard let context, let error else { return }
      Unmanaged<XMLPushParser>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
    }
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    var last = false
    while !last {
      pthread_mutex_lock(lock)
      while free.isEmpty && !cancelled { pthread_cond_wait(changed, lock) }
      if cancelled {
        pthread_mutex_unlock(lock)
        return
      }
      let b = free.removeLast()
      pthread_mutex_unlock(lock)
      parse(into: b)
      last = b.isLast
      pthread_mutex_lock(lock)
      full.append(b)
      pthread_cond_broadcast(changed)
      pthread_mutex_unlock(lock)
    }
  }

  /// Parses chunks until the callbacks have queued a node or the document has ended.
  private func parse(into b: XMLBatch) {
    swap(&events, &b.events)
    swap(&textBytes, &b.text)
    swap(&attributes, &b.attributes)
    defer {
      swap(&events, &b.events)
      swap(&textBytes, &b.text)
      swap(&attributes, &b.attributes)
      b.diagnostics = Array(diagnostics[sent...])
      sent = diagnostics.count
    }
    while events.count == 0 {
      let n = Int(input.supply(chunk, 1 << 16))
      if let failure = input.failure {
        (b.errorBefore, b.isLast) = (failure, true)
        return
      }
      let finished = n <= 0
      xmlParseChunk(context, chunk, Int32(n), finished ? 1 : 0)
      if let refused {
        (b.errorBefore, b.isLast) = (refused, true)
        return
      }
      if context.pointee.wellFormed == 0 || diagnostics.contains(where: \.isFatal) {
        // The nodes before the error are handed out; the error is thrown after them.
        (b.errorAfter, b.isLast) = (failure(), true)
        return
      }
      if finished {
        b.isLast = true
        return
      }
    }
  }

  private func failure() -> XMLReadError {
    if input.bytesRead == 0 { return XMLReadError(kind: .notWellFormed, line: nil, message: "the file is empty") }
    let first = diagnostics.first(where: \.isFatal) ?? diagnostics.first
    let line = first?.line ?? parserLine
    return XMLReadError(
      kind: .notWellFormed, line: line,
      message: first?.message ?? "the XML is not well-formed (no message from libxml2)")
  }

  private func record(_ e: xmlError) {
    var message = e.message.map { String(cString: $0) } ?? "unknown libxml2 error (code \(e.code))"
    while message.last == "\n" || message.last == " " { message.removeLast() }
    message = message.split(separator: "\n").joined(separator: "; ")
    diagnostics.append(
      XMLDiagnostic(line: e.line > 0 ? Int(e.line) : nil, message: message, isFatal: e.level == XML_ERR_FATAL))
  }

  // MARK: SAX callbacks

  private var parserLine: Int { Int(context.pointee.input?.pointee.line ?? 0) }

  private func started(
    _ localName: UnsafePointer<xmlChar>?, attributes list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int
  ) {
    let line = parserLine
    var first = 0
    var kept = 0
    if keepsAttributes, let list, count > 0 {
      // Five pointers an attribute: local name, prefix, URI, value start, value end.
      first = attributes.count
      for i in 0..<count {
        guard let start = list[5 * i + 3], let end = list[5 * i + 4] else { continue }
        let n = end - start
        let at = textBytes.count
        textBytes.append(start, n)
        attributes.append(XMLAttribute(name: Int(bitPattern: list[5 * i]), start: at, count: n))
        kept += 1
      }
    }
    events.append(
      XMLEvent(
        kind: .element, name: Int(bitPattern: localName), line: line, depth: openLines.count, start: first,
        count: kept))
    openLines.append(line)
  }

  private func ended() {
    let line = openLines.removeLast()
    events.append(XMLEvent(kind: .endElement, name: 0, line: line, depth: openLines.count, start: 0, count: 0))
  }

  private func characters(_ bytes: UnsafePointer<xmlChar>, _ n: Int) {
    let start = textBytes.count
    textBytes.append(bytes, n)
    // Text split across callbacks (buffer ends, entities, CDATA) is one node, as in a tree.
    if let last = events.last, last.kind == .text, last.start + last.count == start {
      events[events.count - 1].count += n
      return
    }
    events.append(XMLEvent(kind: .text, name: 0, line: parserLine, depth: openLines.count, start: start, count: n))
  }

  private func refuse(_ kind: XMLReadError.Kind, _ message: String) {
    if refused == nil { refused = XMLReadError(kind: kind, line: parserLine, message: message) }
    xmlStopParser(context)
  }
}
