import SafeguardCore

extension SeededFaults {
  /// Faults for the assessments rules.
  static let assessments: [SeededFault] = [
    // 1103: the assessment starts the day before its episode's referral.
    SeededFault("1103", base: 1) { child, sample in
      child.episodes[0].assessments[0].start = CensusSample.shifted(child.episodes[0].referralDate, by: -1)
    },
    // 8608: the assessment is authorised the day before it started.
    SeededFault("8608", base: 1) { child, sample in
      child.episodes[0].assessments[0].authorised = CensusSample.shifted(child.episodes[0].assessments[0].start, by: -1)
    },
    // 8614: an open episode's assessment, started recently (clear of 8670Q), loses its
    // authorisation date but keeps its factor.
    SeededFault("8614", base: 7) { child, sample in
      child.episodes[0].assessments[0].start = CensusSample.date(sample.referenceDate.adding(days: -5))
      child.episodes[0].assessments[0].authorised = .absent
    },
    // 8617: a factor returned as 8A, which is no census code either (8897).
    SeededFault("8617", also: ["8897"], base: 7) { child, sample in
      child.episodes[0].assessments[0].factors = [CensusSample.text("8A")]
    },
    // 8670Q: an open episode's assessment, started in April, has no authorisation date (nor factors).
    SeededFault("8670Q", base: 7) { child, sample in
      child.episodes[0].assessments[0].authorised = .absent
      child.episodes[0].assessments[0].factors = []
    },
    // 8696: an open episode's assessment is authorised the day after the reference date.
    SeededFault("8696", base: 7) { child, sample in
      child.episodes[0].assessments[0].authorised = CensusSample.date(sample.referenceDate.adding(days: 1))
    },
    // 8736: an open assessment (no authorisation, no factors) starts the day after the reference date.
    SeededFault("8736", base: 7) { child, sample in
      child.episodes[0].assessments[0].start = CensusSample.date(sample.referenceDate.adding(days: 1))
      child.episodes[0].assessments[0].authorised = .absent
      child.episodes[0].assessments[0].factors = []
    },
    // 8863Q: the episode holds a second assessment with the same dates as the first.
    SeededFault("8863Q", base: 1) { child, sample in
      child.episodes[0].assessments.append(child.episodes[0].assessments[0])
    },
    // 8869: factor 21 (no factors) stands with another factor.
    SeededFault("8869", base: 1) { child, sample in
      child.episodes[0].assessments[0].factors.append(CensusSample.text("1A"))
    },
    // 8873: the single assessment found no factors (21) but the episode closed RC9, not RC8.
    SeededFault("8873", base: 1) { child, sample in
      child.episodes[0].reasonForClosure = CensusSample.text("RC9")
    },
    // 8896: an open episode holds two open assessments (no authorisation, no factors), started
    // recently (clear of 8670Q); the later one necessarily starts while the other is open (8863Q).
    SeededFault("8896", also: ["8863Q"], base: 7) { child, sample in
      var a = child.episodes[0].assessments[0]
      a.start = CensusSample.date(sample.referenceDate.adding(days: -10))
      a.authorised = .absent
      a.factors = []
      child.episodes[0].assessments = [a, a]
    },
    // 8897: an authorised assessment records no factors.
    SeededFault("8897", base: 1) { child, sample in
      child.episodes[0].assessments[0].factors = []
    },
    // 8898: the assessment lists the same factor twice.
    SeededFault("8898", base: 7) { child, sample in
      child.episodes[0].assessments[0].factors.append(child.episodes[0].assessments[0].factors[0])
    },
    // 8899Q: a disabled child's assessment has 1A in place of the disability factor 5A.
    SeededFault("8899Q", base: 8) { child, sample in
      child.episodes[0].assessments[0].factors = [CensusSample.text("1A")]
    },
    // 8945Q: the factor is the retired 18A.
    SeededFault("8945Q", base: 7) { child, sample in
      child.episodes[0].assessments[0].factors = [CensusSample.text("18A")]
    },
    // 8950Q: the factor is the retired 19A.
    SeededFault("8950Q", base: 7) { child, sample in
      child.episodes[0].assessments[0].factors = [CensusSample.text("19A")]
    },
  ]
}
