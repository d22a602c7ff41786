import SafeguardCore
import Testing

@testable import Transform

@Suite struct CensusTransformTests {
  static func episode(_ child: Int32, _ referral: String?, line: Int) -> CINEpisode {
    var e = CINEpisode(child: child, line: line)
    e.referralDate = referral.flatMap { Day(iso: $0) }
    return e
  }

  static func file(_ reference: String, _ episodes: [CINEpisode]) -> CINCensusFile {
    var header = CINCensusHeader()
    header.referenceDate = Day(iso: reference)
    var f = CINCensusFile(file: "census.xml", header: header, layout: "Sex")
    f.episodes = episodes
    return f
  }

  @Test func oneFileKeepsEveryEpisodeInOrderAndCoversItsYear() {
    // Two children, three referrals, one without a date: nothing repeats, so all three stay.
    let episodes = [
      Self.episode(0, "2024-05-01", line: 10), Self.episode(1, "2024-05-01", line: 20),
      Self.episode(0, nil, line: 30),
    ]
    let merged = CensusTransform.episodes(from: [Self.file("2025-03-31", episodes)])
    #expect(merged.episodes.map(\.line) == [10, 20, 30])
    #expect(merged.coverage == Day(iso: "2024-04-01")!...Day(iso: "2025-03-31")!)
  }

  @Test func aReferralRepeatedInOneFileIsKeptOnceButUndatedOnesAllStay() {
    // Child 0's 2024-05-01 referral appears at lines 10 and 30: the first is kept. The two
    // undated episodes cannot be matched, so both stay: 4 of 5.
    let episodes = [
      Self.episode(0, "2024-05-01", line: 10), Self.episode(0, nil, line: 20),
      Self.episode(0, "2024-05-01", line: 30), Self.episode(0, nil, line: 40),
      Self.episode(1, "2024-05-01", line: 50),
    ]
    let merged = CensusTransform.episodes(from: [Self.file("2025-03-31", episodes)])
    #expect(merged.episodes.map(\.line) == [10, 20, 40, 50])
  }

  @Test func theLatestReturnWinsAcrossFiles() {
    // The 2024 return lists child 0's referral at line 1; the 2025 return (given second) lists it
    // at line 100 and adds one at line 200. The 2025 file is read first: lines 100, 200, then the
    // 2024 file's other referral (line 2). Coverage runs from 1 April 2023 to 31 March 2025.
    let older = Self.file(
      "2024-03-31", [Self.episode(0, "2023-06-01", line: 1), Self.episode(1, "2023-07-01", line: 2)])
    let newer = Self.file(
      "2025-03-31", [Self.episode(0, "2023-06-01", line: 100), Self.episode(0, "2024-06-01", line: 200)])
    let merged = CensusTransform.episodes(from: [older, newer])
    #expect(merged.episodes.map(\.line) == [100, 200, 2])
    #expect(merged.coverage == Day(iso: "2023-04-01")!...Day(iso: "2025-03-31")!)
  }
}
