import SafeguardCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file in large chunks without holding it whole.
final class FileBytes {
  let path: String
  private let fd: Int32
  static let chunkSize = 1 << 20

  /// - Throws: `RunFailure(.noInput)` when the file cannot be opened.
  init(path: String) throws {
    self.path = path
    fd = open(path, O_RDONLY)
    if fd < 0 {
      throw RunFailure(
        .noInput, "cannot open \(path): \(String(cString: strerror(errno))); check the path and permissions")
    }
  }

  deinit { close(fd) }

  /// The file's size in bytes (0 when it cannot be told).
  var size: Int {
    var st = stat()
    return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
  }

  /// Calls `body` with each chunk of bytes `start..<end` in order (to the end of the file when
  /// `end` lies beyond it). Reads at offsets, so any part of the file can be read on its own.
  /// - Throws: `RunFailure(.ioError)` when a read fails part-way.
  func forEachChunk(
    from start: Int = 0, to end: Int = .max, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: FileBytes.chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    var offset = start
    while offset < end {
      let n = pread(fd, buffer.baseAddress, min(FileBytes.chunkSize, end - offset), off_t(offset))
      if n < 0 {
        if errno == EINTR { continue }
        throw RunFailure(.ioError, "reading \(path) failed: \(String(cString: strerror(errno)))")
      }
      if n == 0 { return }
      offset += n
      try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
    }
  }

  /// Up to `count` bytes from the start of the file.
  static func head(of path: String, count: Int) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return [] }
    defer { close(fd) }
    var out = [UInt8](repeating: 0, count: count)
    let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress, count) }
    return n > 0 ? Array(out[0..<n]) : []
  }
}
