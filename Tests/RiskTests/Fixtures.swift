import Projection
import TargetModel

/// A target with the fields risk assessment reads; everything else at its default.
func target(
    _ id: String, kind: TargetKind = .growthRate, comparator: Comparator = .atLeast,
    direction: Direction = .increase, value: Double? = 11, valueMax: Double? = nil,
    tolerance: Double? = nil, lead: [String] = [], co: [String] = [], responsibility: String = "",
    series: String? = nil
) -> Target {
    Target(id: id, year: 2013, section: "一", indicator: "指标\(id)", kind: kind, comparator: comparator,
           direction: direction, value: value, valueMax: valueMax, unit: kind == .level ? "所" : "%",
           lead: lead, co: co, responsibility: responsibility, series: series, tolerance: tolerance)
}

/// A projection with the given outcome distribution, standing on `historyYears` past years.
func projection(_ target: Target, _ distribution: PredictiveDistribution?,
                interval: IntervalSource = .analytic, historyYears: Int = 10) -> TargetProjection {
    var projection = TargetProjection(target: target, distribution: distribution, interval: interval)
    projection.historyYears = historyYears
    return projection
}

/// A series with values of one measure by period text (`2013-09`).
func series(_ id: String, _ measure: Measure, _ values: [String: Double]) -> SeriesData {
    var data = SeriesData(id: id)
    for (period, value) in values { data.set(measure, Period(period)!, value) }
    return data
}
