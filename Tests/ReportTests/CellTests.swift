import Testing

@testable import Report

/// Rendering of each kind of cell, with the rounding edges worked by hand.
@Suite struct CellTests {
  @Test(
    "fractions round half away from zero with integer arithmetic",
    arguments: [
      // (numerator, denominator, multiplier, places, expected)
      (1, 3, 100, 1, "33.3"),  // 33.333…
      (2, 3, 100, 1, "66.7"),  // 66.666…
      (1, 8, 100, 1, "12.5"),  // exact
      (1, 2000, 100, 1, "0.1"),  // 0.05 exactly: up
      (3, 2000, 100, 1, "0.2"),  // 0.15 exactly: up (binary floating point would say 0.1)
      (1, 16, 100, 1, "6.3"),  // 6.25 exactly: up
      (1, 80, 100, 1, "1.3"),  // 1.25 exactly: up
      (1, 3000, 100, 1, "0.0"),  // 0.0333…
      (0, 5, 100, 1, "0.0"),
      (5, 5, 100, 1, "100.0"),
      (1, 0, 100, 1, ""),  // no denominator: blank
      (0, 0, 100, 1, ""),
      (1, 2, 100, 0, "50"),  // places 0: no decimal point
      (1, 200, 100, 0, "1"),  // 0.5: up
      (1, 3, 100, 0, "33"),
      (2, 3, 100, 0, "67"),
      (938, 71124, 10_000, 1, "131.9"),  // a rate per 10,000: 131.882…
      (1, 3, 1, 3, "0.333"),
      (2, 3, 1, 3, "0.667"),
      (-1, 16, 100, 1, "-6.3"),  // −6.25: away from zero
      (1, -16, 100, 1, "-6.3"),
      (-1, -16, 100, 1, "6.3"),
      (-1, 3000, 100, 1, "0.0"),  // rounds to zero: no minus sign
      (-1, 2000, 100, 1, "-0.1"),  // −0.05: away from zero
      (Int.max, 1, 100, 2, "922337203685477580700.00"),  // no overflow
    ])
  func fraction(n: Int, d: Int, multiplier: Int, places: Int, expected: String) {
    #expect(Cell.fraction(n, d, multiplier: multiplier, places: places).rendered == expected)
  }

  @Test(
    "decimals round half away from zero from their shortest decimal form",
    arguments: [
      (2.5, 0, "3"),
      (3.5, 0, "4"),
      (-2.5, 0, "-3"),
      (0.05, 1, "0.1"),
      (0.15, 1, "0.2"),  // held as 0.1499999…; written as a reader expects
      (2.675, 2, "2.68"),  // held as 2.67499999…
      (-0.05, 1, "-0.1"),
      (-0.04, 1, "0.0"),  // no negative zero
      (-0.0, 1, "0.0"),
      (0.0, 2, "0.00"),
      (12.0, 1, "12.0"),
      (9.96, 1, "10.0"),  // carry into a new digit
      (99.95, 1, "100.0"),
      (0.1 + 0.2, 1, "0.3"),
      (1e-05, 1, "0.0"),
      (5e-05, 4, "0.0001"),
      (4e-05, 4, "0.0000"),
      (1.5e20, 1, "150000000000000000000.0"),
      (123.456, 0, "123"),
      (2.0 / 3.0, 3, "0.667"),
    ])
  func decimal(x: Double, places: Int, expected: String) {
    #expect(Cell.decimal(x, places: places).rendered == expected)
  }

  @Test func nonFiniteDecimalsAreBlank() {
    #expect(Cell.decimal(.nan, places: 1).rendered == "")
    #expect(Cell.decimal(.infinity, places: 1).rendered == "")
    #expect(Cell.decimal(-.infinity, places: 1).rendered == "")
  }

  @Test func simpleCells() {
    #expect(Cell.int(0).rendered == "0")
    #expect(Cell.int(938).rendered == "938")
    #expect(Cell.int(-3).rendered == "-3")
    #expect(Cell.blank.rendered == "")
    #expect(Cell.suppressed.rendered == "c")
    #expect(Cell.text("Team A").rendered == "Team A")
    #expect(Cell.text("").rendered == "")
  }

  @Test(
    "text that could start a formula gets a leading apostrophe",
    arguments: ["=SUM(A1)", "+44 20", "-3", "@team", "\tindent", "\rreturn", "\r\nline"])
  func formulaGuard(text: String) {
    #expect(Cell.text(text).rendered == "'" + text)
  }

  @Test("other text is left alone", arguments: ["Team =A", "3-4", "'quoted", " =SUM", "ÉA", "c", "12"])
  func noGuard(text: String) {
    #expect(Cell.text(text).rendered == text)
  }

  @Test func numbersAreNeverGuarded() {
    #expect(Cell.int(-3).rendered == "-3")
    #expect(Cell.fraction(-1, 4, multiplier: 100, places: 1).rendered == "-25.0")
    #expect(Cell.decimal(-1.5, places: 1).rendered == "-1.5")
  }
}
