import Foundation
import SafeguardCore

/// One file found under a source.
struct InputFile: Sendable {
  /// Path to open.
  let path: String
  /// Path relative to the source folder (the file name for a single-file source).
  let relative: String
}

/// Lists the files a source names: the file itself, or every file under the folder, in path
/// order, leaving out hidden files (names starting with `.`) and the run's own files (`excluding`:
/// its output folder, log folder and history store, for an export folder that holds the output root).
enum InputFiles {
  static func list(_ source: String, describedAs context: String, excluding: [String] = []) throws -> [InputFile] {
    let own = excluding.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    func isOwn(_ path: String) -> Bool {
      let p = URL(fileURLWithPath: path).standardizedFileURL.path
      return own.contains { p == $0 || p.hasPrefix($0 + "/") }
    }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: source, isDirectory: &isDir) else {
      throw RunFailure(.noInput, "\(source) does not exist (\(context)); check the path or pass --input")
    }
    guard isDir.boolValue else {
      return [InputFile(path: source, relative: (source as NSString).lastPathComponent)]
    }
    guard let walker = FileManager.default.enumerator(atPath: source) else {
      throw RunFailure(.noInput, "cannot list \(source) (\(context)); check its permissions")
    }
    var files: [InputFile] = []
    while let rel = walker.nextObject() as? String {
      let name = (rel as NSString).lastPathComponent
      if name.hasPrefix(".") {
        walker.skipDescendants()
        continue
      }
      let full = source.hasSuffix("/") ? source + rel : source + "/" + rel
      if !own.isEmpty && isOwn(full) {
        walker.skipDescendants()
        continue
      }
      var sub: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue {
        files.append(InputFile(path: full, relative: rel))
      }
    }
    return files.sorted { $0.relative < $1.relative }
  }
}
