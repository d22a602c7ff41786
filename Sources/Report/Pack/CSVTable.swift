import SafeguardCore

/// One of the run's own CSV dashboards read back, so the pack page shows exactly the text the CSV holds.
///
/// The page is built from the files the run has just rendered (or, for `safeguard pack`, from a
/// finished run's folder), never from the values behind them: every number on the page is the
/// CSV's own text, suppression included. Columns are looked up by header name, so a column added
/// at the end (`trend.csv`'s `source`) moves nothing. Reads RFC 4180 as `CSVWriter` writes it:
/// a UTF-8 byte order mark is dropped, rows end in CRLF or LF, quoted fields may hold commas,
/// doubled quotes and line ends.
public struct CSVTable: Sendable {
  /// The file's name (`trend.csv`), for messages and for the page's `data-csv` attributes.
  public let name: String
  public let header: [String]
  /// The data rows, header excluded; a short row reads as blank in its missing columns.
  public let rows: [[String]]
  private let columns: [String: Int]

  /// Parses `bytes`.
  ///
  /// - Throws: `RunFailure(.dataError, …)` naming the file and line of a quote left open or a
  ///   character after a closing quote: the file was edited by hand or cut short.
  public init(name: String, bytes: [UInt8]) throws {
    self.name = name
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    var records: [[String]] = []
    var record: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var afterQuote = false
    var line = 1
    var i = body.startIndex
    func endField() {
      record.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      afterQuote = false
    }
    while i < body.endIndex {
      let b = body[i]
      if quoted {
        if b == 0x22 {
          if body.index(after: i) < body.endIndex && body[body.index(after: i)] == 0x22 {
            field.append(0x22)
            i = body.index(after: i)
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          if b == 0x0A { line += 1 }
          field.append(b)
        }
      } else if b == 0x2C {
        endField()
      } else if b == 0x0D || b == 0x0A {
        if b == 0x0D, body.index(after: i) < body.endIndex, body[body.index(after: i)] == 0x0A {
          i = body.index(after: i)
        }
        endField()
        records.append(record)
        record = []
        line += 1
      } else if b == 0x22 && field.isEmpty && !afterQuote {
        quoted = true
      } else if afterQuote {
        throw RunFailure(
          .dataError, "\(name):\(line): a character follows a closing quote; the file is not the run's own CSV")
      } else {
        field.append(b)
      }
      i = body.index(after: i)
    }
    if quoted {
      throw RunFailure(.dataError, "\(name):\(line): a quoted field is never closed; the file is cut short")
    }
    if !field.isEmpty || !record.isEmpty {
      endField()
      records.append(record)
    }
    header = records.first ?? []
    rows = Array(records.dropFirst())
    var columns: [String: Int] = [:]
    for (k, h) in header.enumerated() where columns[h] == nil { columns[h] = k }
    self.columns = columns
  }

  /// The position of the column named `name`, nil when the file has none.
  public func column(_ name: String) -> Int? { columns[name] }

  /// The text of `row`'s cell in the column named `name`; empty when the column or cell is absent.
  public func cell(_ row: Int, _ name: String) -> String {
    guard let k = columns[name], rows[row].indices.contains(k) else { return "" }
    return rows[row][k]
  }

  /// The indices of the rows whose `name` column holds `value`.
  func rows(where name: String, is value: String) -> [Int] {
    rows.indices.filter { cell($0, name) == value }
  }
}
