import Foundation

/// The shared `main` of the fuzz targets.
///
/// Built with `-DFUZZING` and `-sanitize=fuzzer` (`scripts/fuzz.sh`), `main` hands over to
/// libFuzzer, which calls the target's `body` with each input it makes. Built as usual (`swift
/// build`), it replays the files and folders named on the command line through the same `body`,
/// so a crash libFuzzer saved is a test any build can run: exit 0 when every input went through.
public enum FuzzDriver {
  /// The target's work on one input; set once by `main` before any input arrives.
  nonisolated(unsafe) static var body: (UnsafeRawBufferPointer) -> Void = { _ in }

  public static func main(_ body: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
    FuzzDriver.body = body
    #if FUZZING
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in testOneInput(data, size) })
    #else
      var count = 0
      for argument in CommandLine.arguments.dropFirst() {
        for path in files(argument) {
          guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
            exit(66)
          }
          data.withUnsafeBytes { body($0) }
          count += 1
        }
      }
      print("\(count) inputs replayed")
      exit(0)
    #endif
  }

  /// `path` itself, or the files in it when it is a folder (sorted, hidden ones left out).
  static func files(_ path: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
      return [path]
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
  }
}

/// libFuzzer's entry point: one input to the target's body.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzDriver.body(UnsafeRawBufferPointer(start: data, count: size))
  return 0
}

#if FUZZING
  /// libFuzzer's driver, started from a `main` of our own (SwiftPM names the executable's entry
  /// point itself, so libFuzzer's `main` is never linked).
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif
