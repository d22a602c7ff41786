import PropertyBased
import SafeguardCore
import Testing

@testable import Aggregate
@testable import Transform

/// Laws: the figures do not depend on row order, and counts add up over a partition of a period.
@Suite struct FrontDoorPropertyTests {
  /// (child 0–30, day 0–1,094 after 1 April 2022, NFA 0–2) triples.
  static let rows = Gen.int(in: 0...30).array(of: 3...3).array(of: 0...200)

  static func build(_ raw: [[Int]], contacts: Bool = true) -> SetBuilder {
    let start = Day(year: 2022, month: 4, day: 1)!
    var b = SetBuilder()
    let referrals = raw.map { r in
      ("C\(r[0])", start.adding(days: (r[1] * 37 + r[2] * 11) % 1095).iso, YesNo(rawValue: UInt8(r[2] % 3))!)
    }
    b.referrals(referrals, from: "2022-04-01", to: "2025-03-31")
    if contacts {
      b.contacts(referrals.map { ($0.0, $0.1) } + referrals.map { ($0.0, $0.1) }, from: "2022-04-01", to: "2025-03-31")
    }
    return b
  }

  static let periods: [Period] =
    [.financialYear(2023), .financialYear(2024)] + (1...4).map { .quarter(2024, $0) }

  static func figures(_ b: SetBuilder) -> [IndicatorValue] {
    FrontDoorIndicators.compute(FrontDoorTransform.timeline(from: b.set).0, periods: periods, la: LACode("332"))
  }

  @Test func independentOfRowOrder() async {
    await propertyCheck(input: Self.rows, Gen.int(in: 1...50)) { raw, k in
      let shuffled = Array(raw.dropFirst(k % max(raw.count, 1)) + raw.prefix(k % max(raw.count, 1))).reversed()
      #expect(Self.figures(Self.build(raw)) == Self.figures(Self.build(Array(shuffled))))
    }
  }

  @Test func quartersAddUpToTheYear() async {
    await propertyCheck(input: Self.rows) { raw in
      let v = Self.figures(Self.build(raw))
      for id: IndicatorID in [.contacts, .referrals] {
        let year = v.value(id, "2024-25")?.numerator ?? -1
        let quarters = (1...4).map { v.value(id, "2024-25-Q\($0)")?.numerator ?? -1 }.reduce(0, +)
        #expect(year == quarters, "\(id)")
      }
      for id: IndicatorID in [.rereferrals12m, .referralsNfa, .contactReferralConversion] {
        let y = v.value(id, "2024-25")!
        let q = (1...4).map { v.value(id, "2024-25-Q\($0)")! }
        #expect(y.numerator == q.map { $0.numerator ?? 0 }.reduce(0, +), "\(id) numerator")
        #expect(y.denominator == q.map { $0.denominator ?? 0 }.reduce(0, +), "\(id) denominator")
      }
    }
  }

  @Test func monthsAddUpToTheQuarter() async {
    await propertyCheck(input: Self.rows) { raw in
      let t = FrontDoorTransform.timeline(from: Self.build(raw).set).0
      let months: [Period] = [.month(2024, 10), .month(2024, 11), .month(2024, 12)]
      let v = FrontDoorIndicators.compute(t, periods: months + [.quarter(2024, 3)], la: nil)
      let q = v.value(.referrals, "2024-25-Q3")?.numerator
      #expect(q == months.map { v.value(.referrals, $0.label)?.numerator ?? -1 }.reduce(0, +))
    }
  }
}
