import Dispatch

/// Work shared between the cores.
public enum Parallel {
  /// Runs `body(part)` for every part in `0..<parts`, at once on as many threads, and returns
  /// when all are done; one part runs on the calling thread alone.
  ///
  /// The caller promises that the parts read shared memory only, or write memory no other part
  /// touches (each its own slice of a buffer): that is what makes passing the closure to other
  /// threads safe, which the compiler cannot check for raw buffers.
  public static func run(_ parts: Int, _ body: (Int) -> Void) {
    guard parts > 1 else {
      body(0)
      return
    }
    withoutActuallyEscaping(body) { escapable in
      let shared = Unchecked(escapable)
      DispatchQueue.concurrentPerform(iterations: parts) { shared.value($0) }
    }
  }

  /// Runs `jobs` on the available cores and returns their results in the jobs' order (each job
  /// writes only its own slot).
  public static func results<T: Sendable>(_ jobs: [@Sendable () -> T]) -> [T] {
    guard !jobs.isEmpty else { return [] }
    var out = [T?](repeating: nil, count: jobs.count)
    out.withUnsafeMutableBufferPointer { slots in
      let base = Unchecked(slots.baseAddress!)
      run(jobs.count) { i in base.value[i] = jobs[i]() }
    }
    return out.map { $0! }
  }

  private struct Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
  }
}
