import Aggregate
import SafeguardCore
import Testing

/// Each family's computation names exactly its catalogue ids, so the `switch` over ids in each
/// family never reaches its `preconditionFailure`, and no catalogue indicator goes uncomputed.
@Suite struct IndicatorFamilyTests {
  static let families: [(IndicatorFamily, [IndicatorID])] = [
    (.frontDoor, FrontDoorIndicators.ids + ReferralOutcomeIndicators.ids + ReferralsNotInNeed.ids),
    (.assessments, AssessmentIndicators.ids),
    (.s47Conferences, Section47Indicators.ids + [.icpcPerS47]),
    (.childProtectionPlans, ChildProtectionIndicators.ids + [.cppPerIcpc] + ProtectionVisitIndicators.ids),
    (.cinCla, ChildrenInNeedIndicators.ids),
    (.missing, MissingIndicators.ids),
    (.lado, LADOIndicators.ids),
  ]

  @Test func everyFamilyComputesExactlyItsCatalogueIndicators() {
    for (family, ids) in Self.families {
      let catalogue = IndicatorCatalogue.all.filter { $0.family == family }.map(\.id)
      #expect(Set(ids) == Set(catalogue), "\(family)")
      #expect(ids.count == Set(ids).count, "\(family) lists an id twice")
    }
    #expect(Self.families.flatMap(\.1).count == IndicatorID.allCases.count)
  }

  @Test func everyIDHasOneDefinitionAndTheOutputsSpellIt() {
    #expect(IndicatorCatalogue.all.map(\.id) == IndicatorID.allCases)
    #expect(IndicatorCatalogue.definition(.rereferrals12m).id.rawValue == "rereferrals_12m")
    #expect("\(IndicatorID.cppEnded2yPlus)" == "cpp_ended_2y_plus")
    #expect(IndicatorCatalogue.named("assessments_45wd")?.id == .assessments45wd)
    #expect(IndicatorCatalogue.named("assessments45wd") == nil)
    #expect(IndicatorID.contacts < IndicatorID.ladoConcluded12m)
  }
}
