import Foundation
import Report
import SafeguardCore
import SafeguardKernels

/// Hashes the input files for the manifest on a second thread while the main thread parses them.
final class InputHasher: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [String: String] = [:]
  private var failure: String?
  private let done = DispatchSemaphore(value: 0)

  init(paths: [String]) {
    let thread = Thread { [self] in
      for p in paths {
        let r = Result { try SHA256.hex(ofFileAt: p) }
        lock.lock()
        switch r {
        case .success(let h): results[p] = h
        case .failure(let e): failure = "hashing \(p) failed: \(e)"
        }
        lock.unlock()
      }
      Trace.mark("input files hashed")
      done.signal()
    }
    thread.start()
  }

  /// Waits for every hash.
  func wait() -> (hashes: [String: String], failure: String?) {
    done.wait()
    lock.lock()
    defer { lock.unlock() }
    return (results, failure)
  }
}
