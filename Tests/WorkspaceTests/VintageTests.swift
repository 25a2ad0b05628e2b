import Foundation
import SeriesIO
import TargetModel
import Testing
import Workspace

private func temporaryWorkspace() throws -> Workspace {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ws-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return try Workspace(path: folder.appendingPathComponent("w.sqlite").path)
}

@discardableResult
private func load(_ workspace: Workspace, _ body: String, file: String = "f.csv", released: CalendarDay? = nil,
                  strict: Bool = false) throws -> ImportRecord {
    let text = "series,period,measure,value,unit,released,source\n" + body
    return try workspace.importObservations(from: LongCSVReader(text: text, file: file, defaultReleased: released), strict: strict)
}

private func day(_ text: String) -> CalendarDay { CalendarDay(text)! }
private let sep = Period.month(year: 2013, month: 9)
private let aug = Period.month(year: 2013, month: 8)

@Suite struct VintageTests {
    @Test func reimportingIdenticalValuesIsANoOp() throws {
        let workspace = try temporaryWorkspace()
        let body = "gdp,2013-09,ytd_value,100,亿元,2013-10-20,a\ngdp,2013-09,ytd_growth,8.5,%,,a\n"
        let first = try load(workspace, body)
        let second = try load(workspace, body)
        #expect((first.rowsRead, first.newObservations, first.newVintages, first.unchanged) == (2, 2, 0, 0))
        #expect((second.rowsRead, second.newObservations, second.newVintages, second.unchanged) == (2, 0, 0, 2))
        #expect(try workspace.vintages().count == 2)
    }

    @Test("The same figure at another precision is no revision: fewer decimals change nothing, more are kept as restated")
    func restatedAtAnotherPrecision() throws {
        let workspace = try temporaryWorkspace()
        try load(workspace, "fai,2013-09,ytd_growth,27.30873936,%,,terminal\nfai,2013-08,ytd_growth,25.4,%,,bureau\n")
        let coarser = try load(workspace, "fai,2013-09,ytd_growth,27.31,%,,dump\nfai,2013-08,ytd_growth,25.5,%,,revised\n")
        #expect((coarser.newObservations, coarser.newVintages, coarser.restated, coarser.unchanged) == (0, 1, 0, 1))
        let finer = try load(workspace, "fai,2013-08,ytd_growth,25.437,%,,terminal\n")
        #expect((finer.newObservations, finer.newVintages, finer.restated, finer.unchanged) == (0, 0, 1, 0))
        let known = try workspace.seriesData(knownAt: nil)["fai"]
        #expect(known?.value(.ytdGrowth, sep) == 27.30873936, "the finer figure stays")
        #expect(known?.value(.ytdGrowth, aug) == 25.437, "the restatement is the latest vintage")
        let otherRelease = try load(workspace, "fai,2013-09,ytd_growth,27.31,%,2013-10-18,dump\n")
        #expect((otherRelease.newVintages, otherRelease.unchanged) == (1, 0), "a dated release is its own vintage")
    }

    @Test func aDifferentValueIsANewVintageNeverAnOverwrite() throws {
        let workspace = try temporaryWorkspace()
        try load(workspace, "gdp,2013-09,ytd_value,100,亿元,2013-10-20,first\n")
        let revision = try load(workspace, "gdp,2013-09,ytd_value,101,亿元,2013-11-20,revised\ngdp,2013-10,ytd_value,5,亿元,,\n")
        #expect((revision.newObservations, revision.newVintages, revision.unchanged) == (1, 1, 0))
        #expect(try workspace.vintages(series: "gdp").map(\.observation.value) == [100, 101, 5])
        #expect(try workspace.seriesData(knownAt: day("2013-10-25"))["gdp"]?.value(.ytdValue, sep) == 100)
        #expect(try workspace.seriesData(knownAt: day("2013-11-20"))["gdp"]?.value(.ytdValue, sep) == 101)
        #expect(try workspace.seriesData(knownAt: nil)["gdp"]?.value(.ytdValue, sep) == 101)
        #expect(try workspace.seriesData(knownAt: day("2013-10-19"))["gdp"] == nil, "nothing released yet")
    }

    @Test func unknownReleaseDatesReadAsPeriodEndPlusPublicationLag() throws {
        let workspace = try temporaryWorkspace()
        try load(workspace, "gdp,2013-09,ytd_value,100,亿元,,\n")
        #expect(try workspace.seriesData(knownAt: day("2013-10-14"))["gdp"] == nil)
        #expect(try workspace.seriesData(knownAt: day("2013-10-15"))["gdp"]?.value(.ytdValue, sep) == 100)
        try workspace.saveSeries(SeriesInfo(id: "gdp", unit: "亿元", frequency: "monthly", publicationLagDays: 25))
        #expect(try workspace.seriesData(knownAt: day("2013-10-24"))["gdp"] == nil)
        #expect(try workspace.seriesData(knownAt: day("2013-10-25"))["gdp"]?.value(.ytdValue, sep) == 100)
    }

    @Test func vintagesOrderByReleaseDateThenImportOrder() throws {
        let workspace = try temporaryWorkspace()
        // Imported later but released earlier: the later release wins whatever the import order.
        try load(workspace, "gdp,2013-09,ytd_value,101,亿元,2013-11-20,\n")
        try load(workspace, "gdp,2013-09,ytd_value,100,亿元,2013-10-20,\n")
        #expect(try workspace.seriesData(knownAt: nil)["gdp"]?.value(.ytdValue, sep) == 101)
        #expect(try workspace.seriesData(knownAt: day("2013-11-01"))["gdp"]?.value(.ytdValue, sep) == 100)
        // Same release date: the later import wins.
        try load(workspace, "gdp,2013-09,ytd_value,102,亿元,2013-11-20,\n")
        #expect(try workspace.seriesData(knownAt: nil)["gdp"]?.value(.ytdValue, sep) == 102)
    }

    @Test func asOfPeriodUsesPeriodsUpToItAtTheVintageOfItsRelease() throws {
        let workspace = try temporaryWorkspace()
        try load(workspace, """
            gdp,2013-08,ytd_value,80,亿元,2013-09-18,
            gdp,2013-09,ytd_value,90,亿元,2013-10-20,
            gdp,2013-08,ytd_value,81,亿元,2013-10-20,
            gdp,2013-08,ytd_value,82,亿元,2013-10-28,
            gdp,2013-10,ytd_value,99,亿元,2013-11-20,
            gdp,2013-Q3,ytd_growth,8,%,2013-10-22,
            """ + "\n")
        let data = try #require(try workspace.seriesData(asOfPeriod: sep)["gdp"])
        #expect(data.value(.ytdValue, sep) == 90)
        #expect(data.value(.ytdValue, aug) == 81, "August as revised by September's release, not the later one")
        #expect(data.value(.ytdValue, .month(year: 2013, month: 10)) == nil, "later periods are not used")
        #expect(data.value(.ytdGrowth, .quarter(year: 2013, quarter: 3)) == nil, "released after September's figures")
    }

    @Test func asOfPeriodWithUnknownOrAbsentReleaseUsesThePublicationLag() throws {
        let workspace = try temporaryWorkspace()
        try load(workspace, """
            cpi,2013-08,ytd_avg_index,102.0,上年=100,2013-10-10,
            cpi,2013-09,ytd_avg_index,102.5,上年=100,,
            rate,2013-08,level,4.1,%,2013-10-16,
            """ + "\n")
        let data = try workspace.seriesData(asOfPeriod: sep)
        #expect(data["cpi"]?.value(.ytdAvgIndex, sep) == 102.5)
        #expect(data["cpi"]?.value(.ytdAvgIndex, aug) == 102.0, "released before 2013-10-15")
        #expect(data["rate"] == nil, "no September figure: cutoff is 2013-10-15, before the August release")
    }

    @Test func unlinkedSeriesWarnOrFailUnderStrict() throws {
        let workspace = try temporaryWorkspace()
        try workspace.saveCatalog(Catalog(targets: [
            Target(id: "T1", year: 2013, section: "一", indicator: "地区生产总值", kind: .growthRate, comparator: .approx,
                   direction: .increase, value: 10, unit: "%", series: "gdp"),
        ]))
        #expect(try workspace.catalog().targets.map(\.id) == ["T1"])
        let record = try load(workspace, "gdp,2013-09,ytd_value,1,亿元,,\nother,2013-09,ytd_value,1,亿元,,\n")
        #expect(record.warningList == ["no catalog target links to series 'other'"])
        #expect(throws: WorkspaceError.unlinkedSeries(file: "g.csv", series: ["third"])) {
            try load(workspace, "gdp,2013-10,ytd_value,1,亿元,,\nthird,2013-09,ytd_value,1,亿元,,\n", file: "g.csv", strict: true)
        }
        #expect(try workspace.vintages().count == 2, "the failed file stored nothing")
    }

    @Test func anErrorAnywhereInAFileStoresNothingFromIt() throws {
        let workspace = try temporaryWorkspace()
        #expect(throws: SeriesIOError.self) {
            try load(workspace, "gdp,2013-09,ytd_value,1,亿元,,\ngdp,2013-10,ytd_value,abc,亿元,,\n")
        }
        #expect(throws: SeriesIOError.self) {
            try load(workspace, "gdp,2013-09,ytd_value,1,亿元,,\ngdp,2013-09,ytd_value,2,亿元,,\n")
        }
        #expect(try workspace.vintages().isEmpty)
        #expect(try workspace.importLog().isEmpty)
        #expect(try workspace.seriesInfo().isEmpty)
    }

    @Test("The same value re-imported with a later release date is unchanged, not a new vintage")
    func reReleasedValuesAreUnchanged() throws {
        let workspace = try temporaryWorkspace()
        var table = ""
        for month in 1...10 {
            table += "fai,2013-\(month < 10 ? "0" : "")\(month),ytd_value,\(month * 100),亿元,,\n"
            table += "fai,2013-\(month < 10 ? "0" : "")\(month),ytd_growth,\(20 + month),%,,\n"
        }
        let first = try load(workspace, table, released: day("2013-11-20"))
        #expect((first.newObservations, first.newVintages) == (20, 0))
        let again = try load(workspace, table, released: day("2013-12-05"))
        #expect((again.rowsRead, again.newObservations, again.newVintages, again.unchanged) == (20, 0, 0, 20))
        #expect(try workspace.vintageCount() == 20)
        #expect(try workspace.seriesData(knownAt: day("2013-11-25"))["fai"]?.value(.ytdValue, sep) == 900,
                "known from the first release on")
    }

    @Test("A changed value, a value changed back, or one released earlier than every vintage is a new vintage")
    func whatIsANewVintage() throws {
        let workspace = try temporaryWorkspace()
        try load(workspace, "gdp,2013-09,ytd_value,100,亿元,2013-10-20,\n")
        let revised = try load(workspace, "gdp,2013-09,ytd_value,101,亿元,2013-11-20,\n")
        let stillRevised = try load(workspace, "gdp,2013-09,ytd_value,101,亿元,2013-12-20,\n")
        let heldBetween = try load(workspace, "gdp,2013-09,ytd_value,100,亿元,2013-11-01,\n")
        let changedBack = try load(workspace, "gdp,2013-09,ytd_value,100,亿元,2014-01-20,\n")
        let earlier = try load(workspace, "gdp,2013-09,ytd_value,100,亿元,2013-10-15,\n")
        #expect([revised, stillRevised, heldBetween, changedBack, earlier].map(\.newVintages) == [1, 0, 0, 1, 1])
        #expect(try workspace.vintages(series: "gdp").map { "\($0.observation.value) \($0.observation.released!)" }
                == ["100.0 2013-10-20", "101.0 2013-11-20", "100.0 2014-01-20", "100.0 2013-10-15"], "in import order")
        try load(workspace, "gdp,2013-08,ytd_growth,8.3,%,2013-09-20,\n")
        let coarserLater = try load(workspace, "gdp,2013-08,ytd_growth,8.30,%,2013-10-20,\n")
        let finerLater = try load(workspace, "gdp,2013-08,ytd_growth,8.27,%,2013-11-20,\n")
        #expect((coarserLater.newVintages, coarserLater.unchanged) == (0, 1))
        #expect((finerLater.newVintages, finerLater.restated) == (0, 1), "the same figure at more decimals: a restatement")
        #expect(try workspace.seriesData(knownAt: day("2013-10-16"))["gdp"]?.value(.ytdValue, sep) == 100)
    }

    @Test("Observations under the id of a target without a series (milestone states, progress) are linked, not warned about")
    func targetsWithoutASeriesReadTheirOwnId() throws {
        let workspace = try temporaryWorkspace()
        try workspace.saveCatalog(Catalog(targets: [
            Target(id: "T011", year: 2013, section: "二", indicator: "抓好省级重点产业项目", kind: .level, comparator: .exact,
                   direction: .increase, value: 600, unit: "个"),
            Target(id: "T014", year: 2013, section: "二", indicator: "重点项目", kind: .milestone, comparator: .exact,
                   direction: .level, value: nil, unit: ""),
            Target(id: "T001", year: 2013, section: "一", indicator: "地区生产总值", kind: .growthRate, comparator: .approx,
                   direction: .increase, value: 11, unit: "%", series: "gdp"),
        ]))
        let record = try load(workspace, "T011,2013-06,progress,350,个,,\nT014,2013-06,milestone,in_progress,,,\n"
            + "T001,2013-06,ytd_growth,8,%,,\n", strict: false)
        #expect(record.warningList == ["no catalog target links to series 'T001'"], "T001 links to gdp, not to its id")
    }

}

/// The counts of an import's summary when files are not sorted, repeat rows, and mix series the
/// workspace holds with new ones.
@Suite struct ImportCountTests {
    @Test func unsortedRepeatedAndMixedRowsAreCountedOnce() throws {
        let workspace = try temporaryWorkspace()
        try load(workspace, "old,2013-09,ytd_value,1,亿元,2013-10-20,\n")
        let record = try load(workspace, """
            new,2013-09,ytd_value,5,亿元,2013-10-20,
            old,2013-10,ytd_value,2,亿元,2013-11-20,
            new,2013-08,ytd_value,4,亿元,2013-09-20,
            old,2013-09,ytd_value,1,亿元,2013-10-20,
            old,2013-09,ytd_value,1.5,亿元,2013-12-20,
            new,2013-08,ytd_value,4,亿元,2013-09-20,
            new,2013-08,ytd_value,4.5,亿元,2013-12-20,

            """)
        // new 2013-09, old 2013-10, new 2013-08 are new observations; old 2013-09 at 1.5 and
        // new 2013-08 at 4.5 are new vintages; old 2013-09 at 1 and the repeated new 2013-08 are unchanged.
        #expect((record.rowsRead, record.newObservations, record.newVintages, record.unchanged) == (7, 3, 2, 2))
        #expect(try workspace.vintageCount() == 6)
    }

    @Test func aConflictOutOfOrderNamesBothLines() throws {
        let workspace = try temporaryWorkspace()
        #expect(throws: SeriesIOError.conflictingRows(file: "f.csv", firstLine: 2, secondLine: 5, series: "a",
                                                      period: sep, measure: .ytdValue, firstValue: 1, secondValue: 2)) {
            try load(workspace, "a,2013-09,ytd_value,1,,,\nb,2013-01,ytd_value,1,,,\nb,2013-02,ytd_value,1,,,\na,2013-09,ytd_value,2,,,\n")
        }
        #expect(throws: SeriesIOError.conflictingRows(file: "f.csv", firstLine: 3, secondLine: 6, series: "b",
                                                      period: aug, measure: .ytdValue, firstValue: 7, secondValue: 8)) {
            try load(workspace, "a,2013-09,ytd_value,1,,,\nb,2013-08,ytd_value,7,,,\na,2013-10,ytd_value,1,,,\nb,2013-07,ytd_value,1,,,\nb,2013-08,ytd_value,8,,,\n")
        }
        #expect(throws: SeriesIOError.conflictingRows(file: "f.csv", firstLine: 4, secondLine: 6, series: "b",
                                                      period: .month(year: 2013, month: 10), measure: .ytdValue,
                                                      firstValue: 3, secondValue: 4)) {
            try load(workspace, "b,2013-09,ytd_value,1,,,\na,2013-08,ytd_value,1,,,\nb,2013-10,ytd_value,3,,,\n"
                + "b,2013-10,ytd_value,3,,2013-11-20,\nb,2013-10,ytd_value,4,,,\n")
        }
        #expect(try workspace.vintageCount() == 0)
    }

    @Test("A row of a series that comes back later in the file is checked against its earlier rows, unchanged ones too")
    func aSeriesComingBackIsCheckedAgainstItsUnchangedRows() throws {
        let workspace = try temporaryWorkspace()
        try load(workspace, "a,2013-09,ytd_value,1,,2013-10-20,\n")
        #expect(throws: SeriesIOError.conflictingRows(file: "f.csv", firstLine: 2, secondLine: 4, series: "a",
                                                      period: sep, measure: .ytdValue, firstValue: 1, secondValue: 2)) {
            try load(workspace, "a,2013-09,ytd_value,1,,2013-10-20,\nb,2013-01,ytd_value,1,,,\na,2013-09,ytd_value,2,,2013-10-20,\n")
        }
        let record = try load(workspace, "a,2013-09,ytd_value,1,,2013-10-20,\nb,2013-01,ytd_value,1,,,\na,2013-10,ytd_value,3,,,\n"
            + "b,2013-01,ytd_value,1,,,\na,2013-09,ytd_value,1,,2013-10-20,\na,2013-10,ytd_value,3,,,\n")
        #expect((record.rowsRead, record.newObservations, record.newVintages, record.unchanged) == (6, 2, 0, 4))
        #expect(try workspace.vintageCount() == 3)
    }
}
