/// One model's projections of every grid's outcome, made at every (year, month) origin.
///
/// `center[g, i]` is the projection of grid g's outcome for the year of slot i made with the data
/// up to that slot's month (slot i = year · 12 + month − 1); `analyticSD` is the model's own
/// prediction standard error where it has one. NaN marks "not available at this origin".
package struct ModelForecasts: Sendable {
    package var center: GridSlots
    var analyticSD: GridSlots

    init(grids: [YearGrid]) {
        center = GridSlots(grids)
        analyticSD = center
    }

    /// The forecasts of all `grids` from those of the grids at positions `served` (ascending):
    /// `forecasts` row k is grid `served[k]`'s; the other grids' rows are NaN.
    init(grids: [YearGrid], served: [Int], forecasts: ModelForecasts) {
        guard served.count < grids.count else {
            self = forecasts
            return
        }
        self.init(grids: grids)
        for (k, g) in served.enumerated() {
            center.copyRow(g, from: forecasts.center, row: k)
            analyticSD.copyRow(g, from: forecasts.analyticSD, row: k)
        }
    }
}

/// A value for every slot of every grid of a batch, in one flat array: grid g's slot i is at
/// `start[g] + i`. NaN until set; nothing is allocated until a value is set, so a model without
/// standard errors costs no memory for them.
package struct GridSlots: Sendable {
    /// Where each grid's slots start, and (last) the number of slots.
    private let start: [Int]
    private var values: [Double] = []

    init(_ grids: [YearGrid]) {
        var start = [0]
        start.reserveCapacity(grids.count + 1)
        for grid in grids { start.append(start[start.count - 1] + grid.path.count) }
        self.start = start
    }

    /// The value at grid g's slot.
    package subscript(g: Int, slot: Int) -> Double {
        get { values.isEmpty ? .nan : values[start[g] + slot] }
        set {
            if values.isEmpty { values = .init(repeating: .nan, count: start[start.count - 1]) }
            values[start[g] + slot] = newValue
        }
    }

    /// Grid g's slots, in order.
    package func row(_ g: Int) -> [Double] {
        values.isEmpty ? .init(repeating: .nan, count: start[g + 1] - start[g]) : Array(values[start[g]..<start[g + 1]])
    }

    /// Sets grid g's slots to row `k` of `other` (a table of as many slots per row).
    mutating func copyRow(_ g: Int, from other: GridSlots, row k: Int) {
        guard !other.values.isEmpty else { return }
        if values.isEmpty { values = .init(repeating: .nan, count: start[start.count - 1]) }
        values.replaceSubrange(start[g]..<start[g + 1], with: other.values[other.start[k]..<other.start[k + 1]])
    }
}
