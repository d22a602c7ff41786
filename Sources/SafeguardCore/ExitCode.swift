/// Process exit statuses (sysexits), documented in `safeguard --help` and the README.
public enum ExitStatus: Int32, Sendable, CaseIterable {
  /// Success; warnings and row-level findings are allowed.
  case success = 0
  /// The command line was wrong (unknown option, bad period label).
  case usage = 64
  /// Data errors beyond tolerance: too many rows of an extract could not be used.
  case dataError = 65
  /// An input is missing: no such file or folder, or no recognised extract in it.
  case noInput = 66
  /// An internal bug; please report it with the log.
  case software = 70
  /// The output folder or the history store cannot be created or written.
  case cannotCreate = 73
  /// An I/O error: reading an input failed part-way, or the disk is full.
  case ioError = 74
  /// Another run holds the lock on the output folder.
  case locked = 75
  /// The pipeline definition is wrong.
  case config = 78

  public var meaning: String {
    switch self {
    case .success: return "success (warnings and row-level findings allowed)"
    case .usage: return "usage error (bad option or period label)"
    case .dataError: return "data errors beyond tolerance (output not replaced)"
    case .noInput: return "missing input (no such path, or no recognised extract)"
    case .software: return "internal error (a bug: please report it with the log)"
    case .cannotCreate: return "cannot write the output folder or the history store (previous outputs kept)"
    case .ioError: return "I/O error or full disk (previous outputs kept)"
    case .locked: return "another run holds the lock on the output folder"
    case .config: return "bad pipeline definition"
    }
  }

  /// A table of every status, for help text and the README.
  public static var table: String {
    allCases.map { "  " + ($0.rawValue < 10 ? " " : "") + "\($0.rawValue)  \($0.meaning)" }.joined(separator: "\n")
  }
}

/// A run problem that stops the run: a sentence naming the path and what to do, and its exit status.
public protocol RunError: Error, CustomStringConvertible {
  var exitStatus: ExitStatus { get }
}

/// A run problem described by a sentence.
public struct RunFailure: RunError, Sendable {
  public let exitStatus: ExitStatus
  public let description: String
  public init(_ status: ExitStatus, _ description: String) {
    self.exitStatus = status
    self.description = description
  }
}
