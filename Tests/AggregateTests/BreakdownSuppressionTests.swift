import PropertyBased
import SafeguardCore
import Testing

@testable import Aggregate

/// Suppression of breakdown cells when publishing: groups of 1 to 5, and the groups that would
/// let a suppressed one be worked out by subtraction from the total.
@Suite struct BreakdownSuppressionTests {
  static let quarter = Period.quarter(2024, 3)

  /// A count indicator's total row and one dimension's groups (numerator = count, denominator = total).
  static func counts(
    _ groups: [Int], dimension: String = "age", id: IndicatorID = .s47Started, period: Period = quarter
  ) -> [IndicatorValue] {
    let def = IndicatorCatalogue.definition(id)
    let total = groups.reduce(0, +)
    return [
      IndicatorValue(
        indicator: def, period: period, column: period, numerator: total, denominator: nil, figure: .count(total),
        flags: [])
    ]
      + groups.enumerated().map { i, n in
        IndicatorValue(
          indicator: def, breakdown: "\(dimension)=g\(i)", period: period, column: period, numerator: n,
          denominator: total, figure: .count(n), flags: [])
      }
  }

  /// A percent indicator's total row and its groups, (numerator, denominator) each.
  static func percents(_ groups: [(Int, Int)]) -> [IndicatorValue] {
    let def = IndicatorCatalogue.definition(.referralsNfa)
    let n = groups.map(\.0).reduce(0, +)
    let d = groups.map(\.1).reduce(0, +)
    func row(_ breakdown: String, _ n: Int, _ d: Int) -> IndicatorValue {
      IndicatorValue(
        indicator: def, breakdown: breakdown, period: quarter, column: quarter, numerator: n, denominator: d,
        figure: .ratio(numerator: n, denominator: d, multiplier: 100), flags: [])
    }
    return [row("", n, d)] + groups.enumerated().map { row("source=\($0.offset)", $0.element.0, $0.element.1) }
  }

  /// Which rows are suppressed: the total first, then each group.
  static func suppressed(_ values: [IndicatorValue]) -> [Bool] {
    Suppression.apply(values).map { $0.flags.contains(.suppressed) }
  }

  /// Total 40: a group of 3 is suppressed, and so is 7, the smallest non-zero group left (the 0
  /// would give the 3 away: 40 − 0 − 12 − 18 = 10 would still be two cells, but 40 − 7 − 12 − 18 = 3).
  @Test func oneSmallGroupTakesTheNextSmallestWithIt() {
    #expect(Self.suppressed(Self.counts([3, 7, 0, 12, 18])) == [false, true, true, false, false, false])
  }

  /// On a tie for next smallest, the first in the dimension's order.
  @Test func aTieGoesToTheFirstGroup() {
    #expect(Self.suppressed(Self.counts([8, 3, 8, 21])) == [false, true, true, false, false])
  }

  /// Two small groups already show only their sum: nothing more is suppressed.
  @Test func twoSmallGroupsNeedNoMore() {
    #expect(Self.suppressed(Self.counts([2, 14, 4, 24])) == [false, true, false, true, false])
  }

  /// A zero reveals nothing and is not picked: the only other non-zero group is, however large.
  @Test func zerosAreNeverPicked() {
    #expect(Self.suppressed(Self.counts([0, 3, 0, 37])) == [false, false, true, false, true])
    #expect(Self.suppressed(Self.counts([0, 10, 0, 37])) == [false, false, false, false, false])
  }

  /// A total of 1 to 5 is suppressed, and so is every group, zeros included.
  @Test func aSmallTotalSuppressesEveryGroup() {
    #expect(Self.suppressed(Self.counts([3, 1, 0])) == [true, true, true, true])
    #expect(Self.suppressed(Self.counts([0, 5, 0])) == [true, true, true, true])
    #expect(Self.suppressed(Self.counts([0, 0, 0])) == [false, false, false, false])
    #expect(Self.suppressed(Self.counts([6, 0])) == [false, false, false])
  }

  /// Dimensions, periods and indicators are each their own table.
  @Test func eachDimensionAndPeriodStandsAlone() {
    let age = Self.counts([3, 9, 28])
    let sex = Array(Self.counts([20, 20, 0], dimension: "sex").dropFirst())
    let q2 = Self.counts([3, 9, 28], period: .quarter(2024, 2))
    let other = Self.counts([10, 30], id: .cppStarted)
    #expect(
      Self.suppressed(age + sex + q2 + other) == [
        false, true, true, false,  // age: 3 and 9
        false, false, false,  // sex
        false, true, true, false,  // Q2's age: 3 and 9
        false, false, false,  // another indicator
      ])
  }

  /// A percentage's group is small by its numerator or its denominator; the next one is the
  /// smallest non-zero numerator (then denominator), since numerators and denominators both add
  /// up to the total's: a 0 of 12 would leave 25 − 0 − 8 − 15 = 2 to be worked out.
  @Test func percentagesBySmallNumeratorOrDenominator() {
    #expect(
      Self.suppressed(Self.percents([(2, 10), (15, 40), (0, 12), (8, 30)])) == [false, true, false, false, true])
    // Every numerator 0, one denominator small: the next smallest non-zero denominator.
    #expect(Self.suppressed(Self.percents([(0, 30), (0, 4), (0, 20)])) == [false, false, true, true])
    // The total's numerator is 3: suppressed, so is every group.
    #expect(Self.suppressed(Self.percents([(3, 30), (0, 40)])) == [true, true, true])
  }

  /// The breakdowns written as bare values (`lado_by_category`, no total row): the total is the
  /// denominator the groups share; a referral with no category is in no group.
  @Test func bareValueBreakdownsFollowTheSameRule() {
    let def = IndicatorCatalogue.definition(.ladoByCategory)
    func rows(_ counts: [Int], of base: Int) -> [IndicatorValue] {
      zip(["Physical", "Sexual", "Emotional", "Neglect", "Suitability"], counts).map { name, n in
        IndicatorValue(
          indicator: def, breakdown: name, period: Self.quarter, column: Self.quarter, numerator: n,
          denominator: base, figure: .count(n), flags: [])
      }
    }
    #expect(Self.suppressed(rows([12, 3, 0, 9, 7], of: 31)) == [false, true, false, false, true])
    #expect(Self.suppressed(rows([2, 0, 0, 0, 0], of: 4)) == [true, true, true, true, true])
    // Only one non-zero group, and referrals with no category: nothing to pick, nothing to work out.
    #expect(Self.suppressed(rows([3, 0, 0, 0, 0], of: 12)) == [true, false, false, false, false])
  }

  /// Rows without a figure (a period the source does not cover) are left as they are, and totals
  /// keep the rule they had.
  @Test func blankRowsAndTotalsAreUnchanged() {
    let def = IndicatorCatalogue.definition(.s47Started)
    let blank = [
      IndicatorValue(
        indicator: def, period: Self.quarter, column: Self.quarter, numerator: nil, denominator: nil, figure: .none,
        flags: [.noData]),
      IndicatorValue(
        indicator: def, breakdown: "age=unborn", period: Self.quarter, column: Self.quarter, numerator: nil,
        denominator: nil, figure: .none, flags: [.noData]),
    ]
    #expect(Suppression.apply(blank) == blank)
    // A total keeps the rule it had: suppressed when small, never because of its groups.
    #expect(Self.suppressed(Array(Self.counts([4]).prefix(1))) == [true])
    #expect(Self.suppressed(Self.counts([3, 9, 28]))[0] == false)
  }

  // MARK: The law

  /// Up to 8 groups of 0 to 14 (small numbers are common), and a second table of percentages.
  static let groups = Gen.int(in: 0...14).array(of: 1...8)

  /// True when the suppressed group at `i` can be worked out from what is published: the total
  /// (its row, or the denominator of any group shown) less every other group, when each of the
  /// others is shown or is 0 (a suppressed 0 adds nothing to the difference).
  static func recoverable(_ i: Int, _ groups: [Int], total: Bool, shown: [Bool]) -> Bool {
    total && groups.indices.allSatisfy { $0 == i || shown[$0] || groups[$0] == 0 }
  }

  @Test func noSuppressedGroupCanBeWorkedOutFromTheTotal() async {
    await propertyCheck(input: Self.groups) { groups in
      let out = Suppression.apply(Self.counts(groups))
      let total = !out[0].flags.contains(.suppressed)
      let shown = out.dropFirst().map { !$0.flags.contains(.suppressed) }
      for (i, n) in groups.enumerated() {
        #expect(!(1...5).contains(n) || !shown[i], "a group of \(n) is shown")
        let known = total || shown.contains(true)
        if !shown[i] { #expect(!Self.recoverable(i, groups, total: known, shown: shown), "\(groups)") }
      }
      // Nothing more than needed: a zero only beside a suppressed total, and at most one group
      // beyond the small ones.
      let small = groups.count { (1...5).contains($0) }
      if total {
        #expect(zip(groups, shown).allSatisfy { $0.0 != 0 || $0.1 }, "\(groups)")
        #expect(shown.count { !$0 } <= max(small, small == 1 ? 2 : 0), "\(groups)")
      }
    }
  }

  @Test func noSuppressedPercentageCanBeWorkedOutFromTheTotal() async {
    await propertyCheck(input: Self.groups, Self.groups) { a, b in
      // Numerator ≤ denominator: the group's numerator and the rest of its denominator.
      let groups = zip(a, b).map { ($0.0, $0.0 + $0.1) }
      let out = Suppression.apply(Self.percents(groups))
      let total = !out[0].flags.contains(.suppressed)
      let shown = out.dropFirst().map { !$0.flags.contains(.suppressed) }
      let small = groups.indices.filter { (1...5).contains(groups[$0].0) || (1...5).contains(groups[$0].1) }
      for i in small {
        #expect(!shown[i], "\(groups)")
        guard total else { continue }
        // The total less the groups shown is this group and the other suppressed ones.
        let others = groups.indices.filter { $0 != i && !shown[$0] }
        #expect(!others.isEmpty, "\(groups[i]) alone in \(groups)")
        guard small.count == 1 else { continue }
        // The one picked to go with it must add to both differences (unless this one's numerator is 0).
        #expect(others.contains { groups[$0].0 > 0 } || groups[i].0 == 0, "numerator of \(groups[i]) in \(groups)")
        #expect(others.contains { groups[$0].1 > 0 }, "denominator of \(groups[i]) in \(groups)")
      }
    }
  }
}
