import Foundation
import SafeguardCore
import Testing

@testable import Report

/// FIPS 180-4 example vectors (also checked with `sha256sum`), streaming and file hashing, and
/// the SHA-extension compression against the pure Swift one.
@Suite struct SHA256Tests {
  static let vectors = [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    // 112 bytes: two blocks, the second ending with the padding and length.
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ]

  @Test("FIPS 180-4 vectors", arguments: vectors)
  func vector(message: String, digest: String) {
    #expect(SHA256.hex(Array(message.utf8)) == digest)
  }

  @Test("FIPS 180-4 vectors, each compression", arguments: vectors, [false, true])
  func vectorEachCompression(vector: (message: String, digest: String), hardware: Bool) {
    var h = SHA256.Hasher(hardware: hardware)
    Array(vector.message.utf8).withUnsafeBytes { h.update($0) }
    #expect(h.finalize() == vector.digest)
  }

  /// The fast path is taken wherever the processor offers it (Linux reports it as `sha_ni`).
  @Test func extensionsUsedWhenPresent() throws {
    #if os(Linux) && arch(x86_64)
      let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
      #expect(SHA256.Hasher.hardwareAvailable == cpuinfo.contains(" sha_ni"))
    #endif
  }

  /// Every length from 0 to 200 bytes (the padding edges 55/56/64, 119/120/128 and 183/184/192)
  /// and 300 pseudo-random lengths up to 10,000, fed in pseudo-random pieces: the SHA-extension
  /// and pure Swift compressions give the same digest.
  @Test func extensionsAgreeWithSwift() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    let lengths = Array(0...200) + (0..<300).map { _ in Int(next() % 10_001) }
    for length in lengths {
      let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: next()) }
      var fast = SHA256.Hasher(hardware: true)
      var portable = SHA256.Hasher(hardware: false)
      var i = 0
      while i < bytes.count {
        let j = min(bytes.count, i + 1 + Int(next() % 300))
        bytes[i..<j].withUnsafeBytes {
          fast.update($0)
          portable.update($0)
        }
        i = j
      }
      #expect(fast.finalize() == portable.finalize(), "length \(length)")
    }
  }

  @Test func aMillionAs() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hex(bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Lengths around the padding edges (55, 56, 63, 64 bytes) fed in awkward pieces agree with one call.
  @Test(arguments: [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000])
  func streamingMatchesOneShot(length: Int) {
    let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    let whole = SHA256.hex(bytes)
    for piece in [1, 3, 63, 64, 65] {
      var h = SHA256.Hasher()
      var i = 0
      while i < bytes.count {
        let j = min(bytes.count, i + piece)
        bytes[i..<j].withUnsafeBytes { h.update($0) }
        i = j
      }
      #expect(h.finalize() == whole, "piece size \(piece)")
    }
  }

  @Test func aMillionAsFedOneByteAtATime() {
    var h = SHA256.Hasher()
    var a = UInt8(ascii: "a")
    for _ in 0..<1_000_000 { withUnsafeBytes(of: &a) { h.update($0) } }
    #expect(h.finalize() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test(arguments: [0, 3, 1 << 20, (1 << 20) + 12_345, 3 * (1 << 20)])
  func fileHashEqualsBytesHash(length: Int) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sha256-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let bytes = (0..<length).map { _ -> UInt8 in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try SHA256.hex(ofFileAt: path) == SHA256.hex(bytes))
  }

  @Test func missingFileIsNoInput() {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString)").path
    do {
      _ = try SHA256.hex(ofFileAt: path)
      Issue.record("expected an error")
    } catch let e as RunFailure {
      #expect(e.exitStatus == .noInput)
      #expect(e.description.contains(path))
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}
