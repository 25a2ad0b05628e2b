/// One model's projections of every grid's outcome, made at every (year, month) origin.
///
/// `center[g][i]` is the projection of grid g's outcome for the year of slot i made with the data
/// up to that slot's month (slot i = year · 12 + month − 1); `analyticSD` is the model's own
/// prediction standard error where it has one. NaN marks "not available at this origin".
package struct ModelForecasts: Sendable {
    package var center: [[Double]]
    var analyticSD: [[Double]]

    init(grids: [YearGrid]) {
        center = Self.missingRows(grids)
        analyticSD = center
    }

    /// A NaN row per grid, all grids of one length sharing one buffer (copied on a row's first
    /// write), so that rows a model never fills cost no memory per grid.
    static func missingRows(_ grids: [YearGrid]) -> [[Double]] {
        var shared: [Int: [Double]] = [:]
        return grids.map { grid in
            if let row = shared[grid.path.count] { return row }
            let row = [Double](repeating: .nan, count: grid.path.count)
            shared[grid.path.count] = row
            return row
        }
    }

    /// The forecasts of all `grids` from those of the grids at positions `served` (ascending):
    /// `forecasts` row k is grid `served[k]`'s; the other grids' rows are NaN.
    init(grids: [YearGrid], served: [Int], forecasts: ModelForecasts) {
        center = []
        analyticSD = []
        center.reserveCapacity(grids.count)
        analyticSD.reserveCapacity(grids.count)
        let missing = Self.missingRows(grids)
        var k = 0
        for g in grids.indices {
            if k < served.count && served[k] == g {
                center.append(forecasts.center[k])
                analyticSD.append(forecasts.analyticSD[k])
                k += 1
            } else {
                center.append(missing[g])
                analyticSD.append(missing[g])
            }
        }
    }
}
