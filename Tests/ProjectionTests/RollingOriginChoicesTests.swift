import TargetModel
import Testing
@testable import Projection

/// The choices of a batch are kept by grid, year and month: choosing at several months at once
/// gives, at each month, exactly what choosing at that month alone gives.
@Suite struct RollingOriginChoicesTests {
    @Test func choicesAtSeveralMonthsMatchEachMonthAlone() throws {
        let series = try HeilongjiangFixture.series()
        let grids = series.keys.sorted().flatMap { id in
            YearEndMeasure.allCases.compactMap { YearGrid(series: series[id]!, measure: $0) }
        }
        let months = [3, 6, 9]
        let all = RollingOrigin.choose(grids: grids, forecasts: try ModelSuite.forecasts(grids, months: months), months: months)
        var compared = 0
        for m in months {
            let alone = RollingOrigin.choose(grids: grids, forecasts: try ModelSuite.forecasts(grids, months: [m]), months: [m])
            for (g, grid) in grids.enumerated() {
                for t in 0..<grid.yearCount {
                    let a = all[g, t, m], b = alone[g, t, m]
                    #expect((a == nil) == (b == nil), "grid \(g) year \(t) month \(m)")
                    guard let a, let b else { continue }
                    #expect(a.center == b.center && a.weights == b.weights && a.distribution == b.distribution
                            && a.interval == b.interval, "grid \(g) year \(t) month \(m)")
                    compared += 1
                }
            }
            #expect(alone[0, 0, m == 3 ? 6 : 3] == nil, "a month not chosen at has no choice")
        }
        #expect(compared > 0)
    }
}
