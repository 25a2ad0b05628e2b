import Foundation
import SeriesIO
import TargetModel
import Testing
import TextFormats

private let header = "series,period,measure,value,unit,released,source\n"

private func read(_ body: String, header: String = header, released: CalendarDay? = nil) throws -> [SourcedObservation] {
    var reader = try LongCSVReader(text: header + body, file: "r.csv", defaultReleased: released)
    var rows: [SourcedObservation] = []
    while let row = try reader.next() { rows.append(row) }
    return rows
}

private func failure(_ body: String, header: String = header) -> String {
    do {
        var detector = ConflictDetector(file: "r.csv")
        var reader = try LongCSVReader(text: header + body, file: "r.csv")
        while let row = try reader.next() { try detector.record(row) }
        return "no error"
    } catch {
        return "\(error)"
    }
}

@Suite struct LongCSVFormatTests {
    @Test func readsEveryColumn() throws {
        let rows = try read("gdp,2013-Q3,ytd_growth,10.1,%,2013-10-25,\"省统计局, 月报\"\ngrain,2013,annual_value,1200,亿斤,,\n")
        #expect(rows == [
            SourcedObservation(Observation(series: "gdp", period: .quarter(year: 2013, quarter: 3), measure: .ytdGrowth,
                                           value: 10.1, unit: "%", released: CalendarDay(year: 2013, month: 10, day: 25),
                                           source: "省统计局, 月报"), line: 2),
            SourcedObservation(Observation(series: "grain", period: .year(2013), measure: .annualValue, value: 1200,
                                           unit: "亿斤"), line: 3),
        ])
    }

    @Test func columnsInAnyOrderAndOptionalOnesLeftOut() throws {
        let rows = try read("-3.5,2013-09,month_growth, x \n", header: "value,period,measure,series\n")
        #expect(rows.map(\.observation) == [Observation(series: "x", period: .month(year: 2013, month: 9),
                                                        measure: .monthGrowth, value: -3.5)])
    }

    @Test(arguments: ["", "—", "——", "…", "NA", " NA ", "-", "--", "n/a", "x"])
    func missingCellsGiveNoObservationNeverZero(cell: String) throws {
        var reader = try LongCSVReader(text: header + "gdp,2013-09,ytd_value,\(cell),亿元,,\ngdp,2013-10,ytd_value,0,亿元,,\n", file: "r.csv")
        var rows: [SourcedObservation] = []
        while let row = try reader.next() { rows.append(row) }
        #expect(rows.map(\.observation.value) == [0])
        #expect(rows.map(\.line) == [3])
        #expect(reader.missingCount == 1)
    }

    @Test func milestonesAreStateNames() throws {
        let rows = try read("m1,2013-06,milestone,in_progress,,,\nm1,2013-09,milestone,done,,,\n")
        #expect(rows.map(\.observation.value) == [MilestoneState.inProgress.code, MilestoneState.done.code])
    }

    @Test func blankReleaseTakesTheDefault() throws {
        let day = CalendarDay(year: 2013, month: 10, day: 21)
        let rows = try read("a,2013-09,ytd_value,1,,,\na,2013-08,ytd_value,1,,2013-09-20,\n", released: day)
        #expect(rows.map(\.observation.released) == [day, CalendarDay(year: 2013, month: 9, day: 20)])
    }

    @Test(arguments: [
        ("gdp,2013-09,ytd_grwth,1,%,,\n", "r.csv:2:13: unknown measure 'ytd_grwth'; expected one of ytd_value"),
        ("gdp,2013-13,ytd_value,1,%,,\n", "r.csv:2:5: bad period '2013-13'; expected YYYY-MM, YYYY-Qn or YYYY"),
        ("gdp,2013-Q5,ytd_value,1,%,,\n", "r.csv:2:5: bad period '2013-Q5'"),
        ("gdp,13-09,ytd_value,1,%,,\n", "r.csv:2:5: bad period '13-09'"),
        ("gdp,2013-09,ytd_value,1.2.3,%,,\n", "r.csv:2:23: value '1.2.3' is not a number; expected a number"),
        ("gdp,2013-09,ytd_value,\"1,23\",%,,\n", "r.csv:2:23: value '1,23' is not a number"),
        ("gdp,2013-09,ytd_value,0x10,%,,\n", "r.csv:2:23: value '0x10' is not a number"),
        ("gdp,2013-09,ytd_value,inf,%,,\n", "r.csv:2:23: value 'inf' is not a number"),
        ("gdp,2013-09,ytd_value,1,%,2013-02-30,\n", "r.csv:2:27: bad release date '2013-02-30'; expected YYYY-MM-DD"),
        ("gdp,2013-09,milestone,finished,,,\n", "r.csv:2:23: milestone value 'finished' is not a state; expected one of done"),
        ("gdp,2013-09,ytd_value,1,%,\n", "r.csv:2:27: the row has 6 fields; expected 7, as many as the header"),
        ("gdp,2013-09,ytd_value,1,%,,,x\n", "r.csv:2:29: the row has 8 fields; expected 7"),
        (",2013-09,ytd_value,1,%,,\n", "r.csv:2:1: the series cell is empty"),
        ("a,2013-09,ytd_value,1,%,,\nb,2013-09,ytd_value,1,%,,\na,2013-09,ytd_value,2,%,,\n",
         "r.csv:4: a 2013-09 ytd_value is 2 here but 1 at line 2; expected one value per series, period, measure and release date"),
        ("gdp,2013-09,ytd_value,\"1\n", "r.csv:2:23: quoted field is never closed"),
    ])
    func errorsNameFileLineColumnCellAndExpectation(body: String, message: String) {
        #expect(failure(body).hasPrefix(message), "\(failure(body))")
    }

    @Test func missingHeaderColumnIsNamed() {
        #expect(failure("gdp,2013-09,1\n", header: "series,period,value\n")
            .hasPrefix("r.csv:1:1: the header has no 'measure' column; expected the columns series,period,measure,value,unit,released,source"))
        #expect(failure("", header: "").hasPrefix("r.csv:1:1: the header has no 'series' column"))
    }

    @Test func sameRowTwiceAndOtherReleaseDatesAreNoConflict() {
        #expect(failure("a,2013-09,ytd_value,1,%,,\na,2013-09,ytd_value,1,%,,\na,2013-09,ytd_value,2,%,2013-10-20,\n") == "no error")
    }

    @Test func numbersParseExactly() throws {
        let cells = ["0.1", "-2.15", "8288", "123456789.123456789", "1e-5", "1.5E3", "+7", ".5", "-0", "00012.50"]
        let rows = try read(cells.enumerated().map { "s,\(2000 + $0.offset),annual_value,\($0.element),,,\n" }.joined())
        #expect(rows.map(\.observation.value) == cells.map { Double($0)! })
    }

    @Test func writerRoundTripsExactly() throws {
        let observations = [
            Observation(series: "gdp", period: .quarter(year: 2013, quarter: 3), measure: .ytdGrowth, value: 10.1,
                        unit: "%", released: CalendarDay(year: 2013, month: 10, day: 25), source: "=\"quoted\", -1"),
            Observation(series: "m", period: .month(year: 2013, month: 6), measure: .milestone, value: MilestoneState.late.code),
            Observation(series: "x", period: .year(2012), measure: .level, value: 0.1 + 0.2, unit: "万人", source: "line\nbreak"),
        ]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try LongCSVWriter(path: path)
        for observation in observations { try writer.write(observation) }
        try writer.finish()
        #expect(try LongCSVReader.read(path: path).map(\.observation) == observations)
    }

    @Test func readsTheHeilongjiangDataset() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Datasets/heilongjiang-2013/published.csv").path
        let rows = try LongCSVReader.read(path: path)
        #expect(rows.count == 44)
        #expect(rows.first?.observation.series == "gdp")
    }
}
