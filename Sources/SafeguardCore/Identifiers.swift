/// A child's identifier in the LA's case management system (Annex A `Child Unique ID`, CIN `LAchildID`).
public struct ChildID: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let value: String
  public init(_ value: String) { self.value = value }
  public var description: String { value }
  public static func < (a: ChildID, b: ChildID) -> Bool { a.value < b.value }
}

/// A 3-digit DfE local authority number (`303` Bexley, `888` Lancashire); never an integer.
public struct LACode: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let value: String
  /// Accepts exactly three digits.
  public init?(_ text: String) {
    let t = text.trimmingSpaces()
    guard t.count == 3, t.allSatisfy(\.isASCIIDigit) else { return nil }
    value = t
  }
  public var description: String { value }
  public static func < (a: LACode, b: LACode) -> Bool { a.value < b.value }
}
