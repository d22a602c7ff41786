// safeguard-fixtures: synthetic Annex A extracts for Fixtures/ and for `make bench`.
// Nothing here describes a real child; every value comes from a fixed-seed generator.
import Foundation

let usage = """
  usage: safeguard-fixtures fixtures --out DIR [--seed N]
         safeguard-fixtures bench --referrals N --out DIR [--children M] [--seed N] [--shape S]
         safeguard-fixtures bench-census --children N --out DIR [--seed S] [--valid yes]
         safeguard-fixtures census-faults --out DIR
         safeguard-fixtures hostile --out DIR [--seed N]

    fixtures   rewrite the bundled synthetic extracts under DIR/annex-a and DIR/variants
               and print the facts Fixtures/README.md quotes (planted rows and their lines)
    bench      write DIR/referrals.csv: N Annex A list 3 referrals (UTF-8, LF), rows in
               random order, dated 1 April 2021 to 31 December 2024; M children
               (at least N / 12). --shape compact (the default): N x 0.4 children and
               bare codes (F, WBRI, 6, Y), about 77 bytes a row; --shape distinct:
               N x 0.95 children, Annex A prefixed codes (b) Female, a) WBRI,
               q) 6: Police, Yes) and quoted names with commas, about 91 bytes a row
    bench-census
               write DIR/cin_census_2024-25.xml: a CIN census return (2024/25 layout, Sex)
               of N children, streamed: about 1.29 CIN episodes and 1.12 KB each, recorded
               as a case management system would, so about 1.8% of the children break a
               DfE rule (some 2,200 issues and 5,500 findings at 100,000 children); with
               --valid yes, a return every DfE rule passes (the census-faults shapes, one
               CIN episode and 0.99 KB each; the seed is not used)

    census-faults
               write DIR/valid_<year>.xml (a return every DfE rule passes), DIR/faults_<year>.xml
               (the same with one faulty child per seeded fault) for 2023-24, 2024-25 and
               2025-26, and DIR/faults.csv (which rule each faulty child must fail)

    hostile    write the hostile-input corpus under DIR: one folder per case holding one
               file (bad encodings, quoting, sizes up to a 1 GB sparse file, XML attacks,
               archives and noise), and DIR/cases.tsv: each case's expected exit status for
               validate and run and the message it must print

  The seed defaults to \(SeededGenerator.defaultSeed); the same seed gives the same bytes.
  """

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data(("safeguard-fixtures: " + message + "\n\n" + usage + "\n").utf8))
  exit(64)
}

/// Parses `--name value` pairs after the subcommand; every name must be in `allowed`.
func options(_ args: ArraySlice<String>, allowed: Set<String>) -> [String: String] {
  var out: [String: String] = [:]
  var i = args.startIndex
  while i < args.endIndex {
    let name = args[i]
    guard allowed.contains(name) else { fail("unknown option '\(name)'") }
    guard i + 1 < args.endIndex else { fail("\(name) needs a value") }
    guard out[name] == nil else { fail("\(name) given twice") }
    out[name] = args[i + 1]
    i += 2
  }
  return out
}

func positive(_ text: String?, _ name: String) -> Int? {
  guard let text else { return nil }
  guard let v = Int(text), v > 0 else { fail("\(name) must be a positive whole number, not '\(text)'") }
  return v
}

func seed(_ text: String?) -> UInt64 {
  guard let text else { return SeededGenerator.defaultSeed }
  guard let v = UInt64(text) else { fail("--seed must be a whole number, not '\(text)'") }
  return v
}

let args = CommandLine.arguments.dropFirst()
guard let command = args.first else { fail("no command given") }
switch command {
case "fixtures":
  let o = options(args.dropFirst(), allowed: ["--out", "--seed"])
  guard let out = o["--out"] else { fail("fixtures needs --out DIR") }
  do {
    try BundledFixtures(seed: seed(o["--seed"])).write(to: out)
  } catch {
    FileHandle.standardError.write(Data("safeguard-fixtures: cannot write under \(out): \(error)\n".utf8))
    exit(73)
  }
case "bench":
  let o = options(args.dropFirst(), allowed: ["--out", "--referrals", "--children", "--seed", "--shape"])
  guard let out = o["--out"] else { fail("bench needs --out DIR") }
  guard let n = positive(o["--referrals"], "--referrals") else { fail("bench needs --referrals N") }
  let m = positive(o["--children"], "--children")
  let shapeName = o["--shape"] ?? BenchReferrals.Shape.compact.rawValue
  guard let shape = BenchReferrals.Shape(rawValue: shapeName) else {
    fail("--shape must be compact or distinct, not '\(shapeName)'")
  }
  do {
    try BenchReferrals(referrals: n, children: m, seed: seed(o["--seed"]), shape: shape).write(toDirectory: out)
  } catch {
    FileHandle.standardError.write(Data("safeguard-fixtures: \(error)\n".utf8))
    exit(73)
  }
case "bench-census":
  let o = options(args.dropFirst(), allowed: ["--out", "--children", "--seed", "--valid"])
  guard let out = o["--out"] else { fail("bench-census needs --out DIR") }
  guard let n = positive(o["--children"], "--children") else { fail("bench-census needs --children N") }
  do {
    if o["--valid"] == "yes" {
      try CensusFaultFiles.writeValidBench(children: n, to: out)
    } else {
      try BenchCensus(children: n, seed: seed(o["--seed"])).write(toDirectory: out)
    }
  } catch {
    FileHandle.standardError.write(Data("safeguard-fixtures: \(error)\n".utf8))
    exit(73)
  }
case "census-faults":
  let o = options(args.dropFirst(), allowed: ["--out"])
  guard let out = o["--out"] else { fail("census-faults needs --out DIR") }
  do {
    try CensusFaultFiles.write(to: URL(fileURLWithPath: out))
  } catch {
    FileHandle.standardError.write(Data("safeguard-fixtures: \(error)\n".utf8))
    exit(73)
  }
case "hostile":
  let o = options(args.dropFirst(), allowed: ["--out", "--seed"])
  guard let out = o["--out"] else { fail("hostile needs --out DIR") }
  do {
    var files = HostileFiles(seed: seed(o["--seed"]))
    try files.write(to: URL(fileURLWithPath: out))
  } catch {
    FileHandle.standardError.write(Data("safeguard-fixtures: \(error)\n".utf8))
    exit(73)
  }
case "-h", "--help", "help":
  print(usage)
default:
  fail("unknown command '\(command)'")
}
