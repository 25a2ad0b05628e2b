import Testing
@testable import Projection

/// `ProjectionSource.label` is the `model` column of `project`: the text published before the
/// source was typed, kept as it was.
@Suite struct ProjectionSourceTests {
    let bridge = WeightedModel(BridgeModel.id, weight: 0.6)
    let seasonal = WeightedModel(SeasonalModel.id, weight: 0.4)

    @Test func labelsKeepThePublishedText() {
        #expect(ProjectionSource.models([WeightedModel(CarryForwardModel.id, weight: 1)]).label == "carry_forward")
        #expect(ProjectionSource.models([bridge, seasonal]).label == "bridge+seasonal")
        #expect(ProjectionSource.fallback(ProfileModel.id).label == "profile")
        #expect(ProjectionSource.noData.label == "no_data")
        #expect(ProjectionSource.milestone.label == "milestone")
        #expect(ProjectionSource.actual.label == "actual")
        #expect(ProjectionSource.assumed.label == "scenario")
        #expect(ProjectionSource.scenario(.models([bridge, seasonal])).label == "bridge+seasonal+scenario")
        #expect(ProjectionSource.linked(.fallback(CarryForwardModel.id)).label == "carry_forward+link")
        #expect(ProjectionSource.linked(.scenario(.models([bridge]))).label == "bridge+scenario+link")
    }

    @Test func sourcesCompareByWhatTheyAreNotByTheirText() {
        // The same label, different sources: a backtested choice is not a fallback rule.
        let chosen = ProjectionSource.models([WeightedModel(CarryForwardModel.id, weight: 1)])
        #expect(chosen.label == ProjectionSource.fallback(CarryForwardModel.id).label)
        #expect(chosen != .fallback(CarryForwardModel.id))
        #expect(ProjectionSource.scenario(.actual) != .linked(.actual))
    }
}
