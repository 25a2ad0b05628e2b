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

    /// The forecasts of all `grids` from those of the grids at positions `served` (ascending):
    /// `forecasts` row k is grid `served[k]`'s; the other grids' rows are NaN.
    init(grids: [YearGrid], served: [Int], forecasts: ModelForecasts) {
        center = []
        analyticSD = []
        center.reserveCapacity(grids.count)
        analyticSD.reserveCapacity(grids.count)
        var k = 0
        for (g, grid) in grids.enumerated() {
            if k < served.count && served[k] == g {
                center.append(forecasts.center[k])
                analyticSD.append(forecasts.analyticSD[k])
                k += 1
            } else {
                let missing = [Double](repeating: .nan, count: grid.path.count)
                center.append(missing)
                analyticSD.append(missing)
            }
        }
    }
}
