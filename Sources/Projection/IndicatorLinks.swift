import TargetModel

/// Which monthly indicators bear on which series' year-end: the regressors of the indicator bridge
/// (`IndicatorBridgeModel`), by series id.
///
/// ```swift
/// let links = IndicatorLinks(["nbs_fai": ["nbs_pmi_manufacturing", "nec_electricity", "nbs_new_loans"]])
/// let projections = try ProjectionEngine().project(catalog: catalog, series: data, asOf: asOf, indicators: links)
/// ```
///
/// A workspace's links (`targettrack links fit`) come first; a bundled default covers the national
/// series (TargetTrackKit's `national-indicators.yaml`).
public struct IndicatorLinks: Sendable, Equatable {
    /// Indicator ids by series id, in the order declared.
    public var indicators: [String: [String]]

    /// The links given (series id → its indicators' ids).
    public init(_ indicators: [String: [String]] = [:]) {
        self.indicators = indicators
    }

    /// No links: the indicator bridge projects nothing.
    public static let none = IndicatorLinks()

    /// These links, with `defaults`' for the series these have none for.
    public func merging(defaults: IndicatorLinks) -> IndicatorLinks {
        IndicatorLinks(indicators.merging(defaults.indicators) { own, _ in own })
    }

    /// The indicators of a series (empty when it has none).
    public func indicators(of series: String) -> [String] { indicators[series] ?? [] }
}

extension YearGrid {
    /// The grid with the year-to-date readings of the given indicators attached, each read as a
    /// growth rate on it would be (`YearEndMeasure.growth(in:)`: published or computed YTD growth,
    /// an average index as growth, else the mean of single-month growth so far, else the month's
    /// level such as a PMI) and laid out on the grid's years.
    ///
    /// Edge Cases: an id missing from `series`, or a series with nothing to read, is skipped, so
    /// a grid whose indicators are all missing has none and the bridge projects nothing for it;
    /// only an indicator's own year-to-date figures of the same year and month are read (nothing
    /// after the month projected from).
    package func attachingIndicators(_ ids: [String], from series: [String: SeriesData]) -> YearGrid {
        guard !ids.isEmpty else { return self }
        return with(indicators: ids.compactMap { id -> [Double]? in
            guard let data = series[id], let measure = YearEndMeasure.growth(in: data), measure != .annual,
                  let ytd = YearToDatePath(series: data, measure: measure) else { return nil }
            var reading = [Double](repeating: .nan, count: path.count)
            let shift = (firstYear - ytd.firstYear) * 12
            for i in reading.indices where i + shift >= 0 && i + shift < ytd.path.count {
                reading[i] = ytd.path[i + shift] - measure.indexOffset
            }
            return reading.contains { !$0.isNaN } ? reading : nil
        })
    }
}

extension RollingOrigin.Choice {
    /// The models combined with their weights, heaviest first (how often the backtest's chooser
    /// picks each model).
    package var models: [WeightedModel] { weights }
}
