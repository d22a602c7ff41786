/// Shapes that between them use every module the census has.
public enum SampleShapes {
  /// One child of each kind: NFA; assessed with no factors; assessed with factors and a CIN plan;
  /// a Section 47 with no conference; a conference and a plan, ended; a plan still open; a
  /// disabled child; two episodes; an episode still open; and enough disability codes across
  /// them for the return-level rules.
  public static let standard: [ChildShape] = {
    var shapes: [ChildShape] = [
      ChildShape(age: 3, sex: 0, episodes: [EpisodeShape(nfa: true)]),
      ChildShape(age: 9, sex: 1, ethnicity: 3, episodes: [EpisodeShape(factors: 0)]),
      ChildShape(age: 12, sex: 0, ethnicity: 5, episodes: [EpisodeShape(factors: 2, factorCode: 4, cinPlan: true)]),
      ChildShape(age: 6, sex: 1, ethnicity: 9, episodes: [EpisodeShape(factors: 1, section47: true)]),
      ChildShape(
        age: 14, sex: 0, episodes: [EpisodeShape(factors: 3, factorCode: 9, section47: true, conference: true)]),
      ChildShape(
        age: 1, sex: 1, episodes: [EpisodeShape(factors: 2, section47: true, conference: true, closed: false)]),
      ChildShape(age: 16, sex: 0, episodes: [EpisodeShape(gap: 20), EpisodeShape(nfa: true, gap: 10)]),
      ChildShape(age: 11, sex: 1, episodes: [EpisodeShape(factors: 1, closed: false)]),
    ]
    // Disabled children: every disability code, some children with two.
    for i in 0..<8 {
      shapes.append(
        ChildShape(
          age: 5 + i, sex: i % 2, ethnicity: i, disabilities: 1 + i % 2, disabilityCode: i * 2,
          episodes: [EpisodeShape(source: i, factors: 1)]))
    }
    return shapes
  }()
}
