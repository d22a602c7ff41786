/// One census element exactly as read: absent, blank, a readable value, or text that could not
/// be read, with the line it stands on.
///
/// The validation rules need all four states (a rule about a missing date must tell an absent
/// element from a blank one, and must not fire again on a date another rule found unreadable);
/// the figures need only `value`.
public struct CensusValue<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The element's text without surrounding white space; nil when the element is absent.
  public var text: String?
  /// The value read from `text`; nil when absent, blank or unreadable.
  public var value: Value?
  /// 1-based line of the element; 0 when absent.
  public var line: Int32

  public init(text: String?, value: Value?, line: Int32) {
    self.text = text
    self.value = value
    self.line = line
  }

  /// An element that is not in the file.
  public static var absent: Self { Self(text: nil, value: nil, line: 0) }

  /// The four ways an element can stand in a file.
  public enum State: Sendable { case absent, blank, unreadable, present }

  public var state: State {
    guard let text else { return .absent }
    if text.isEmpty { return .blank }
    return value == nil ? .unreadable : .present
  }

  /// Absent or blank: the element gives no value and no text.
  public var isMissing: Bool { text?.isEmpty ?? true }
}

/// A census date (`xs:date`, `yyyy-mm-dd`).
public typealias CensusDate = CensusValue<Day>
/// A census code or identifier; `value` is the text with ASCII letters upper-cased for codes, as
/// written for identifiers.
public typealias CensusText = CensusValue<String>
/// A census boolean (`true/false/1/0` in any case).
public typealias CensusBool = CensusValue<YesNo>
/// A census whole number.
public typealias CensusNumber = CensusValue<Int>
