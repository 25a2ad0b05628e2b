/// The registry of year-end models, and the run of all of them over a batch of grids.
package enum ModelSuite {
    /// Every model, once. The order breaks ties between equally weighted models in a combination
    /// and orders the backtest's columns.
    package static let models: [any YearEndModel.Type] = [
        CarryForwardModel.self,
        BridgeModel.self,
        IndicatorBridgeModel.self,
        SeasonalModel.self,
        PaceModel.self,
        ProfileModel.self,
        TrendModel.self,
    ]

    /// The benchmark every model's error is measured against, and the model used before any has
    /// a record.
    package static let benchmark: ModelID = CarryForwardModel.id

    /// Runs every model over the grids it serves at the given information months.
    ///
    /// Postconditions: one table per model in `models` order, each with a row per grid (all NaN for
    /// grids the model does not serve); a model other than the benchmark that serves no grid of the
    /// batch is left out (so the indicator bridge costs nothing where no series has indicators).
    package static func forecasts(_ grids: [YearGrid], months: [Int]) throws -> SuiteForecasts {
        let hasLevels = grids.map(\.hasLevels)
        var ids: [ModelID] = [], tables: [ModelForecasts] = []
        for model in models {
            let served = grids.indices.filter { model.serves(grids[$0], hasLevels: hasLevels[$0]) }
            guard !served.isEmpty || model.id == benchmark else { continue }
            ids.append(model.id)
            tables.append(ModelForecasts(grids: grids, served: served,
                                         forecasts: try model.forecasts(served.map { grids[$0] }, months: months)))
        }
        return SuiteForecasts(models: ids, tables: tables)
    }
}

/// Every registered model's forecasts of one batch, in `ModelSuite.models` order.
package struct SuiteForecasts: Sendable {
    /// The models' ids.
    package let models: [ModelID]
    /// `tables[k]`: the forecasts of `models[k]`.
    package let tables: [ModelForecasts]
    /// The position of `ModelSuite.benchmark` in `models`.
    package let benchmark: Int

    init(models: [ModelID], tables: [ModelForecasts]) {
        guard let benchmark = models.firstIndex(of: ModelSuite.benchmark) else {
            preconditionFailure("ModelSuite.models must hold the benchmark \(ModelSuite.benchmark)")
        }
        self.models = models
        self.tables = tables
        self.benchmark = benchmark
    }
}
