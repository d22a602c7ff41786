import SafeguardCore
import SafeguardKernels

/// A run's referrals in counting order (child, then day, then file, then NFA answer), sorted once:
/// the front-door tally (`FrontDoorTransform`) and the episodes built from Annex A lists
/// (`AnnexAEpisodes`) both walk it.
///
/// National extracts hold millions of referrals, so they are sorted as packed 64-bit keys (radix
/// sort, on two threads) rather than as records; `record(at:)` unpacks one.
public struct ReferralOrder: Sendable {
  let keys: [UInt64]
  let packing: ReferralKeys?

  /// - Parameter details: the referrals' details, in record order, for their breakdown groups;
  ///   empty (the default) when there are none.
  public init(_ referrals: [ReferralRecord], details: FrontDoorDetails = FrontDoorDetails()) {
    guard var lo = referrals.first?.date else {
      keys = []
      packing = nil
      return
    }
    var hi = lo
    var lastChild: Int32 = 0
    var lastFile: UInt16 = 0
    for r in referrals {
      if r.date < lo { lo = r.date }
      if r.date > hi { hi = r.date }
      lastChild = max(lastChild, r.child)
      lastFile = max(lastFile, r.file)
    }
    let withGroups = details.count == referrals.count && !details.carries.isEmpty
    let packing = ReferralKeys(first: lo, last: hi, lastChild: lastChild, lastFile: lastFile, groups: withGroups)
    var keys = ReferralKeys.packAll(
      referrals, packing, groups: withGroups ? FrontDoorGrouper(details, dates: lo...hi) : nil)
    RadixSort.sort(&keys)
    self.keys = keys
    self.packing = packing
  }

  public var count: Int { keys.count }

  /// The `i`th referral in counting order.
  public func record(at i: Int) -> ReferralRecord { packing!.unpack(keys[i]) }

  /// The breakdown groups of the `i`th referral (all unknown when read without details).
  public func groups(at i: Int) -> FrontDoorGroups { packing!.groups(keys[i]) }

  /// The `i`th referral's groups as `FrontDoorGroups.packed`, 0 when read without details.
  func packedGroups(at i: Int) -> Int { packing!.hasGroups ? Int(keys[i] & (1 << FrontDoorGroups.bits - 1)) : 0 }

  /// Whether the referrals carry breakdown groups.
  public var hasGroups: Bool { packing?.hasGroups ?? false }

  /// A position at or after `index` where a new child starts (or the end): cutting there leaves
  /// each child's referrals in one part.
  func childBoundary(near index: Int) -> Int {
    guard let packing else { return 0 }
    return ReferralKeys.childBoundary(near: index, in: keys, packing)
  }
}
