import SafeguardCore

/// Builds extract sets by hand for indicator tests.
struct SetBuilder {
  var set = ExtractSet()

  static func day(_ s: String) -> Day { Day(iso: s)! }

  /// Adds a referrals file covering `from`...`to` with these referrals (child, ISO date, NFA).
  mutating func referrals(_ rows: [(String, String, YesNo)], from: String, to: String, file: String = "refs.csv") {
    let index = UInt16(set.files.count)
    for (child, date, nfa) in rows {
      set.referrals.append(
        ReferralRecord(child: set.children.intern(child), date: Self.day(date), nfa: nfa, file: index))
    }
    var summary = ExtractFileSummary(file: file, kind: .annexAReferrals, encoding: "UTF-8")
    summary.rows = rows.count
    summary.rowsUsed = rows.count
    summary.firstDate = Self.day(from)
    summary.lastDate = Self.day(to)
    set.files.append(summary)
  }

  mutating func contacts(_ rows: [(String, String)], from: String, to: String, file: String = "contacts.csv") {
    let index = UInt16(set.files.count)
    for (child, date) in rows {
      set.contacts.append(ContactRecord(child: set.children.intern(child), date: Self.day(date), file: index))
    }
    var summary = ExtractFileSummary(file: file, kind: .annexAContacts, encoding: "UTF-8")
    summary.rows = rows.count
    summary.rowsUsed = rows.count
    summary.firstDate = Self.day(from)
    summary.lastDate = Self.day(to)
    set.files.append(summary)
  }
}

extension Array where Element == IndicatorValue {
  func value(_ id: IndicatorID, _ period: String) -> IndicatorValue? {
    first { $0.indicator.id == id && $0.column.label == period }
  }
}
