import ArgumentParser
import Pipeline

struct ReconcileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reconcile",
    abstract: "Reconcile police missing-person reports with social care missing episodes and print the summary.",
    discussion: """
      Matches each police occurrence to a social care episode of the same child (by the police \
      reference on the social care row, by LA child ID, or by a date of birth that fits exactly \
      one child) whose interval overlaps it or starts within the tolerance, and prints the counts \
      for the period and each month, why the two counts differ, and a headline. Writes nothing; \
      a pipeline with the missing_reconciliation output writes the CSV files.

      Exit status: 0 when reconciled, 64 for a bad option, 65 when a file is not the extract its \
      option names or lacks a required column, 66 when a file is missing or holds no usable rows.
      """)

  @Option(help: "The police missing-person reports extract (CSV).")
  var police: String

  @Option(help: "The social care missing and away episodes extract (CSV).")
  var csc: String

  @Option(help: "Period label: 2024-25, 2024-25-Q3, 2024-12 or R12-2024-12. Default: the latest complete quarter.")
  var period: String?

  @Option(help: "The LA's 3-digit DfE number: police occurrences whose Home LA is another authority are set apart.")
  var la: String?

  @Option(help: "Starts this many calendar days apart still match (0 to 31).")
  var toleranceDays = 1

  @Flag(inversion: .prefixedNo, help: "Match a social care row's POLICE_REF to the police Occurrence Ref.")
  var policeRef = true

  @Flag(
    inversion: .prefixedNo,
    help: "Tie a police row without an LA Child ID to the one social care child whose date of birth fits.")
  var dateOfBirth = true

  @OptionGroup var logging: LogOptions

  func run() throws {
    let log = logging.log
    try withExitStatus(log: log) {
      let (_, text) = try Runner(log: log).reconcile(
        police: police, csc: csc, period: period, la: la, toleranceDays: toleranceDays, policeRef: policeRef,
        dateOfBirth: dateOfBirth)
      print(text, terminator: "")
    }
  }
}
