import Foundation
import SafeguardCore
import SafeguardKernels

/// The validation pass run while a census file is still being read: the reader hands over the
/// children in batches as it goes, and a second thread checks them against the child rules while
/// the reading thread reads on. `finish` checks the children no batch carried, runs the file
/// rules and returns what `CensusValidation.validate` returns for the same file, finding for
/// finding and issue number for issue number.
///
/// The rules of a file depend on its header, so the batches are checked against the header as it
/// stood when the first batch came. If the finished file's header differs (a header written after
/// the children, or no batch at all), the streamed results are dropped and the file is validated
/// whole.
public final class CensusValidationStream: @unchecked Sendable {
  private let file: String
  private let year: CensusYear?
  private let codes: Set<String>
  private let rules: [CensusRuleEntry]

  // Everything below is guarded by `lock`.
  private let lock = NSLock()
  private var plan: CensusValidation.Plan?
  private var pending: [(index: Int, children: [CensusChild])] = []
  private var reports: [Int: ValidationReport] = [:]
  private var batches = 0
  private var streamed = 0

  private let worker = DispatchQueue(label: "census validation")

  /// - Parameters:
  ///   - file: how the file is called in findings.
  ///   - year: `--year`, whatever the header says.
  ///   - codes: only these rules (`--rule`); all when empty.
  ///   - rules: the registry.
  public init(
    file: String, year: CensusYear? = nil, codes: Set<String> = [], rules: [CensusRuleEntry] = CensusRules.all
  ) {
    self.file = file
    self.year = year
    self.codes = codes
    self.rules = rules
  }

  /// Takes the next children of the file in file order, with the header read so far; called on
  /// the reading thread, returns at once.
  public func take(_ children: [CensusChild], header: CensusHeaderElements) {
    lock.lock()
    if plan == nil { plan = CensusValidation.Plan(header: header, file: file, year: year, codes: codes, rules: rules) }
    pending.append((batches, children))
    batches += 1
    streamed += children.count
    lock.unlock()
    worker.async { self.drain() }
  }

  /// Checks waiting batches until none is left; the worker and `finish` both call it.
  private func drain() {
    while true {
      lock.lock()
      guard let plan, !pending.isEmpty else {
        lock.unlock()
        return
      }
      let batch = pending.removeFirst()
      lock.unlock()
      let report = plan.check(batch.children[...], file: file)
      lock.lock()
      reports[batch.index] = report
      lock.unlock()
    }
  }

  /// Validates what no batch covered and returns the file's outcome.
  /// - Parameters:
  ///   - census: the whole file as read (its first children are the ones taken, in order).
  ///   - firstIssue: the first issue number to use.
  public func finish(_ census: CensusReturn, firstIssue: Int = 1) -> CensusValidation.Outcome {
    drain()
    worker.sync {}
    lock.lock()
    let (plan, reports, batches, streamed) = (self.plan, self.reports, self.batches, self.streamed)
    lock.unlock()
    guard let plan, plan.header == census.header, streamed <= census.children.count, reports.count == batches else {
      return CensusValidation.validate(census, year: year, codes: codes, rules: rules, firstIssue: firstIssue)
    }
    let rest = census.children[streamed...]
    let more = Parallel.results(plan.jobs(children: rest, census: census))
    return plan.outcome((0..<batches).map { reports[$0]! } + more, firstIssue: firstIssue)
  }
}
