import Synchronization

/// Values a command-line process keeps until it exits instead of freeing them.
///
/// Freeing a national census (a million small objects) one by one takes a tenth of a second the
/// operating system does in no time when the process ends, so a command that is about to exit
/// hands its large inputs here. Never for a library caller or a test: what is kept is never freed.
public enum ProcessLifetime {
  private static let kept = Mutex<[any Sendable]>([])

  public static func keep(_ value: any Sendable) {
    kept.withLock { $0.append(value) }
  }
}
