/// DfE statistical neighbour model.
public enum SNVersion: Int, Sendable, CaseIterable {
  /// The April 2021 groups (local government reorganisation version; Cumbria 909 still live).
  case v2021 = 2021
  /// The May 2025 groups (Cumberland 942 and Westmorland and Furness 943 live; 909 legacy).
  case v2025 = 2025
}

/// One neighbour of an LA.
public struct Neighbour: Hashable, Sendable {
  /// 1 = closest, 10 = furthest.
  public let rank: Int
  public let la: LACode
  /// DfE's label, lower-cased: "extremely close", "very close", "close", "somewhat close" or "not close".
  public let closeness: String
}

/// An English local authority as DfE benchmarks it.
public struct LocalAuthority: Hashable, Sendable {
  public let code: LACode
  /// The latest name DfE publishes in Explore Education Statistics (else the neighbour file's).
  public let name: String
  /// E12…, or E13000001 / E13000002 for Inner / Outer London.
  public let regionCode: String
  /// As EES spells it ("Yorkshire and The Humber", "Inner London").
  public let regionName: String
  /// First EES time_period with published data (a value other than x, z, -), nil if none.
  public let firstYear: Int?
  /// Last EES time_period with published data, nil if none.
  public let lastYear: Int?
}

/// A published value as DfE printed it.
public enum PublishedValue: Hashable, Sendable {
  /// A number; `text` is exactly as published ("515.7", "573").
  case number(Double, text: String)
  /// A suppression or not-available token as published ("c", "x", "z", "u", "k", "-", ":", "..").
  case token(String)

  /// The number, nil for tokens.
  public var number: Double? {
    if case .number(let value, _) = self { return value }
    return nil
  }

  /// The value exactly as published.
  public var text: String {
    switch self {
    case .number(_, let text): return text
    case .token(let token): return token
    }
  }

  /// A number when the text is a plain decimal (`-?digits[.digits]`), otherwise a token.
  static func parse(_ text: String) -> PublishedValue {
    var copy = text
    return copy.withUTF8 { parse($0) }
  }

  /// As `parse(_:)`, from UTF-8 bytes; exact for up to 15 significant digits, else `Double(text)`.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> PublishedValue {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let p = bytes.baseAddress else { return .token(text) }
    let n = bytes.count
    let negative = p[0] == UInt8(ascii: "-")
    var i = negative ? 1 : 0
    var mantissa: Int64 = 0
    var digits = 0
    var decimals = -1  // -1 until a point is seen
    while i < n {
      let d = p[i] &- UInt8(ascii: "0")
      if d < 10 {
        if digits < 18 { mantissa = mantissa &* 10 &+ Int64(d) }
        digits &+= 1
        if decimals >= 0 { decimals &+= 1 }
      } else if p[i] == UInt8(ascii: "."), decimals < 0, digits > 0 {
        decimals = 0
      } else {
        return .token(text)
      }
      i &+= 1
    }
    guard digits > 0, decimals != 0 else { return .token(text) }
    guard digits <= 15, decimals <= 22 else { return Double(text).map { .number($0, text: text) } ?? .token(text) }
    // The integer and the power of ten are both exact doubles, so one division rounds correctly.
    var scale = 1.0
    while decimals > 0 {
      scale *= 10
      decimals &-= 1
    }
    let value = Double(mantissa) / scale
    return .number(negative ? -value : value, text: text)
  }
}

/// One indicator's published values for one year (EES time_period: 2025 = year ending 31 March 2025).
public struct PublishedYear: Sendable {
  public let indicatorID: String
  /// `dimension=value` for a breakdown (`duration=2y-plus`), empty for the indicator as a whole.
  public let breakdown: String
  public let year: Int
  /// Only LAs with a row that year (a token row, such as `z` for an LA not yet created, counts as a row).
  public let localAuthorities: [LACode: PublishedValue]
  /// By region code: E12… and E13000001 / E13000002 (Inner / Outer London overlap London E12000007).
  public let regions: [String: PublishedValue]
  public let england: PublishedValue?
}

extension ReferenceData {
  /// The neighbours of `la` in rank order; nil when the LA has no list in that version.
  ///
  /// Lists of DfE's legacy section (authorities abolished by reorganisation, such as 909 in 2025) are included.
  public static func neighbours(of la: LACode, version: SNVersion) -> [Neighbour]? {
    neighbourTable(version)[la]
  }

  /// Every LA with a neighbour list in that version (legacy section included), sorted.
  public static func laCodesWithNeighbours(version: SNVersion) -> [LACode] {
    neighbourTable(version).keys.sorted()
  }

  /// Every LA number in either neighbour list or in the published values.
  public static let localAuthorities: [LACode: LocalAuthority] = {
    var table: [LACode: LocalAuthority] = [:]
    for f in rows(localAuthoritiesTable, "|", omittingEmpty: false) {
      guard f.count == 6, let code = LACode(String(f[0])) else { continue }
      table[code] = LocalAuthority(
        code: code, name: String(f[1]), regionCode: String(f[2]), regionName: String(f[3]),
        firstYear: Int(f[4]), lastYear: Int(f[5]))
    }
    return table
  }()

  /// One indicator's published values for one year; nil when that indicator/year is not published.
  public static func published(_ indicatorID: IndicatorID, year: Int) -> PublishedYear? {
    publishedTable[indicatorID.rawValue]?[year]
  }

  /// The published values of one breakdown group for one year, nil when not published.
  ///
  /// For `cpp_at_end` by `duration`, DfE table D5's share of the children on a plan at 31 March
  /// in that band (a percent): the counts of one LA are not comparable with another's, the shares are.
  /// An empty `breakdown` is the indicator as a whole (`published(_:year:)`).
  public static func published(_ indicatorID: IndicatorID, breakdown: String, year: Int) -> PublishedYear? {
    publishedTable[breakdown.isEmpty ? indicatorID.rawValue : indicatorID.rawValue + "|" + breakdown]?[year]
  }

  /// The published number of children in a breakdown group for one year (D5's band counts), nil when not published.
  public static func publishedCount(_ indicatorID: IndicatorID, breakdown: String, year: Int) -> PublishedYear? {
    publishedTable[indicatorID.rawValue + "|" + breakdown + "|count"]?[year]
  }

  /// The breakdown groups with published values for the indicator (`duration=3m-or-less`, …), in
  /// the order DfE publishes them; [] when none.
  public static func publishedBreakdowns(_ indicatorID: IndicatorID) -> [String] {
    publishedBreakdownTable[indicatorID.rawValue] ?? []
  }

  /// Indicator ID → its breakdown groups, in section order (sections `indicator_id|breakdown`).
  static let publishedBreakdownTable: [String: [String]] = {
    var table: [String: [String]] = [:]
    for section in publishedSections {
      let parts = section.split(separator: "|", omittingEmptySubsequences: false)
      guard parts.count == 2 else { continue }
      table[String(parts[0]), default: []].append(String(parts[1]))
    }
    return table
  }()

  /// The years with published values for the indicator, ascending; [] when none.
  public static func publishedYears(_ indicatorID: IndicatorID) -> [Int] {
    publishedTable[indicatorID.rawValue].map { $0.keys.sorted() } ?? []
  }

  /// The indicators with published values, in IndicatorCatalogue order.
  public static let publishedIndicatorIDs: [IndicatorID] = IndicatorCatalogue.all.map(\.id).filter {
    publishedTable[$0.rawValue] != nil
  }

  /// "2024-25" for 2025.
  public static func yearLabel(_ year: Int) -> String {
    let end = year % 100
    return "\(year - 1)-\(end < 10 ? "0" : "")\(end)"
  }
}

// MARK: - Parsing the generated tables (see the layout notes in each Reference/ file)

extension ReferenceData {
  static func neighbourTable(_ version: SNVersion) -> [LACode: [Neighbour]] {
    switch version {
    case .v2021: neighbours2021
    case .v2025: neighbours2025
    }
  }

  static let neighbours2021 = parseNeighbours(statisticalNeighbours2021Table)
  static let neighbours2025 = parseNeighbours(statisticalNeighbours2025Table)

  /// Lines `la|section|n1:closeness|…|n10:closeness`.
  static func parseNeighbours(_ table: String) -> [LACode: [Neighbour]] {
    var result: [LACode: [Neighbour]] = [:]
    // Each LA number and closeness label is made once, not once per list it appears in.
    var codes: [String: LACode?] = [:]
    func code(_ text: String) -> LACode? {
      if let known = codes[text] { return known }
      let made = LACode(text)
      codes[text] = made
      return made
    }
    for fields in rows(table, "|") {
      guard fields.count > 2, let la = code(fields[0]) else { continue }
      var list: [Neighbour] = []
      for (i, field) in fields.dropFirst(2).enumerated() {
        guard let colon = field.utf8.firstIndex(of: UInt8(ascii: ":")), colon > field.startIndex,
          field.utf8.index(after: colon) < field.endIndex, let neighbour = code(String(field[..<colon]))
        else { continue }
        list.append(Neighbour(rank: i + 1, la: neighbour, closeness: String(field[field.utf8.index(after: colon)...])))
      }
      result[la] = list
    }
    return result
  }

  /// Section (`indicator_id`, `indicator_id|breakdown` or `indicator_id|breakdown|count`) → year → values.
  static let publishedTable: [String: [Int: PublishedYear]] = parsePublished(publishedComparatorsTable)

  /// The table's sections in file order.
  static let publishedSections: [String] = {
    // Only the `@` lines become text: the table is 6,000 lines of values.
    let bytes = Array(publishedComparatorsTable.utf8)
    let newline = UInt8(ascii: "\n")
    var sections: [String] = []
    var start = 0
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
      if bytes[start] == UInt8(ascii: "@") {
        sections.append(String(decoding: bytes[(start + 1)..<end], as: UTF8.self))
      }
      start = end + 1
    }
    return sections
  }()

  /// A `years,…` line, then `@indicator` lines each followed by `area,v1,…,vn` lines (empty = no row).
  static func parsePublished(_ table: String) -> [String: [Int: PublishedYear]] {
    var text = table
    return text.withUTF8 { parsePublished(bytes: $0) }
  }

  private static func parsePublished(bytes: UnsafeBufferPointer<UInt8>) -> [String: [Int: PublishedYear]] {
    let newline = UInt8(ascii: "\n")
    let comma = UInt8(ascii: ",")
    var years: [Int] = []
    var result: [String: [Int: PublishedYear]] = [:]
    var indicator = ""
    var las: [[LACode: PublishedValue]] = []
    var regions: [[String: PublishedValue]] = []
    var england: [PublishedValue?] = []
    var laCodes: [String: LACode] = [:]

    func string(_ from: Int, _ to: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
    func flush() {
      guard !indicator.isEmpty else { return }
      var byYear: [Int: PublishedYear] = [:]
      let parts = indicator.split(separator: "|", omittingEmptySubsequences: false)
      let id = String(parts[0])
      let breakdown = parts.count > 1 ? String(parts[1]) : ""
      for (i, year) in years.enumerated() where !las[i].isEmpty || !regions[i].isEmpty || england[i] != nil {
        byYear[year] = PublishedYear(
          indicatorID: id, breakdown: breakdown, year: year, localAuthorities: las[i], regions: regions[i],
          england: england[i])
      }
      if !byYear.isEmpty { result[indicator] = byYear }
    }

    guard let p = bytes.baseAddress else { return [:] }
    let n = bytes.count
    /// The first index from `start` holding `stop` or a newline, or `n`.
    func end(from start: Int, stop: UInt8) -> Int {
      var i = start
      while i < n && p[i] != stop && p[i] != newline { i += 1 }
      return i
    }
    var pos = 0
    while pos < n {
      if p[pos] == newline {
        pos += 1
        continue
      }
      if p[pos] == UInt8(ascii: "@") {
        let lineEnd = end(from: pos, stop: newline)
        flush()
        indicator = string(pos + 1, lineEnd)
        las = Array(repeating: Dictionary(minimumCapacity: 160), count: years.count)
        regions = Array(repeating: Dictionary(minimumCapacity: 11), count: years.count)
        england = Array(repeating: nil, count: years.count)
        pos = lineEnd + 1
        continue
      }
      let areaEnd = end(from: pos, stop: comma)
      let area = string(pos, areaEnd)
      if area == "years" {
        let lineEnd = end(from: pos, stop: newline)
        years = string(pos, lineEnd).split(separator: ",").dropFirst().compactMap { Int($0) }
        pos = lineEnd + 1
        continue
      }
      let isLA = area != "england" && !area.hasPrefix("E")
      var code: LACode? = nil
      if isLA {
        code = laCodes[area] ?? LACode(area)
        laCodes[area] = code
      }
      guard !indicator.isEmpty, areaEnd < n, p[areaEnd] == comma, !isLA || code != nil else {
        pos = end(from: pos, stop: newline) + 1
        continue
      }
      var fieldStart = areaEnd + 1
      var i = 0
      while true {
        let fieldEnd = end(from: fieldStart, stop: comma)
        if fieldEnd > fieldStart && i < years.count {
          let value = PublishedValue.parse(UnsafeBufferPointer(start: p + fieldStart, count: fieldEnd - fieldStart))
          if let code {
            las[i][code] = value
          } else if area == "england" {
            england[i] = value
          } else {
            regions[i][area] = value
          }
        }
        i += 1
        if fieldEnd >= n || p[fieldEnd] == newline {
          pos = fieldEnd + 1
          break
        }
        fieldStart = fieldEnd + 1
      }
    }
    flush()
    return result
  }
}
