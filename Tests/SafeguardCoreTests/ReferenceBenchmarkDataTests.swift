import Foundation
import Testing

@testable import SafeguardCore

/// The benchmark reference tables carried in Reference/, checked against the public originals.
///
/// Every literal below was read by hand (grep) from ../shared/reference; the file and line are named beside it.
@Suite struct ReferenceBenchmarkDataTests {
  private func la(_ text: String) throws -> LACode { try #require(LACode(text)) }

  @Test func bexleyNeighbours2025() throws {
    // statistical-neighbours/sn_2025.csv, rows "303,Bexley,London (Outer),3,false,1..3,…":
    // 1 311 Havering extremely close; 2 822 Bedford Borough very close; 3 886 Kent very close.
    let list = try #require(ReferenceData.neighbours(of: try la("303"), version: .v2025))
    #expect(list.count == 10)
    #expect(list.map(\.rank) == Array(1...10))
    #expect(
      Array(list.prefix(3)) == [
        Neighbour(rank: 1, la: try la("311"), closeness: "extremely close"),
        Neighbour(rank: 2, la: try la("822"), closeness: "very close"),
        Neighbour(rank: 3, la: try la("886"), closeness: "very close"),
      ])
  }

  @Test func cumbriaAcrossVersions() throws {
    // sn_2021.csv: "830,Derbyshire,East Midlands,1,false,5,909,Cumbria,very close".
    let derbyshire = try #require(ReferenceData.neighbours(of: try la("830"), version: .v2021))
    #expect(derbyshire.contains(Neighbour(rank: 5, la: try la("909"), closeness: "very close")))
    // sn_2025.csv: no row has sn_la_code 909 (grep -c ',909,Cumbria,' = 0); 909 itself is in the legacy section.
    let cumbria = try la("909")
    for code in ReferenceData.laCodesWithNeighbours(version: .v2025) {
      let list = try #require(ReferenceData.neighbours(of: code, version: .v2025))
      #expect(!list.contains { $0.la == cumbria }, "\(code) lists 909 in 2025")
    }
    #expect(ReferenceData.neighbours(of: cumbria, version: .v2025)?.count == 10)
  }

  @Test func newCumbrianAuthorities() throws {
    // sn_2025.csv has rows for 942 and 943 ("942,Cumberland,North West,5,false,1,943,…,very close");
    // sn_2021.csv has none (grep -cE '^(942|943),' = 0).
    for code in ["942", "943"] {
      #expect(ReferenceData.neighbours(of: try la(code), version: .v2025)?.count == 10)
      #expect(ReferenceData.neighbours(of: try la(code), version: .v2021) == nil)
    }
    let first942 = try #require(ReferenceData.neighbours(of: try la("942"), version: .v2025)?.first)
    #expect(first942 == Neighbour(rank: 1, la: try la("943"), closeness: "very close"))
    // README: 2021 lists 152 live + 4 legacy LAs; 2025 lists 153 live + 5 legacy.
    #expect(ReferenceData.laCodesWithNeighbours(version: .v2021).count == 156)
    #expect(ReferenceData.laCodesWithNeighbours(version: .v2025).count == 158)
    let codes = ReferenceData.laCodesWithNeighbours(version: .v2025)
    #expect(codes == codes.sorted())
  }

  @Test func publishedValuesForThreeLAs() throws {
    // ees/indicators_la_region_england.csv, time_period 2025, measure s47_started (ees_c4 Section47):
    // 332 Dudley 1309; 201 City of London c; 303 Bexley 1013.
    let s47 = try #require(ReferenceData.published(.s47Started, year: 2025))
    #expect(s47.indicatorID == "s47_started" && s47.year == 2025)
    #expect(s47.localAuthorities[try la("332")] == .number(1309, text: "1309"))
    #expect(s47.localAuthorities[try la("201")] == .token("c"))
    #expect(s47.localAuthorities[try la("201")]?.number == nil)
    #expect(s47.localAuthorities[try la("201")]?.text == "c")
    #expect(s47.localAuthorities[try la("303")]?.number == 1013)
    // Same file, 2025 referrals_rate (LAIT): 332 "479.7", 303 "573" (written without a decimal).
    let rate = try #require(ReferenceData.published(.referralsRate, year: 2025))
    #expect(rate.localAuthorities[try la("332")] == .number(479.7, text: "479.7"))
    #expect(rate.localAuthorities[try la("303")]?.text == "573")
  }

  @Test func tokenRowsAndMissingRowsDiffer() throws {
    // Same file, cla_at_end: 2023 942 "z" (Cumberland not yet created), 2023 909 "740", 2024 909 "z".
    let cla2023 = try #require(ReferenceData.published(.claAtEnd, year: 2023))
    #expect(cla2023.localAuthorities[try la("942")] == .token("z"))
    #expect(cla2023.localAuthorities[try la("909")]?.number == 740)
    #expect(ReferenceData.published(.claAtEnd, year: 2024)?.localAuthorities[try la("909")] == .token("z"))
    // No referrals row for 942 before 2024, and none for 838 in 2019: absent, not a token.
    #expect(ReferenceData.published(.referrals, year: 2023)?.localAuthorities[try la("942")] == nil)
    #expect(ReferenceData.published(.referrals, year: 2019)?.localAuthorities[try la("838")] == nil)
  }

  @Test func englandAndRegions() throws {
    // Same file: "2025,2024-25,National,…,referrals,632830"; London E12000007 referrals 2025 "105790".
    let referrals = try #require(ReferenceData.published(.referrals, year: 2025))
    #expect(referrals.england == .number(632830, text: "632830"))
    #expect(referrals.regions["E12000007"]?.number == 105790)
    // "2024,2023-24,Regional,…,E13000001,Inner London,cpp_at_end_rate,40.2" and E13000002 Outer London "40.3".
    let cpp = try #require(ReferenceData.published(.cppAtEndRate, year: 2024))
    #expect(cpp.regions["E13000001"]?.text == "40.2")
    #expect(cpp.regions["E13000002"]?.text == "40.3")
    #expect(cpp.regions.count == 11)  // 9 regions plus Inner and Outer London
  }

  @Test func localAuthorityFacts() throws {
    // geography/la_codes_by_year.csv and sn_2025.csv region column.
    let westminster = try #require(ReferenceData.localAuthorities[try la("213")])
    #expect(westminster.name == "Westminster")
    #expect(westminster.regionCode == "E13000001" && westminster.regionName == "Inner London")
    let bexley = try #require(ReferenceData.localAuthorities[try la("303")])
    #expect(bexley.regionCode == "E13000002" && bexley.regionName == "Outer London")
    let dudley = try #require(ReferenceData.localAuthorities[try la("332")])
    #expect(dudley.name == "Dudley" && dudley.regionCode == "E12000005" && dudley.regionName == "West Midlands")
    // The tidy file: 909 has numbers to 2023 and only z from 2024; 942 only z to 2023, numbers from 2024.
    let cumbria = try #require(ReferenceData.localAuthorities[try la("909")])
    #expect(cumbria.firstYear == 2013 && cumbria.lastYear == 2023)
    let cumberland = try #require(ReferenceData.localAuthorities[try la("942")])
    #expect(cumberland.firstYear == 2024 && cumberland.lastYear == 2025)
    // Legacy Dorset 835: la_codes_by_year last lists it in 2019.
    #expect(ReferenceData.localAuthorities[try la("835")]?.lastYear == 2019)
  }

  @Test func unknownCodesAndIndicators() throws {
    #expect(ReferenceData.localAuthorities[try la("999")] == nil)
    #expect(ReferenceData.neighbours(of: try la("999"), version: .v2025) == nil)
    #expect(ReferenceData.published(.contacts, year: 2025) == nil)
    #expect(ReferenceData.published(.referrals, year: 2012) == nil)
    #expect(ReferenceData.publishedYears(.ladoContacts) == [])
  }

  @Test func yearsAndIndicatorOrder() {
    #expect(ReferenceData.publishedYears(.referrals) == Array(2013...2025))
    // LAIT rates start in 2016 ("2016,2015-16,National,…,referrals_rate,536").
    #expect(ReferenceData.publishedYears(.referralsRate).first == 2016)
    let ids = ReferenceData.publishedIndicatorIDs
    // 22 from the tidy file, then the three same-year ratios (two derived, one DfE's own).
    #expect(ids.count == 25)
    #expect(ids.first == .referrals && ids.contains(.s47Children) && ids.last == .referralsNotInNeed)
    let order = IndicatorCatalogue.all.map(\.id)
    #expect(ids == order.filter(ids.contains))
    #expect(ReferenceData.yearLabel(2025) == "2024-25")
    #expect(ReferenceData.yearLabel(2010) == "2009-10")
  }

  @Test func valueParsing() {
    #expect(PublishedValue.parse("515.7") == .number(515.7, text: "515.7"))
    #expect(PublishedValue.parse("-3") == .number(-3, text: "-3"))
    for token in ["c", "x", "z", "u", "k", "-", ":", "..", "nan", "inf", "1.", ".5"] {
      #expect(PublishedValue.parse(token) == .token(token))
    }
  }

  @Test func publishedTableParsesQuickly() {
    let start = Date()
    let table = ReferenceData.parsePublished(ReferenceData.publishedComparatorsTable)
    let seconds = Date().timeIntervalSince(start)
    // 25 indicators and D5's five duration bands, each as a share and as a count.
    #expect(table.count == 35)
    #expect(seconds < 0.5, "parsing took \(seconds) s")
  }
}
