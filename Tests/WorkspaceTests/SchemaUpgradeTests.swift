import Foundation
import SeriesIO
import TargetModel
import Testing
import Workspace

/// A workspace made by an older TargetTrack opens, is upgraded, and reads exactly as before.
///
/// `Fixtures/workspace-v1.sqlite` was written by the version-1 schema's `targettrack` (`init`,
/// then `import workspace-v1-a.csv workspace-v1-b.csv`, the files beside it, named a.csv and
/// b.csv at the time).
@Suite struct SchemaUpgradeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    private func upgradedCopy() throws -> Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upgrade-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("w.sqlite")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("workspace-v1.sqlite"), to: copy)
        return try Workspace(path: copy.path)
    }

    @Test func everyVintageReadsAsBeforeWithItsFileAndLine() throws {
        let workspace = try upgradedCopy()
        #expect(try workspace.integrityCheck() == ["ok"])
        let rows = try workspace.vintages().map { vintage in
            let o = vintage.observation
            return "\(o.series) \(o.period) \(o.measure.rawValue) \(o.value) \(o.unit) \(o.released?.description ?? "unknown") \(o.source) \(vintage.file):\(vintage.line)"
        }
        #expect(rows == [
            "gdp 2013-Q1 ytd_growth 10.5 % 2013-04-20 省统计局 a.csv:2",
            "gdp 2013-Q2 ytd_growth 10.1 % 2013-07-22 省统计局 a.csv:3",
            "fai 2013-02 ytd_value 1200.5 亿元 unknown 月报, 初步 a.csv:4",
            "fai 2013-03 ytd_value 2300.0 亿元 2013-04-15 月报 a.csv:5",
            "grain 2012 annual_value 1152.2 亿斤 2013-02-28 公报 a.csv:6",
            "m1 2013-06 milestone 1.0  unknown  a.csv:7",
            "gdp 2013-Q1 ytd_growth 10.3 % 2013-08-01 修订 b.csv:2",
            "cpi 2013-03 ytd_avg_index 102.4 上年=100 2013-04-10  b.csv:4",
        ])
        let gdpQ1 = Period.quarter(year: 2013, quarter: 1)
        #expect(try workspace.seriesData(knownAt: CalendarDay("2013-07-31"))["gdp"]?.value(.ytdGrowth, gdpQ1) == 10.5)
        #expect(try workspace.seriesData(knownAt: CalendarDay("2013-08-01"))["gdp"]?.value(.ytdGrowth, gdpQ1) == 10.3)
    }

    @Test func seriesAndImportLogSurvive() throws {
        let workspace = try upgradedCopy()
        #expect(try workspace.seriesInfo().map { "\($0.id) \($0.unit) \($0.frequency ?? "")" }
            == ["cpi 上年=100 monthly", "fai 亿元 monthly", "gdp  quarterly", "grain 亿斤 annual", "m1  monthly"])
        #expect(try workspace.importLog().map { "\($0.file) \($0.rowsRead) \($0.newObservations) \($0.newVintages) \($0.unchanged)" }
            == ["a.csv 6 6 0 0", "b.csv 3 1 1 1"])
    }

    @Test func theUpgradedWorkspaceKeepsImporting() throws {
        let workspace = try upgradedCopy()
        let b = try String(contentsOf: Self.fixtures.appendingPathComponent("workspace-v1-b.csv"), encoding: .utf8)
        let again = try workspace.importObservations(from: LongCSVReader(text: b, file: "b.csv"))
        #expect((again.newObservations, again.newVintages, again.unchanged) == (0, 0, 3))
        let more = try workspace.importObservations(from: LongCSVReader(
            text: "series,period,measure,value,unit,released,source\ngdp,2013-Q3,ytd_growth,10.0,%,2013-10-21,省统计局\n"
                + "fai,2013-02,ytd_value,1201,亿元,2013-03-20,修订\n", file: "c.csv"))
        #expect((more.newObservations, more.newVintages, more.unchanged) == (1, 1, 0))
        #expect(try workspace.vintageCount() == 10)
        #expect(try workspace.vintages(series: "fai").map(\.observation.value) == [1200.5, 2300, 1201])
    }
}

/// `Fixtures/workspace-v5.sqlite` was written by the version-5 schema's `targettrack` (one row per
/// vintage: `init`, then `import workspace-v5-a.csv`, then `import workspace-v5-b.csv`, the files
/// beside it, with revisions, a re-release, a restatement and an unknown release date). Upgraded
/// to packed vintage blocks (v6), it reads exactly as the same files imported now.
@Suite struct PackedVintageUpgradeTests {
    private func temporaryPath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upgrade-v5-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("w.sqlite").path
    }

    private func described(_ workspace: Workspace) throws -> [String] {
        try workspace.vintages().map { "\($0.observation) \(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line) import \($0.importID)" }
    }

    @Test func aVersion5WorkspaceReadsAsTheSameFilesImportedNow() throws {
        let path = try temporaryPath()
        try FileManager.default.copyItem(atPath: SchemaUpgradeTests.fixtures.appendingPathComponent("workspace-v5.sqlite").path, toPath: path)
        let upgraded = try Workspace(path: path)
        let fresh = try Workspace(path: try temporaryPath())
        for name in ["workspace-v5-a.csv", "workspace-v5-b.csv"] {
            let text = try String(contentsOf: SchemaUpgradeTests.fixtures.appendingPathComponent(name), encoding: .utf8)
            try fresh.importObservations(from: LongCSVReader(text: text, file: name))
        }
        #expect(try upgraded.integrityCheck() == ["ok"])
        #expect(try upgraded.vintageCount() == 12)
        #expect(try described(upgraded) == described(fresh))
        #expect(try upgraded.importLog().map { [$0.rowsRead, $0.newObservations, $0.newVintages, $0.restated, $0.unchanged] }
            == [[8, 8, 0, 0, 0], [6, 2, 2, 0, 2]])
        #expect(try upgraded.importLog().map { [$0.rowsRead, $0.newObservations, $0.newVintages, $0.restated, $0.unchanged] }
            == fresh.importLog().map { [$0.rowsRead, $0.newObservations, $0.newVintages, $0.restated, $0.unchanged] })
        for day in [nil, CalendarDay("2013-04-30"), CalendarDay("2013-07-31"), CalendarDay("2013-08-01")] {
            #expect(try upgraded.seriesData(knownAt: day) == fresh.seriesData(knownAt: day))
        }
        for month in [3, 6, 9] {
            #expect(try upgraded.seriesData(asOfPeriod: .month(year: 2013, month: month)) == fresh.seriesData(asOfPeriod: .month(year: 2013, month: month)))
        }
        let b = try String(contentsOf: SchemaUpgradeTests.fixtures.appendingPathComponent("workspace-v5-b.csv"), encoding: .utf8)
        let again = try upgraded.importObservations(from: LongCSVReader(text: b, file: "workspace-v5-b.csv"))
        #expect((again.newObservations, again.newVintages, again.unchanged) == (0, 0, 6))
    }
}
