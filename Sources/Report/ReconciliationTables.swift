import SafeguardCore
import SafeguardKernels

/// `missing_reconciliation.csv`, `missing_exceptions.PERSONAL.csv`, the console table and the
/// headline sentence of the police vs social care missing reconciliation.
///
/// `missing_reconciliation.csv`: the period row first (its label in `month`), then each month
/// oldest first (none for a one-month period). After the columns of `specs/outputs.md` come the
/// splits, in `extraColumns` order. Match rates are percentages to 1 decimal place, blank when
/// that side has no records.
///
/// `missing_exceptions.PERSONAL.csv` is marked as personal data in its name and in its first
/// line: the header ends with a column named `personalMarker`, empty on every row, so the file
/// still loads as an ordinary table.
public enum ReconciliationTables {
  public static let columns = [
    "month", "police_occurrences", "csc_episodes", "matched", "police_only", "csc_only", "ambiguous",
    "police_children", "csc_children", "children_in_both", "police_match_rate", "csc_match_rate",
    "out_of_area_occurrences",
  ]

  /// The splits `specs/reconciliation.md` asks for, after the contract columns.
  public static let extraColumns = [
    "csc_only_missing", "csc_only_away", "csc_only_looked_after", "csc_only_not_looked_after",
    "csc_only_looked_after_unknown", "police_only_no_apparent_risk", "police_only_low_risk",
    "police_only_medium_risk", "police_only_high_risk", "police_only_risk_unknown", "police_only_known_to_csc",
    "police_only_not_known_to_csc", "police_only_children", "csc_only_children",
  ]

  public static let exceptionColumns = [
    "side", "record_ref", "child_ref", "date_of_birth", "start", "end", "category_or_risk", "reason",
  ]

  /// The last header of the exceptions file, saying what the file holds.
  public static let personalMarker = "PERSONAL DATA: internal follow-up only"

  /// The period row then the month rows.
  ///
  /// - Parameter suppress: For publishing: counts of 1 to 5 become `c`, and so does a match rate
  ///   whose matched count or total is 1 to 5.
  public static func missingReconciliation(_ r: ReconciliationResult, suppress: Bool = false) -> [UInt8] {
    let rows = ([r.total] + r.months).map { row -> [Cell] in
      let c = row.counts
      func n(_ v: Int) -> Cell { suppress && small(v) ? .suppressed : .int(v) }
      func rate(_ total: Int) -> Cell {
        suppress && (small(c.matched) || small(total))
          ? .suppressed : .fraction(c.matched, total, multiplier: 100, places: 1)
      }
      let splits = [
        c.cscOnlyMissing, c.cscOnlyAway, c.cscOnlyLookedAfter, c.cscOnlyNotLookedAfter, c.cscOnlyLookedAfterUnknown,
        c.policeOnlyNoApparentRisk, c.policeOnlyLowRisk, c.policeOnlyMediumRisk, c.policeOnlyHighRisk,
        c.policeOnlyRiskUnknown, c.policeOnlyKnownToCSC, c.policeOnlyNotKnownToCSC, c.policeOnlyChildren,
        c.cscOnlyChildren,
      ]
      return [
        .text(row.period.label), n(c.policeOccurrences), n(c.cscEpisodes), n(c.matched), n(c.policeOnly),
        n(c.cscOnly), n(c.ambiguous), n(c.policeChildren), n(c.cscChildren), n(c.childrenInBoth),
        rate(c.policeOccurrences), rate(c.cscEpisodes), n(c.outOfAreaOccurrences),
      ] + splits.map(n)
    }
    return CSVWriter.render(header: columns + extraColumns, rows: rows)
  }

  static func small(_ n: Int) -> Bool { (1...5).contains(n) }

  /// One row per unmatched record, sorted by side (csc, police), start, then record reference.
  ///
  /// `record_ref` is the `Occurrence Ref` for police rows and `file:line` for social care rows;
  /// `child_ref` is the LA child ID, or `Person Ref <ref>` for a police row without one.
  ///
  /// - Parameters:
  ///   - children: Resolves registry indexes to child IDs.
  ///   - files: File names by `ExtractSet.files` index.
  public static func missingExceptions(
    _ rows: [ReconciliationException], children: ChildRegistry, files: [String]
  ) -> [UInt8] {
    let out = ReconciliationException.ordered(rows).map { x -> [Cell] in
      let ref: String
      if let o = x.occurrenceRef {
        ref = o
      } else {
        ref = (Int(x.file) < files.count ? files[Int(x.file)] : "file \(x.file)") + ":\(x.line)"
      }
      let child = x.child.map { children[$0] } ?? x.personRef.map { "Person Ref " + $0 } ?? ""
      return [
        .text(x.side.rawValue), .text(ref), child.isEmpty ? .blank : .text(child),
        x.birthDate.map { .text($0.iso) } ?? .blank, .text(x.start.description),
        x.end.map { .text($0.description) } ?? .blank, x.categoryOrRisk.map { .text($0) } ?? .blank,
        .text(x.reason.description), .blank,
      ]
    }
    return CSVWriter.render(header: exceptionColumns + [personalMarker], rows: out)
  }
}
