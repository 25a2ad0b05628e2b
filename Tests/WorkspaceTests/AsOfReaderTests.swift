import Evaluation
import Foundation
import SeriesIO
import TargetModel
import Testing
@testable import Workspace

/// The fast read path must give exactly what the reference rules in `AsOf` give, on a seeded
/// random history of revisions, unknown release dates, late releases and re-imports.
@Suite("As-of reads agree with the reference rules")
struct AsOfReaderTests {
    func randomWorkspace(seed: UInt64) throws -> Workspace {
        var random = SeededGenerator(seed: seed)
        func next(_ n: Int) -> Int { Int.random(in: 0..<n, using: &random) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("asof-\(UUID().uuidString).sqlite").path
        let workspace = try Workspace(path: path)
        for file in 0..<4 {
            var lines = ["series,period,measure,value,unit,released,source"]
            var seen = Set<String>()
            for _ in 0..<300 {
                let series = ["gdp", "fai", "cpi", "grain"][next(4)]
                let year = 2011 + next(3)
                let period = [String(format: "%d-%02d", year, 1 + next(12)), "\(year)-Q\(1 + next(4))", "\(year)"][next(3)]
                let measure = ["ytd_value", "ytd_growth", "annual_value"][next(3)]
                let key = "\(series),\(period),\(measure)"
                guard seen.insert(key).inserted else { continue }
                let released = next(4) == 0 ? "" : String(format: "%d-%02d-%02d", year + next(2), 1 + next(12), 1 + next(28))
                lines.append("\(key),\(next(1000)),亿元,\(released),file \(file)")
            }
            _ = try workspace.importObservations(from: LongCSVReader(text: lines.joined(separator: "\n"), file: "f\(file).csv"))
        }
        return workspace
    }

    @Test("knownAt and asOfPeriod reads equal AsOf.latest over all vintages", arguments: [1, 2, 3] as [UInt64])
    func agree(seed: UInt64) throws {
        let workspace = try randomWorkspace(seed: seed)
        let vintages = try workspace.vintages()
        let units = Dictionary(uniqueKeysWithValues: try workspace.seriesInfo().map { ($0.id, $0.unit) })
        let lags = Dictionary(uniqueKeysWithValues: try workspace.seriesInfo().map { ($0.id, $0.publicationLagDays) })
        for day in [nil, CalendarDay(year: 2012, month: 6, day: 30), CalendarDay(year: 2013, month: 11, day: 15)] {
            #expect(try workspace.seriesData(knownAt: day) == AsOf.seriesData(AsOf.latest(vintages, knownAt: day), units: units))
        }
        for period in [Period.month(year: 2012, month: 9), .month(year: 2013, month: 12), .month(year: 2011, month: 3)] {
            let reference = AsOf.seriesData(AsOf.latest(vintages, asOfPeriod: period) { lags[$0] ?? 15 }, units: units)
            #expect(try workspace.seriesData(asOfPeriod: period) == reference)
        }
    }
}
