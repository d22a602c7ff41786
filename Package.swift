// swift-tools-version: 6.1
// The safeguarding performance pipeline: extracts in, partnership dashboards out.
import PackageDescription

/// Settings of the kernels targets, and of no other: exclusivity checks off.
let kernelSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"])]

let package = Package(
  name: "safeguard",
  products: [
    .executable(name: "safeguard", targets: ["safeguard"]),
    .executable(name: "safeguard-fixtures", targets: ["FixtureGen"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
  ],
  targets: [
    // MARK: C libraries (only the kernels import the system ones)
    // libcsv: Debian ships no pkg-config file, so the module map links "csv" itself.
    .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
    // libxml2 for the CIN census XML.
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    // SHA-256 block compression on the x86 SHA extensions (only Report imports it; Swift fallback elsewhere).
    .target(name: "CSHA256"),
    // An atomic swap of two folders (renameat2), so a run's outputs replace the previous ones in one step.
    .target(name: "CFileSwap"),
    // A cache prefetch hint (only SafeguardKernels imports it): child ID lookups start early.
    .target(name: "CPrefetch"),

    // MARK: Speed machinery
    // The machinery national runs need and no definition does: the child ID table, the libcsv
    // wrapper, radix sort, work split across cores, stage timings, inputs left to the process
    // exit. It knows nothing of the domain. The kernels are the only targets compiled without
    // exclusivity checks (`kernelSettings`): the child ID table and the parsers' callbacks run on
    // every row and every element read.
    .target(name: "SafeguardKernels", dependencies: ["CPrefetch", "CLibCSV"], swiftSettings: kernelSettings),
    // The libxml2 streaming reader, apart: libxml2's headers bring the system's ICU, whose
    // UErrorCode clashes with Foundation's own ICU in any module that sees both, so only Ingest,
    // not the domain and the stages that import Foundation, may see it.
    .target(name: "SafeguardKernelsXML", dependencies: ["CLibXML2"], swiftSettings: kernelSettings),

    // MARK: Domain and stages (stages never import each other; only Pipeline knows the order)
    // Domain values: days, periods, working-day calendar, records, findings, indicator catalogue, reference data.
    .target(name: "SafeguardCore", dependencies: ["SafeguardKernels"]),
    // Reads extracts (CSV and XML, through the kernels' libcsv and libxml2 readers) into typed records plus findings.
    // Excel workbooks are opened with ZIPFoundation, their sheets streamed through the same libxml2 reader.
    .target(
      name: "Ingest",
      dependencies: [
        "SafeguardCore", "SafeguardKernels", "SafeguardKernelsXML",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // The DfE CIN census rules (one file per rule) and cross-extract checks.
    .target(name: "Validate", dependencies: ["SafeguardCore", "SafeguardKernels"], exclude: ["README.md"]),
    // Writes small .xlsx workbooks (sheet XML as text, the archive by ZIPFoundation): the fixtures' and tests' workbooks.
    .target(name: "WorkbookWriting", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    // Census children that pass every DfE rule, and their XML: the valid half of the seeded-fault tests.
    .target(name: "CensusSamples", dependencies: ["SafeguardCore"]),
    // Orders and links records into per-child timelines.
    .target(name: "Transform", dependencies: ["SafeguardCore", "SafeguardKernels"]),
    // Indicators: pure functions over timelines and periods.
    .target(name: "Aggregate", dependencies: ["SafeguardCore"]),
    // Police vs social care missing-episode reconciliation (specs/reconciliation.md).
    .target(name: "Reconcile", dependencies: ["SafeguardCore"]),
    // Statistical neighbours, comparators, ranks and quartile bands (issue 4).
    .target(name: "Benchmark", dependencies: ["SafeguardCore"]),
    // Writes the dashboards: RFC 4180 CSV, atomic output folders, manifest hashes.
    .target(
      name: "Report", dependencies: ["SafeguardCore", "SafeguardKernels", "CSHA256", "CFileSwap", "Benchmark"]),
    // The history store: every run's inputs, findings and indicator values in SQLite (GRDB), for
    // `safeguard history` and for trend periods the extracts no longer reach.
    .target(name: "History", dependencies: ["SafeguardCore", .product(name: "GRDB", package: "GRDB.swift")]),
    // Reads pipelines/*.pipeline.yaml and runs the stages in order; owns locks and output placement.
    .target(
      name: "Pipeline",
      dependencies: [
        "SafeguardCore", "SafeguardKernels", "Ingest", "Validate", "Transform", "Aggregate", "Reconcile", "Benchmark",
        "Report", "History",
        .product(name: "Yams", package: "Yams"), .product(name: "Logging", package: "swift-log"),
      ]),

    // MARK: Executables
    // The command line: subcommands and exit codes, no pipeline logic.
    .executableTarget(
      name: "safeguard",
      dependencies: [
        "Pipeline", "SafeguardCore", "Validate", "History",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Synthetic extract generator for Fixtures/ and for `make bench` (fixed seed).
    .executableTarget(name: "FixtureGen", dependencies: ["SafeguardCore", "CensusSamples", "WorkbookWriting"]),

    // MARK: Fuzzing (Fuzz/; built for libFuzzer by scripts/fuzz.sh, and as replayers by swift build)
    // libFuzzer's driver from our own main, and input replay when built without -DFUZZING.
    .target(name: "FuzzDriver", path: "Fuzz/Driver"),
    // Any bytes as a CSV extract: one pass and pieces must agree.
    .executableTarget(name: "FuzzCSV", dependencies: ["FuzzDriver", "Ingest", "SafeguardCore"], path: "Fuzz/CSV"),
    // Any bytes as a CIN census file, through validate and every DfE rule.
    .executableTarget(
      name: "FuzzCensus", dependencies: ["FuzzDriver", "Pipeline", "SafeguardCore"], path: "Fuzz/Census"),
    // Any bytes as a pipeline file: loads, or fails naming file and line.
    .executableTarget(name: "FuzzPipelineFile", dependencies: ["FuzzDriver", "Pipeline"], path: "Fuzz/PipelineFile"),
    // Any bytes as the sheet of an otherwise valid Annex A workbook, through validate.
    .executableTarget(
      name: "FuzzWorkbook", dependencies: ["FuzzDriver", "Pipeline", "SafeguardCore", "WorkbookWriting"],
      path: "Fuzz/Workbook"),

    // MARK: Tests
    .testTarget(name: "SafeguardKernelsTests", dependencies: ["SafeguardKernels"]),
    .testTarget(
      name: "SafeguardCoreTests",
      dependencies: ["SafeguardCore", .product(name: "PropertyBased", package: "swift-property-based")]),
    .testTarget(
      name: "IngestTests",
      dependencies: [
        "Ingest", "SafeguardCore", "SafeguardKernels", "SafeguardKernelsXML", "Report", "Transform", "WorkbookWriting",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "AggregateTests",
      dependencies: [
        "Aggregate", "Transform", "SafeguardCore", "SafeguardKernels",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "ValidateTests",
      dependencies: [
        "Validate", "SafeguardCore", "CensusSamples", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(name: "TransformTests", dependencies: ["Transform", "SafeguardCore", "SafeguardKernels"]),
    .testTarget(name: "ReportTests", dependencies: ["Report", "SafeguardCore", "SafeguardKernels", "Benchmark"]),
    .testTarget(
      name: "ReconcileTests",
      dependencies: [
        "Reconcile", "SafeguardCore", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(name: "BenchmarkTests", dependencies: ["Benchmark", "SafeguardCore"]),
    .testTarget(
      name: "PipelineTests",
      dependencies: [
        "Pipeline", "Benchmark", "Report", "SafeguardCore", "History", .product(name: "Logging", package: "swift-log"),
      ]),
    .testTarget(
      name: "HistoryTests", dependencies: ["History", "SafeguardCore", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["safeguard", "Report", "History", "WorkbookWriting"],
      exclude: ["__Snapshots__", "FuzzRegressions"]),
  ]
)
