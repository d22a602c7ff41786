/// `text` with ASCII letters upper-cased; the text itself, uncopied, when it has no lower-case
/// letter (the reader upper-cases codes already, so this is the common case).
func upperCased(_ text: String) -> String {
  text.utf8.contains { $0 >= 97 && $0 <= 122 } ? text.uppercased() : text
}

/// Runs `body` on the UTF-8 bytes of `text`, for rules that read an identifier character by
/// character (indexing bytes is plain and much cheaper than walking `String.UTF8View`).
func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
  var text = text
  return text.withUTF8(body)
}
