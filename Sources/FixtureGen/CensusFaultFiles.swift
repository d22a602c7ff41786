import CensusSamples
import Foundation
import SafeguardCore

/// `safeguard-fixtures census-faults`: for each supported census year, a return every DfE rule
/// passes (`valid_<year>.xml`: the standard shapes and 200 more children of varied shape) and the
/// same return with every child-level seeded fault added, one faulty child each
/// (`faults_<year>.xml`), and `faults.csv` saying which rule each faulty child must fail.
enum CensusFaultFiles {
  static let years = [2024, 2025, 2026]

  static func write(to dir: URL) throws {
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var expected = "year,child,rule_code\n"
    for endYear in years {
      let sample = CensusSample(endYear: endYear)
      var children = SampleShapes.standard.enumerated().map { sample.child($0.offset + 1, $0.element) }
      for i in 0..<200 { children.append(sample.child(100 + i, shape(i))) }
      let label = "\(endYear - 1)-\(endYear % 100)"
      try write(CensusXML.render(sample.census(children)), to: dir.appendingPathComponent("valid_\(label).xml"))
      var faulty = children
      for (i, fault) in SeededFaults.all.enumerated() where fault.applies(to: endYear) {
        guard let c = fault.child(10_000 + i, sample) else { continue }
        faulty.append(c)
        expected += "\(label),\(c.laChildID.text ?? ""),\(fault.code)\n"
      }
      try write(CensusXML.render(sample.census(faulty)), to: dir.appendingPathComponent("faults_\(label).xml"))
    }
    try write(expected, to: dir.appendingPathComponent("faults.csv"))
  }

  /// A varied valid shape for the `i`th extra child (no randomness: the same files every time).
  static func shape(_ i: Int) -> ChildShape {
    func episode(_ k: Int) -> EpisodeShape {
      EpisodeShape(
        nfa: k % 7 == 0, gap: k % 40, source: k, assessmentDelay: k % 5, assessmentLength: (k * 7) % 44,
        factors: k % 4, factorCode: k * 3, section47: k % 3 == 0, conference: k % 2 == 0, cinPlan: k % 5 == 1,
        closed: k % 4 != 0)
    }
    return ChildShape(
      age: i % 18, sex: i % 2, ethnicity: i, disabilities: i % 5 == 0 ? 1 : 0, disabilityCode: i,
      episodes: i % 3 == 0 ? [episode(i + 1), episode(i + 2)] : [episode(i + 1)])
  }

  /// `bench-census --valid`: a 2024/25 return of `children` children that passes every DfE rule,
  /// of the varied shapes above, written a child at a time.
  static func writeValidBench(children: Int, to dir: String) throws {
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let sample = CensusSample(endYear: 2025)
    let path = dir + "/cin_census_2024-25.xml"
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? out.close() }
    var text = CensusXML.head(sample.census([]))
    for i in 0..<children {
      text += "    " + CensusXML.child(sample.child(100 + i, shape(i))) + "\n"
      if text.utf8.count > 1 << 20 {
        try out.write(contentsOf: Data(text.utf8))
        text = ""
      }
    }
    try out.write(contentsOf: Data((text + CensusXML.tail).utf8))
  }

  private static func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url, options: .atomic)
  }
}
