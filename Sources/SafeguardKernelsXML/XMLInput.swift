#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an XML document's bytes come from when it is not a plain file: a workbook part inflated
/// from its archive, say. Called from the parsing thread only.
public protocol XMLByteSource: AnyObject {
  /// Copies up to `buffer.count` bytes into `buffer` and returns how many; 0 at the end.
  /// - Throws: a sentence saying why the bytes stopped (the reader reports it as `.io`).
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(XMLSourceError) -> Int
}

/// Why an `XMLByteSource` stopped before the end.
public struct XMLSourceError: Error, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
}

/// A plain file, read with `read(2)`.
final class XMLFileSource: XMLByteSource {
  private let fd: Int32

  init(path: String) throws(XMLReadError) {
    fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw XMLReadError(kind: .cannotOpen, line: nil, message: String(cString: strerror(errno))) }
    var info = stat()
    if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw XMLReadError(kind: .cannotOpen, line: nil, message: "it is a folder, not a file")
    }
  }

  deinit { close(fd) }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(XMLSourceError) -> Int {
    var n: Int
    repeat { n = Glibc.read(fd, buffer.baseAddress, buffer.count) } while n < 0 && errno == EINTR
    if n < 0 { throw XMLSourceError(String(cString: strerror(errno))) }
    return n
  }
}

/// The bytes of one document for libxml2, read in large chunks, with the prolog (everything before the
/// root element) checked on the way: at a DOCTYPE or any other `<!` declaration the bytes stop,
/// so libxml2 never sees an entity declaration or an external identifier.
///
/// NUL bytes are skipped while scanning, so UTF-16 files are checked too.
final class XMLInput {
  private let source: any XMLByteSource
  private let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
  private var start = 0
  private var end = 0
  private var prolog = Prolog.text
  /// Why the bytes stopped early, if they did.
  private(set) var failure: XMLReadError?
  private(set) var bytesRead = 0

  private enum Prolog { case text, open, bang, bangDash, pi, piEnd, comment, commentDash, commentEnd, done }

  init(source: any XMLByteSource) {
    self.source = source
  }

  deinit { chunk.deallocate() }

  /// libxml2's read callback: copies up to `length` bytes into `buffer`; 0 at the end, -1 on failure.
  func supply(_ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32 {
    if failure != nil { return -1 }
    if start == end {
      let n: Int
      do {
        n = try source.read(into: chunk)
      } catch {
        failure = XMLReadError(kind: .io, line: nil, message: error.message)
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
