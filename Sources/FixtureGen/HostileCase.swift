import Foundation

/// One file of the hostile-input corpus, and what `safeguard` must do with it.
///
/// Each case is a folder of its own holding one file, so `validate FOLDER` and `run --input
/// FOLDER` see that file alone. The expected exit statuses are those of `validate` and `run`;
/// `fragment` must appear in what the command prints to standard error (with `--verbose`), and
/// so must the file's name, and `line N` when `line` is set.
struct HostileCase {
  /// How the file's bytes are made.
  enum Content {
    case bytes([UInt8])
    /// `head` followed by zero bytes up to `size` in all, made with `ftruncate` (a sparse file).
    case sparse(head: [UInt8], size: Int)
  }

  let name: String
  let file: String
  let content: Content
  let validate: Int32
  let run: Int32
  let fragment: String
  var line: Int? = nil
  /// What else the test checks after `run`: `formula` (no output cell may start a formula).
  var check: String = ""

  init(
    _ name: String, _ file: String, _ content: Content, validate: Int32, run: Int32? = nil, _ fragment: String,
    line: Int? = nil, check: String = ""
  ) {
    self.name = name
    self.file = file
    self.content = content
    self.validate = validate
    self.run = run ?? validate
    self.fragment = fragment
    self.line = line
    self.check = check
  }

  init(
    _ name: String, _ file: String, text: String, validate: Int32, run: Int32? = nil, _ fragment: String,
    line: Int? = nil, check: String = ""
  ) {
    self.init(
      name, file, .bytes(Array(text.utf8)), validate: validate, run: run, fragment, line: line, check: check)
  }

  /// The case's line of `cases.tsv`.
  var tsvLine: String {
    [name, file, String(validate), String(run), fragment, line.map(String.init) ?? "", check]
      .joined(separator: "\t")
  }

  /// Writes the file into `dir/name/`.
  func write(under dir: URL) throws {
    let folder = dir.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(file).path
    switch content {
    case .bytes(let b):
      try Data(b).write(to: URL(fileURLWithPath: path))
    case .sparse(let head, let size):
      try Data(head).write(to: URL(fileURLWithPath: path))
      guard truncate(path, off_t(size)) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
    }
  }
}
