#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes into a file through one large buffer, written with `fwrite` when it fills.
///
/// Built for the bench generator's hot loop: appends are pointer stores with no bounds
/// checks beyond the flush test, so callers must `reserve` enough room for a whole line.
final class ChunkedFileWriter {
  struct WriteError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "cannot write \(path): \(reason); check the folder exists and has space" }
  }

  let path: String
  private let file: UnsafeMutablePointer<FILE>
  private let buffer: UnsafeMutablePointer<UInt8>
  private let capacity: Int
  private var count = 0
  private(set) var bytesWritten = 0

  init(path: String, capacity: Int = 8 << 20) throws {
    guard let f = fopen(path, "wb") else {
      throw WriteError(path: path, reason: String(cString: strerror(errno)))
    }
    self.path = path
    file = f
    self.capacity = capacity
    buffer = .allocate(capacity: capacity)
  }

  deinit {
    buffer.deallocate()
    fclose(file)
  }

  /// Makes sure `n` more bytes fit without a flush.
  @inline(__always) func reserve(_ n: Int) throws {
    if count + n > capacity { try flush() }
  }

  @inline(__always) func byte(_ b: UInt8) {
    buffer[count] = b
    count += 1
  }

  @inline(__always) func bytes(_ p: UnsafePointer<UInt8>, _ n: Int) {
    (buffer + count).update(from: p, count: n)
    count += n
  }

  func bytes(_ a: [UInt8]) {
    a.withUnsafeBufferPointer { bytes($0.baseAddress!, $0.count) }
  }

  /// A non-negative number in decimal, left-padded with zeros to `width`.
  @inline(__always) func decimal(_ v: Int, width: Int = 1) {
    var digits = 1
    var t = v / 10
    while t > 0 {
      digits += 1
      t /= 10
    }
    let n = max(digits, width)
    var x = v
    var i = count + n - 1
    while i >= count {
      buffer[i] = UInt8(truncatingIfNeeded: 48 + x % 10)
      x /= 10
      i -= 1
    }
    count += n
  }

  func flush() throws {
    guard count > 0 else { return }
    let written = fwrite(buffer, 1, count, file)
    guard written == count else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    bytesWritten += count
    count = 0
  }

  func close() throws {
    try flush()
    guard fflush(file) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
  }
}
