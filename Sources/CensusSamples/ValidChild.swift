import SafeguardCore

/// The shape of one generated child: which modules its episodes hold and how far apart its dates
/// fall. Every shape gives a child that passes every DfE rule of the year it is made for.
public struct ChildShape: Sendable, Hashable {
  /// Age on the reference date, 0 to 17.
  public var age: Int
  /// 0 male, 1 female, 2 not known.
  public var sex: Int
  /// Index into the ethnicity codes.
  public var ethnicity: Int
  /// 0: no disability; 1 or 2: that many disability codes, starting at `disabilityCode`.
  public var disabilities: Int
  public var disabilityCode: Int
  /// One or two episodes, in date order.
  public var episodes: [EpisodeShape]

  public init(
    age: Int = 8, sex: Int = 0, ethnicity: Int = 0, disabilities: Int = 0, disabilityCode: Int = 0,
    episodes: [EpisodeShape] = [EpisodeShape()]
  ) {
    self.age = age
    self.sex = sex
    self.ethnicity = ethnicity
    self.disabilities = disabilities
    self.disabilityCode = disabilityCode
    self.episodes = episodes
  }
}

/// The shape of one CIN episode.
public struct EpisodeShape: Sendable, Hashable {
  /// No further action at referral: no assessment and nothing after; closed the day it opened.
  public var nfa: Bool
  /// Working days from 1 April of the census year (or from the previous episode's closure) to the referral.
  public var gap: Int
  /// Index into the referral source codes.
  public var source: Int
  /// Working days from referral to the assessment starting, and from start to authorisation.
  public var assessmentDelay: Int
  public var assessmentLength: Int
  /// 0: factor 21 (no factors identified); 1 to 3: that many factors, starting at `factorCode`.
  public var factors: Int
  public var factorCode: Int
  /// A Section 47 enquiry after the assessment started; with `conference`, an initial conference
  /// that starts a child protection plan.
  public var section47: Bool
  public var conference: Bool
  /// A CIN plan after the assessment (instead of a child protection plan).
  public var cinPlan: Bool
  /// The episode (and its plan) closed before the reference date.
  public var closed: Bool

  public init(
    nfa: Bool = false, gap: Int = 5, source: Int = 0, assessmentDelay: Int = 2, assessmentLength: Int = 20,
    factors: Int = 1, factorCode: Int = 0, section47: Bool = false, conference: Bool = false, cinPlan: Bool = false,
    closed: Bool = true
  ) {
    self.nfa = nfa
    self.gap = gap
    self.source = source
    self.assessmentDelay = assessmentDelay
    self.assessmentLength = assessmentLength
    self.factors = factors
    self.factorCode = factorCode
    self.section47 = section47
    self.conference = conference
    self.cinPlan = cinPlan
    self.closed = closed
  }
}
