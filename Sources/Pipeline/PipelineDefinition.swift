import Report
import SafeguardCore

/// A checked pipeline definition, read from a `pipelines/*.pipeline.yaml` file.
///
/// The file is data, not a program: `version: 1` first, then a closed set of keys, with no expressions and no
/// templating beyond `${VAR}` in values. `load(path:variables:environment:)` and
/// `parse(text:file:variables:environment:)` build one; the runner decides what to do with it.
public struct PipelineDefinition: Sendable, Equatable {
  /// The format version; always 1 (any other version is rejected when reading).
  public var version: Int
  /// The pipeline's name, which is also its output subfolder: letters, digits, `-` and `_` only.
  public var name: String
  /// A sentence saying who the pipeline is for, if the file gives one.
  public var description: String?
  /// The extracts to read, in file order; never empty.
  public var sources: [SourceSpec]
  /// The `settings:` block, with defaults for the keys the file leaves out.
  public var settings: PipelineSettings
  /// The indicator families to calculate (`indicators:`), in file order, without duplicates.
  ///
  /// A file without `indicators:` gets every family, in `IndicatorFamily.allCases` order.
  public var families: [IndicatorFamily]
  /// The dashboards to write (`outputs:`), in file order, without duplicates.
  ///
  /// A file without `outputs:` gets every kind, in `OutputKind.allCases` order.
  public var outputs: [OutputKind]
  /// The path the definition was read from, as given (used in messages and to resolve sources).
  public var file: String

  public init(
    version: Int = 1, name: String, description: String? = nil, sources: [SourceSpec],
    settings: PipelineSettings = PipelineSettings(), families: [IndicatorFamily] = IndicatorFamily.allCases,
    outputs: [OutputKind] = OutputKind.allCases, file: String
  ) {
    self.version = version
    self.name = name
    self.description = description
    self.sources = sources
    self.settings = settings
    self.families = families
    self.outputs = outputs
    self.file = file
  }
}

/// One `- path:` entry under `sources:`: a folder of extracts or a single extract file.
public struct SourceSpec: Sendable, Equatable {
  /// The path as written in the file, after `${VAR}` substitution.
  public var path: String
  /// The 1-based line of the path in the pipeline file, for messages about this source.
  public var line: Int

  public init(path: String, line: Int) {
    self.path = path
    self.line = line
  }

  /// The path resolved against the pipeline file's folder unless absolute.
  ///
  /// Purely lexical: `.` segments are dropped and `folder/..` pairs collapse, but symbolic links are not followed
  /// and nothing is read from disk. A pipeline file with no folder part (`q.yaml`) resolves against the current
  /// folder, so the path comes back as written (tidied).
  ///
  /// - Parameter pipelineFile: The path of the pipeline file the source was read from.
  /// - Returns: `path` if it starts with `/`, otherwise the pipeline file's folder joined with `path`.
  public func resolved(relativeTo pipelineFile: String) -> String {
    if path.hasPrefix("/") { return Self.tidy(path) }
    guard let slash = pipelineFile.lastIndex(of: "/") else { return Self.tidy(path) }
    let folder = pipelineFile[..<slash]
    return Self.tidy((folder.isEmpty ? "/" : folder + "/") + path)
  }

  /// Drops `.` and empty segments and collapses `name/..`, keeping leading `..` of relative paths.
  static func tidy(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var kept: [Substring] = []
    for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch segment {
      case ".": continue
      case "..":
        if let last = kept.last, last != ".." {
          kept.removeLast()
        } else if !absolute {
          kept.append(segment)
        }
      default: kept.append(segment)
      }
    }
    let joined = kept.joined(separator: "/")
    if absolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }
}

/// Which reporting period a run covers (`settings.period`).
public enum PeriodChoice: Sendable, Equatable {
  /// A fixed period label (`2024-25`, `2024-25-Q3`, `2024-12`, `R12-2024-12`), checked with `Period.parse`.
  case label(Period)
  /// `latest-complete-quarter` (the default): the most recent financial quarter that has fully ended.
  case latestCompleteQuarter
  /// `latest-complete-month`: the most recent calendar month that has fully ended.
  case latestCompleteMonth
  /// `quarter-to-date`: the quarter holding the latest input date, so far; its figures are provisional (nightly).
  case quarterToDate

  /// The words accepted in place of a label, in the order messages list them.
  static let keywords: [(word: String, choice: PeriodChoice)] = [
    ("latest-complete-quarter", .latestCompleteQuarter),
    ("latest-complete-month", .latestCompleteMonth),
    ("quarter-to-date", .quarterToDate),
  ]
}

/// How the statistical neighbour average is taken (`settings.sn_average`).
public enum SNAverage: String, Sendable {
  /// The arithmetic mean of the neighbours' published values (the DfE benchmarking tool's figure).
  case mean
  /// The median of the neighbours' published values.
  case median
}

/// The `settings:` block of a pipeline definition; every key is optional.
public struct PipelineSettings: Sendable, Equatable {
  /// The local authority the run is for (`la: "332"`); nil when the file does not say.
  public var la: LACode?
  /// The period to report; default `.latestCompleteQuarter`.
  public var period: PeriodChoice
  /// Publishing mode: counts of 1 to 5 become `c` and no `*.PERSONAL.csv` file is written. Default false.
  public var publish: Bool
  /// Which statistical neighbour model to compare with: 2025 (default) or 2021.
  public var snVersion: Int
  /// How to average the statistical neighbours; default mean.
  public var snAverage: SNAverage
  /// The output root; a run writes `<out>/<name>/<period label>/`. Default `out`.
  public var out: String
  /// The share of an extract's rows (0 to 100) that may be unusable before the run stops with exit 65. Default 5.
  public var maxBadRowPercent: Double
  /// How many published years to benchmark: the latest and the ones before it (1 to 13). Default 1.
  public var comparatorYears: Int
  /// From Annex A, how many calendar days after a referral an assessment may start and still be
  /// linked to it (0 to 365). Default 30.
  public var referralLinkDays: Int
  /// Missing reconciliation: police and social care starts this many calendar days apart still
  /// match (0 to 31). Default 1, as `specs/reconciliation.md` sets.
  public var missingToleranceDays: Int
  /// Missing reconciliation: match a social care row's POLICE_REF to the Occurrence Ref. Default true.
  public var missingMatchPoliceRef: Bool
  /// Missing reconciliation: tie a police row without an LA Child ID to the one child whose date
  /// of birth fits. Default true.
  public var missingMatchDateOfBirth: Bool
  /// `cp_visits_on_time`: a statutory visit no more than this many working days before the
  /// period's last day is on time (0 to 60). Default 10.
  public var cpVisitWorkingDays: Int
  /// The history store: a file relative to `out` (or absolute), or `none` to keep no history.
  /// Default `history.sqlite`, so `<out>/history.sqlite`.
  public var history: String = "history.sqlite"
  /// Run logs in `<out>/logs/` older than this many days are removed when a run starts; 0 keeps
  /// every log. Default 90.
  public var logRetentionDays: Int = 90
  /// Every CSV output starts with a UTF-8 byte order mark, so that Excel on Windows reads accented
  /// names (`Renée`) as UTF-8 rather than the system code page. Default true; `csv_bom: false`
  /// leaves it out for tools that take a BOM as part of the first column's name.
  public var csvBOM: Bool

  public init(
    la: LACode? = nil, period: PeriodChoice = .latestCompleteQuarter, publish: Bool = false, snVersion: Int = 2025,
    snAverage: SNAverage = .mean, out: String = "out", maxBadRowPercent: Double = 5, comparatorYears: Int = 1,
    referralLinkDays: Int = 30, missingToleranceDays: Int = 1, missingMatchPoliceRef: Bool = true,
    missingMatchDateOfBirth: Bool = true, cpVisitWorkingDays: Int = 10, csvBOM: Bool = true
  ) {
    self.la = la
    self.period = period
    self.publish = publish
    self.snVersion = snVersion
    self.snAverage = snAverage
    self.out = out
    self.maxBadRowPercent = maxBadRowPercent
    self.comparatorYears = comparatorYears
    self.referralLinkDays = referralLinkDays
    self.missingToleranceDays = missingToleranceDays
    self.missingMatchPoliceRef = missingMatchPoliceRef
    self.missingMatchDateOfBirth = missingMatchDateOfBirth
    self.cpVisitWorkingDays = cpVisitWorkingDays
    self.csvBOM = csvBOM
  }

  /// The statistical neighbour model versions a file may name.
  static let snVersions = [2025, 2021]
}
