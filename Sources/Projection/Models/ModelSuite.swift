/// Runs every model over a batch of grids at the given information months.
package enum ModelSuite {
    package static func forecasts(_ grids: [YearGrid], months: [Int]) throws -> [ProjectionModel: ModelForecasts] {
        [
            .carryForward: CarryForwardModel.forecasts(grids, months: months),
            .bridge: BridgeModel.forecasts(grids, months: months),
            .seasonal: try SeasonalModel.forecasts(grids, months: months),
            .pace: try PaceModel.forecasts(grids, months: months),
            .profile: ProfileModel.forecasts(grids, months: months),
            .trend: TrendModel.forecasts(grids, months: months),
        ]
    }
}
