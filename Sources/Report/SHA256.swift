import CSHA256
import SafeguardCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SHA-256 (FIPS 180-4) for the manifest's file hashes.
///
/// Blocks go through the processor's SHA extensions when it has them (`CSHA256`), else through
/// the pure Swift compression below; both are checked against the FIPS 180-4 example vectors,
/// `sha256sum` and each other.
public enum SHA256 {
  /// The lower-case hex digest of `bytes`.
  public static func hex(_ bytes: [UInt8]) -> String {
    var h = Hasher()
    bytes.withUnsafeBytes { h.update($0) }
    return h.finalize()
  }

  /// The lower-case hex digest of the file at `path`, read in 1 MiB chunks.
  ///
  /// - Throws: `RunFailure(.noInput, …)` when the file does not exist, `RunFailure(.ioError, …)`
  ///   when it cannot be opened or a read fails part-way.
  public static func hex(ofFileAt path: String) throws -> String {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      let e = errno
      throw RunFailure(
        e == ENOENT ? .noInput : .ioError,
        "Cannot open \(path) to hash it: \(String(cString: strerror(e))); check the path and its permissions.")
    }
    defer { close(fd) }
    let chunk = 1 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
    defer { buffer.deallocate() }
    var h = Hasher()
    while true {
      let n = read(fd, buffer.baseAddress, chunk)
      if n < 0 {
        let e = errno
        if e == EINTR { continue }
        throw RunFailure(
          .ioError, "Reading \(path) failed part-way: \(String(cString: strerror(e))); check the disk and try again.")
      }
      if n == 0 { break }
      h.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
    }
    return h.finalize()
  }

  /// An incremental SHA-256: feed bytes with `update`, then call `finalize` once.
  public struct Hasher {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    /// Bytes waiting for a full 64-byte block.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var length: UInt64 = 0
    /// True when blocks go through `csha256_compress`.
    private let hardware: Bool

    public init() { hardware = Hasher.hardwareAvailable }

    /// A hasher that uses the SHA extensions only when `hardware` is true and the processor has them.
    init(hardware: Bool) { self.hardware = hardware && Hasher.hardwareAvailable }

    /// True when this processor has the SHA extensions.
    static let hardwareAvailable = csha256_available() != 0

    /// Adds `p` to the message.
    public mutating func update(_ p: UnsafeRawBufferPointer) {
      guard var base = p.baseAddress, p.count > 0 else { return }
      var count = p.count
      length &+= UInt64(count)
      if pendingCount > 0 {
        let take = min(64 - pendingCount, count)
        let at = pendingCount
        withUnsafeMutableBytes(of: &pending) {
          $0.baseAddress!.advanced(by: at).copyMemory(from: base, byteCount: take)
        }
        pendingCount += take
        base += take
        count -= take
        if pendingCount < 64 { return }
        var block = pending
        withUnsafeBytes(of: &block) { compress($0.baseAddress!, blocks: 1) }
        pendingCount = 0
      }
      let whole = count / 64
      if whole > 0 {
        compress(base, blocks: whole)
        base += whole * 64
        count -= whole * 64
      }
      if count > 0 {
        withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: base, byteCount: count) }
        pendingCount = count
      }
    }

    /// Pads the message, processes the last block(s) and returns the lower-case hex digest.
    public mutating func finalize() -> String {
      let bits = length &* 8
      var tail = [UInt8](repeating: 0, count: pendingCount < 56 ? 64 : 128)
      let n = pendingCount
      withUnsafeBytes(of: &pending) { src in
        tail.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: src.baseAddress!, byteCount: n) }
      }
      tail[pendingCount] = 0x80
      for i in 0..<8 { tail[tail.count - 1 - i] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i))) }
      tail.withUnsafeBytes { compress($0.baseAddress!, blocks: $0.count / 64) }
      pendingCount = 0
      let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
      var out = [UInt8]()
      out.reserveCapacity(64)
      let digits = Array("0123456789abcdef".utf8)
      for w in words {
        for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((w >> UInt32(shift)) & 0xF)]) }
      }
      return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

    /// One round; the caller rotates the roles of the eight working variables.
    @inline(__always) private static func round(
      _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
      _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
    ) {
      let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
      d &+= t1
      h = t1 &+ (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
    }

    /// Processes `blocks` consecutive 64-byte blocks at `p`.
    private mutating func compress(_ p: UnsafeRawPointer, blocks: Int) {
      if hardware {
        withUnsafeMutableBytes(of: &state) {
          csha256_compress(
            $0.baseAddress!.assumingMemoryBound(to: UInt32.self), p.assumingMemoryBound(to: UInt8.self), blocks)
        }
        return
      }
      var (h0, h1, h2, h3, h4, h5, h6, h7) = state
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { wBuffer in
        SHA256.roundConstants.withUnsafeBufferPointer { kBuffer in
          let w = wBuffer.baseAddress!
          let k = kBuffer.baseAddress!
          for block in 0..<blocks {
            let bytes = p + block &* 64
            for i in 0..<16 { w[i] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: 4 &* i, as: UInt32.self)) }
            var i = 16
            while i < 64 {
              let x = w[i &- 15]
              let y = w[i &- 2]
              let s0 = Hasher.rotr(x, 7) ^ Hasher.rotr(x, 18) ^ (x &>> 3)
              let s1 = Hasher.rotr(y, 17) ^ Hasher.rotr(y, 19) ^ (y &>> 10)
              w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
              i &+= 1
            }
            var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
            var r = 0
            while r < 64 {
              Hasher.round(a, b, c, &d, e, f, g, &h, k[r] &+ w[r])
              Hasher.round(h, a, b, &c, d, e, f, &g, k[r &+ 1] &+ w[r &+ 1])
              Hasher.round(g, h, a, &b, c, d, e, &f, k[r &+ 2] &+ w[r &+ 2])
              Hasher.round(f, g, h, &a, b, c, d, &e, k[r &+ 3] &+ w[r &+ 3])
              Hasher.round(e, f, g, &h, a, b, c, &d, k[r &+ 4] &+ w[r &+ 4])
              Hasher.round(d, e, f, &g, h, a, b, &c, k[r &+ 5] &+ w[r &+ 5])
              Hasher.round(c, d, e, &f, g, h, a, &b, k[r &+ 6] &+ w[r &+ 6])
              Hasher.round(b, c, d, &e, f, g, h, &a, k[r &+ 7] &+ w[r &+ 7])
              r &+= 8
            }
            h0 &+= a
            h1 &+= b
            h2 &+= c
            h3 &+= d
            h4 &+= e
            h5 &+= f
            h6 &+= g
            h7 &+= h
          }
        }
      }
      state = (h0, h1, h2, h3, h4, h5, h6, h7)
    }
  }

  /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
  static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]
}
