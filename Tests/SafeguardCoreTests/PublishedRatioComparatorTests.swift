import Testing

@testable import SafeguardCore

/// The three same-year ratio comparators and D5's duration bands carried in Reference/, worked by
/// hand from DfE's published counts in ../shared/reference/ees/raw (files and rows named beside each).
@Suite struct PublishedRatioComparatorTests {
  private func la(_ text: String) throws -> LACode { try #require(LACode(text)) }

  /// c4 2025 Dudley (332): Section47 1309, ICPC 374; d3 2025 332: CPP_start 319.
  /// 374 ÷ 1309 × 100 = 28.571… → 28.6; 319 ÷ 374 × 100 = 85.294… → 85.3.
  @Test func dudley2025FromDfECounts() throws {
    let perS47 = try #require(ReferenceData.published(.icpcPerS47, year: 2025))
    #expect(perS47.localAuthorities[try la("332")] == .number(28.6, text: "28.6"))
    let perICPC = try #require(ReferenceData.published(.cppPerIcpc, year: 2025))
    #expect(perICPC.localAuthorities[try la("332")] == .number(85.3, text: "85.3"))
    // c1 2025 332: not_in_need_percent 25.6, DfE's own percentage, carried as published.
    let notInNeed = try #require(ReferenceData.published(.referralsNotInNeed, year: 2025))
    #expect(notInNeed.localAuthorities[try la("332")]?.text == "25.6")
    #expect(notInNeed.indicatorID == "referrals_not_in_need" && notInNeed.breakdown.isEmpty)
  }

  /// England 2025 (counts rounded to 10 by DfE): ICPC 72100 ÷ Section47 230590 = 31.27 → 31.3;
  /// CPP_start 61840 ÷ 72100 = 85.77 → 85.8. West Midlands (E12000005): ICPC 7740 ÷ Section47
  /// 24720 = 31.31 → 31.3; 2016 City of London (201): ICPC 6 ÷ Section47 11 = 54.54 → 54.5.
  @Test func englandAndRegion() throws {
    let perS47 = try #require(ReferenceData.published(.icpcPerS47, year: 2025))
    #expect(perS47.england?.text == "31.3")
    #expect(ReferenceData.published(.cppPerIcpc, year: 2025)?.england?.text == "85.8")
    #expect(perS47.regions["E12000005"]?.text == "31.3")
    #expect(perS47.regions["E13000001"] != nil)
    #expect(ReferenceData.published(.icpcPerS47, year: 2016)?.localAuthorities[try la("201")]?.text == "54.5")
  }

  /// Rounding is half up on the exact fraction, whole numbers without ".0", as DfE writes them:
  /// d3/c4 2019 Bournemouth (837) 208 ÷ 256 = 81.25 → 81.3 (half-even would give 81.2);
  /// 2016 Bromley (305) 244 ÷ 320 = 76.25 → 76.3; c4 2013 City of London (201) ICPC 6, Section47 6 → 100.
  @Test func roundingAsDfEWritesPercentages() throws {
    #expect(ReferenceData.published(.cppPerIcpc, year: 2019)?.localAuthorities[try la("837")]?.text == "81.3")
    #expect(ReferenceData.published(.cppPerIcpc, year: 2016)?.localAuthorities[try la("305")]?.text == "76.3")
    #expect(ReferenceData.published(.icpcPerS47, year: 2013)?.localAuthorities[try la("201")]?.text == "100")
  }

  /// A suppressed count gives its token, never a zero; a zero denominator gives z.
  /// d3 2025 Isles of Scilly (420): CPP_start c, c4 ICPC 8 → c. 2024: ICPC 0, CPP_start 0 → z.
  @Test func tokensAndZeroDenominators() throws {
    #expect(ReferenceData.published(.cppPerIcpc, year: 2025)?.localAuthorities[try la("420")] == .token("c"))
    #expect(ReferenceData.published(.cppPerIcpc, year: 2024)?.localAuthorities[try la("420")] == .token("z"))
  }

  /// d5 2025 Dudley (332): CPP_At31 237; 3 months or less 73 (30.8%), more than 3 to 6 months 63
  /// (26.6%), more than 6 months to under 1 year 64 (27%), 1 to 2 years c, 2 years or more c.
  @Test func durationBandsOfD5() throws {
    let bands = ReferenceData.publishedBreakdowns(.cppAtEnd)
    #expect(
      bands == [
        "duration=3m-or-less", "duration=3m-6m", "duration=6m-1y", "duration=1y-2y", "duration=2y-plus",
      ])
    let dudley = try la("332")
    let shares = bands.map {
      ReferenceData.published(.cppAtEnd, breakdown: $0, year: 2025)?.localAuthorities[dudley]?.text
    }
    #expect(shares == ["30.8", "26.6", "27", "c", "c"])
    let counts = bands.map {
      ReferenceData.publishedCount(.cppAtEnd, breakdown: $0, year: 2025)?.localAuthorities[dudley]?.text
    }
    #expect(counts == ["73", "63", "64", "c", "c"])
    let first = try #require(ReferenceData.published(.cppAtEnd, breakdown: bands[0], year: 2025))
    #expect(first.indicatorID == "cpp_at_end" && first.breakdown == "duration=3m-or-less")
    // England 2025: 15580 of 49420 (31.5%) for 3 months or less; 1130 (2.3%) for 2 years or more.
    #expect(first.england?.text == "31.5")
    #expect(ReferenceData.published(.cppAtEnd, breakdown: bands[4], year: 2025)?.england?.text == "2.3")
    // The total is unchanged, and a breakdown is not an indicator of its own.
    #expect(ReferenceData.published(.cppAtEnd, year: 2025)?.localAuthorities[dudley]?.text == "237")
    #expect(ReferenceData.published(.cppAtEnd, breakdown: "", year: 2025)?.breakdown == "")
    #expect(!ReferenceData.publishedIndicatorIDs.contains { $0.rawValue.contains("|") })
    #expect(ReferenceData.publishedBreakdowns(.icpc).isEmpty)
  }

  @Test func newIndicatorsAreBenchmarked() {
    let ids = ReferenceData.publishedIndicatorIDs
    for id in [IndicatorID.icpcPerS47, .cppPerIcpc, .referralsNotInNeed] { #expect(ids.contains(id)) }
    #expect(!ids.contains(.cpVisitsOnTime) && !ids.contains(.cpSeenAlone))
  }
}
