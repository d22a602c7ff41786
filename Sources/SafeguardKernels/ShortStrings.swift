/// Makes `String`s of short byte runs, giving out again the one made last time for the same bytes.
///
/// A census file writes the same few hundred short texts (dates, codes, `true`) hundreds of
/// thousands of times, and checking and copying the bytes into a new `String` costs more than the
/// rest of reading the value. Runs of 1 to 15 bytes, which Swift keeps inside the `String` itself
/// (no allocation, no reference count), are looked up in a direct-mapped table of the last string
/// made in each slot; a miss makes the string as `String(decoding:as: UTF8.self)` does (invalid
/// UTF-8 repaired the same way) and keeps it. Longer and empty runs are made every time. The
/// result is always the string `String(decoding: bytes, as: UTF8.self)` gives.
///
/// One thread at a time: each reader keeps its own.
public final class ShortStrings {
  private struct Slot {
    /// The run's first and last bytes and its length (in the top byte of `high`), which together
    /// give every byte of a run of 1 to 15; all zero when the slot is empty (no run has length 0).
    var low: UInt64 = 0
    var high: UInt64 = 0
    var string = ""
  }

  private static let slotBits = 12
  private let slots: UnsafeMutablePointer<Slot>

  public init() {
    slots = .allocate(capacity: 1 << ShortStrings.slotBits)
    slots.initialize(repeating: Slot(), count: 1 << ShortStrings.slotBits)
  }

  deinit {
    slots.deinitialize(count: 1 << ShortStrings.slotBits)
    slots.deallocate()
  }

  /// `String(decoding: bytes, as: UTF8.self)`, from the table when these bytes were seen last in
  /// their slot.
  @inline(__always)
  public func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let n = bytes.count
    guard n > 0 && n <= 15, let p = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
    // The first and the last 8 (or 4) bytes, which may overlap, and the length name the run.
    let raw = UnsafeRawPointer(p)
    var low: UInt64
    var high = UInt64(n) << 56
    if n >= 8 {
      low = raw.loadUnaligned(as: UInt64.self)
      high |= raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) >> 8
    } else if n >= 4 {
      low =
        UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
        << 32
    } else {
      low = UInt64(p[0]) | UInt64(p[n >> 1]) << 8 | UInt64(p[n - 1]) << 16
    }
    let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93
    let slot = slots + Int(truncatingIfNeeded: mixed >> UInt64(64 - ShortStrings.slotBits))
    if slot.pointee.low == low && slot.pointee.high == high { return slot.pointee.string }
    let made = String(decoding: bytes, as: UTF8.self)
    slot.pointee = Slot(low: low, high: high, string: made)
    return made
  }
}
