import Testing

@testable import Ingest

/// Where each column sits in a header row: the first header that answers to it, by any of its
/// names, whatever the width of the row.
struct ExtractColumnTests {
  static let columns: [AnnexAColumn] = [
    AnnexAColumn("Child Unique ID", aliases: ["Child ID"], required: true),
    AnnexAColumn("Date of referral", aliases: ["Referral date"]),
    AnnexAColumn("Gender"),
  ]

  @Test func theFirstHeaderAnsweringToAnyOfAColumnsNamesIsItsPosition() {
    let headers = ["Referral date", "child id", "Date of referral", "Child Unique ID", ""]
    #expect(AnnexAColumn.positions(of: Self.columns, in: headers) == [1, 0, nil])
  }

  @Test func blankHeadersAnswerToNoColumn() {
    #expect(AnnexAColumn.positions(of: Self.columns, in: ["", "", "Gender"]) == [nil, nil, 2])
  }

  @Test func aSheetWideRowIsPlacedByItsOnlyNamedCell() {
    // 16,384 cells, Excel's widest row, named only at its last: found there.
    var headers = Array(repeating: "", count: 16_383)
    headers.append("CHILD UNIQUE ID")
    #expect(AnnexAColumn.positions(of: Self.columns, in: headers) == [16_383, nil, nil])
  }
}
