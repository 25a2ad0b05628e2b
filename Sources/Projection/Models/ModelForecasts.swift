/// One model's projections of every grid's outcome, made at every (year, month) origin.
///
/// `center[g][i]` is the projection of grid g's outcome for the year of slot i made with the data
/// up to that slot's month (slot i = year · 12 + month − 1); `analyticSD` is the model's own
/// prediction standard error where it has one. NaN marks "not available at this origin".
package struct ModelForecasts: Sendable {
    package var center: [[Double]]
    var analyticSD: [[Double]]

    init(grids: [YearGrid]) {
        center = grids.map { [Double](repeating: .nan, count: $0.path.count) }
        analyticSD = center
    }
}
