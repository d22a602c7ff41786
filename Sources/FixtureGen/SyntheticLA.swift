import SafeguardCore

/// A simulated local authority front door: children, their contacts and their referrals.
///
/// Days run from `start` to `end` inclusive, every day of the week (an out-of-hours team
/// takes contacts at weekends, at a lower rate). Each referral has a contact for the same
/// child on the same day or up to five days before, unless that day is before `start`. Re-referrals are drawn so that
/// no child has a previous referral within three days of the 12-month look-back boundary:
/// whether "12 months before" includes its first day never changes a figure.
struct SyntheticLA {
  struct Child {
    let id: String
    let gender: String
    let ethnicity: String
    let dob: Day
    /// The first day the child is 18; no event may fall on or after it.
    let ageOutDay: Day
    var referralDays: [Day] = []
  }

  struct Contact {
    let child: Int
    let day: Day
    let source: Int
    /// Generation order, to keep a stable order among contacts on the same day.
    let seq: Int
  }

  struct Referral {
    let child: Int
    let day: Day
    let source: Int
    let nfa: Bool
    /// That child's referrals in the 12 months before `day` (Annex A `Number of Referrals in Last 12 Months`).
    let priorIn12Months: Int
    let team: String
    let worker: String
  }

  struct Plan {
    var start: Day
    var end: Day
    var referralsPerYear: Int
    var contactsPerYear: Int
    /// Child numbers start here (`C0001000`), rising by small random steps.
    var firstChildNumber: Int
    /// Re-referral draw (percent of referrals that try to pick a recently referred child).
    var rereferralPercent = 25
    var nfaPercent = 30
  }

  private(set) var children: [Child] = []
  private(set) var contacts: [Contact] = []
  private(set) var referrals: [Referral] = []

  /// Child numbers kept out of the clean data for the planted bad rows.
  static let reservedChildNumbers = 9_990...9_999

  init(plan: Plan, rng: inout SeededGenerator) {
    var sim = Simulation(plan: plan)
    sim.run(&rng)
    children = sim.children
    contacts = sim.contacts.sorted { ($0.day, $0.seq) < ($1.day, $1.seq) }
    referrals = sim.referrals
  }
}

/// The mutable state of one run of the simulation.
private struct Simulation {
  let plan: SyntheticLA.Plan
  var children: [SyntheticLA.Child] = []
  var contacts: [SyntheticLA.Contact] = []
  var referrals: [SyntheticLA.Referral] = []
  var contactKeys = Set<Int64>()
  var nextChildNumber: Int
  /// Index of the first referral whose day is within the re-referral window.
  var windowLow = 0

  init(plan: SyntheticLA.Plan) {
    self.plan = plan
    nextChildNumber = plan.firstChildNumber
  }

  /// Expected events on `day` in millionths, for a yearly volume: weekdays weigh 10, weekend days 4.
  func expectedMicro(_ perYear: Int, on day: Day) -> Int {
    let weight = day.isWeekend ? 4 : 10
    // A year holds 365.25 days = 365.25/7 weeks of weight 58.
    return perYear * weight * 7 * 100_000_000 / (58 * 36_525)
  }

  mutating func run(_ rng: inout SeededGenerator) {
    var day = plan.start
    while day <= plan.end {
      let trials = 60
      var nReferrals = rng.binomial(trials: trials, perMillion: expectedMicro(plan.referralsPerYear, on: day) / trials)
      var nContacts = rng.binomial(
        trials: trials,
        perMillion: expectedMicro(plan.contactsPerYear - plan.referralsPerYear, on: day) / trials)
      if day == plan.start || day == plan.end {
        nReferrals = max(nReferrals, 1)
        nContacts = max(nContacts, 1)
      }
      for _ in 0..<nReferrals { addReferral(on: day, &rng) }
      for _ in 0..<nContacts { addContactOnly(on: day, &rng) }
      day = day.adding(days: 1)
    }
  }

  // MARK: Children

  mutating func newChild(firstEvent day: Day, _ rng: inout SeededGenerator) -> Int {
    repeat { nextChildNumber += rng.int(in: 1...9) } while SyntheticLA.reservedChildNumbers.contains(nextChildNumber)
    let age = rng.weighted(AnnexAVocabulary.firstAges)
    var dob: Day
    repeat {
      // Born within the year that makes the child `age` on `day`; never on 29 February.
      dob = day.adding(months: -12 * age).adding(days: -rng.below(365))
    } while dob.components.month == 2 && dob.components.day == 29
    if dob.adding(months: 12 * (age + 1)) <= day { dob = dob.adding(days: 1) }
    let child = SyntheticLA.Child(
      id: "C" + String(nextChildNumber).leftPadded(to: 7),
      gender: rng.weighted(AnnexAVocabulary.genders),
      ethnicity: rng.weighted(AnnexAVocabulary.ethnicities),
      dob: dob,
      ageOutDay: dob.adding(months: 216))
    children.append(child)
    return children.count - 1
  }

  func inAgeRange(_ c: Int, from first: Day, to last: Day) -> Bool {
    children[c].dob <= first && last < children[c].ageOutDay
  }

  // MARK: Referrals

  /// A recently referred child who can be re-referred on `day`, or nil.
  mutating func rereferralCandidate(on day: Day, _ rng: inout SeededGenerator) -> Int? {
    let oldest = day.adding(days: -355)
    let newest = day.adding(days: -7)
    while windowLow < referrals.count && referrals[windowLow].day < oldest { windowLow += 1 }
    var high = referrals.count
    while high > windowLow && referrals[high - 1].day > newest { high -= 1 }
    guard high > windowLow else { return nil }
    let boundary = day.adding(months: -12)
    for _ in 0..<20 {
      let c = referrals[windowLow + rng.below(high - windowLow)].child
      let days = children[c].referralDays
      guard let last = days.last, last <= newest, inAgeRange(c, from: day.adding(days: -5), to: day) else { continue }
      if days.contains(where: { abs($0.days(to: boundary)) <= 3 }) { continue }
      return c
    }
    return nil
  }

  /// An existing child with no referral in the 12 months (plus three days) before `day`, or nil.
  func freshCandidate(on day: Day, _ rng: inout SeededGenerator) -> Int? {
    guard !children.isEmpty else { return nil }
    let boundary = day.adding(months: -12).adding(days: -3)
    for _ in 0..<10 {
      let c = rng.below(children.count)
      guard inAgeRange(c, from: day.adding(days: -5), to: day) else { continue }
      if let last = children[c].referralDays.last, last >= boundary { continue }
      return c
    }
    return nil
  }

  mutating func addReferral(on day: Day, _ rng: inout SeededGenerator) {
    var child: Int?
    if rng.percent(plan.rereferralPercent) {
      child = rereferralCandidate(on: day, &rng)
    } else if rng.percent(30) {
      child = freshCandidate(on: day, &rng)
    }
    // The contact comes first: same day mostly, sometimes one to five days before.
    let lag = rng.weighted([(0, 60), (1, 20), (2, 8), (3, 6), (4, 3), (5, 3)])
    // A contact that would fall before the first day is outside the extract: none is written.
    let lagged = day.adding(days: -lag)
    let contactDay: Day? = lagged >= plan.start ? lagged : nil
    let firstEvent = contactDay ?? day
    let c: Int
    if let found = child, children[found].dob <= firstEvent {
      c = found
    } else {
      c = newChild(firstEvent: firstEvent, &rng)
    }
    let source = rng.weighted(AnnexAVocabulary.sourceWeights)
    let contactSource = rng.percent(90) ? source : rng.weighted(AnnexAVocabulary.sourceWeights)
    if let contactDay { addContact(child: c, on: contactDay, source: contactSource) }

    let boundary = day.adding(months: -12)
    let prior = children[c].referralDays.filter { $0 >= boundary && $0 < day }.count
    let teamName = rng.weighted(AnnexAVocabulary.teams)
    let teamIndex = AnnexAVocabulary.teams.firstIndex { $0.0 == teamName }!
    let worker = AnnexAVocabulary.worker(teamIndex * 10 + 1 + rng.below(10))
    referrals.append(
      SyntheticLA.Referral(
        child: c, day: day, source: source, nfa: rng.percent(plan.nfaPercent), priorIn12Months: prior,
        team: teamName, worker: worker))
    children[c].referralDays.append(day)
  }

  // MARK: Contacts

  mutating func addContact(child c: Int, on day: Day, source: Int) {
    let key = Int64(c) << 32 | Int64(day.serial)
    guard contactKeys.insert(key).inserted else { return }
    contacts.append(SyntheticLA.Contact(child: c, day: day, source: source, seq: contacts.count))
  }

  mutating func addContactOnly(on day: Day, _ rng: inout SeededGenerator) {
    var c: Int?
    // Half of these contacts are about a child already seen; while few children have been
    // seen (the first months) that share ramps up, so early children are not contacted weekly.
    if rng.below(16_000) < min(children.count, 8_000) {
      for _ in 0..<10 {
        let k = rng.below(children.count)
        if inAgeRange(k, from: day, to: day), !contactKeys.contains(Int64(k) << 32 | Int64(day.serial)) {
          c = k
          break
        }
      }
    }
    let child = c ?? newChild(firstEvent: day, &rng)
    addContact(child: child, on: day, source: rng.weighted(AnnexAVocabulary.sourceWeights))
  }
}
