import Foundation
import SeriesIO
import TargetModel
import Testing
import TextFormats

/// What a spreadsheet user types, in the long CSV format and in release tables: Chinese headers,
/// measures as bureaus print them, `%` and thousands separators, periods such as `2014/2`,
/// `2014年1-2月`, or `1-2月` with the year given to the reader.
@Suite struct ExcelInputTests {
    private static let february = Period.month(year: 2014, month: 2)

    private func long(_ text: String, year: Int? = nil) throws -> [Observation] {
        var reader = try LongCSVReader(text: text, file: "e.csv", defaultYear: year)
        var rows: [Observation] = []
        while let row = try reader.next() { rows.append(row.observation) }
        return rows
    }

    private func longFailure(_ text: String, year: Int? = nil) -> String {
        do {
            _ = try long(text, year: year)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    // MARK: - Long CSV

    @Test("A long file with Chinese headers, printed measures, 1,234.5 and 18.5 %")
    func chineseLongFile() throws {
        let rows = try long("""
            指标,期间,口径,数值,单位,发布日期,来源
            fai,2014年1-2月,累计值,"1,234.5",亿元,2014-03-18,省统计局
            fai,2014年1-2月,累计同比,18.5%,%,2014-03-18,省统计局
            """ + "\n")
        #expect(rows == [
            Observation(series: "fai", period: Self.february, measure: .ytdValue, value: 1234.5, unit: "亿元",
                        released: CalendarDay(year: 2014, month: 3, day: 18), source: "省统计局"),
            Observation(series: "fai", period: Self.february, measure: .ytdGrowth, value: 18.5, unit: "%",
                        released: CalendarDay(year: 2014, month: 3, day: 18), source: "省统计局"),
        ])
    }

    @Test("Every Chinese name of every column", arguments: LongCSVHeaderName.chinese.sorted { $0.key < $1.key })
    func everyHeaderName(name: String, column: String) throws {
        var header = LongCSVFormat.header
        header[header.firstIndex(of: column)!] = name
        let rows = try long(header.joined(separator: ",") + "\ngdp,2014-02,ytd_growth,7.5,%,2014-03-20,局\n")
        #expect(rows.count == 1 && rows[0].value == 7.5 && rows[0].source == "局")
    }

    @Test("Periods as typed", arguments: ["2014/2", "2014-2", "2014/02", "2014年2月", "2014年1-2月", "2014年1—2月", "2014-02"])
    func periodsAsTyped(period: String) throws {
        let rows = try long("指标,期间,口径,数值\ngdp,\(period),当月值,1\n")
        #expect(rows.map(\.period) == [Self.february])
    }

    @Test("1-2月 takes the year given to the reader; without one, the error says how to give it")
    func periodWithoutYear() throws {
        let text = "指标,期间,口径,数值\nfai,1-2月,累计同比,18.5%\nfai,1-3月,累计同比,17.9%\n"
        #expect(try long(text, year: 2014).map(\.period) == [Self.february, .month(year: 2014, month: 3)])
        #expect(try long("series,period,measure,value\nfai,2013年1-2月,ytd_value,1\n", year: 2014).map(\.period)
                == [.month(year: 2013, month: 2)], "a year in the cell wins")
        #expect(longFailure(text) == "e.csv:2:5: period '1-2月' gives no year; expected a year in the cell (2014年1-2月) "
                + "or the year for every such label (targettrack import --year 2014)")
    }

    @Test("Measures as bureaus print them", arguments: [
        ("累计值", Measure.ytdValue), ("累计增长", .ytdGrowth), ("累计同比", .ytdGrowth), ("累计增长(%)", .ytdGrowth),
        ("当月值", .monthValue), ("当月同比", .monthGrowth), ("累计平均 (上年=100)", .ytdAvgIndex),
        ("累计平均（上年＝100）", .ytdAvgIndex), ("期末值", .level), ("完成进度", .progress), ("YTD_Growth", .ytdGrowth),
    ])
    func printedMeasures(name: String, measure: Measure) throws {
        #expect(try long("指标,期间,口径,数值\nx,2014-02,\(name),1\n").map(\.measure) == [measure])
    }

    @Test("Every printed name of every measure", arguments: Measure.printedNames.sorted { $0.key < $1.key })
    func everyPrintedName(name: String, measure: Measure) throws {
        let value = measure == .milestone ? "done" : "1"
        #expect(try long("指标,期间,口径,数值\nx,2014-02,\(name),\(value)\n").map(\.measure) == [measure])
    }

    @Test("Anything else still gets its clear error with file:line:column", arguments: [
        ("x,2014年4-6月,累计值,1\n", "e.csv:2:3: bad period '2014年4-6月'; expected YYYY-MM, YYYY-Qn or YYYY, or a label such as 2014/2"),
        ("x,2014/13,累计值,1\n", "e.csv:2:3: bad period '2014/13'"),
        ("x,2014-02,累积值,1\n", "e.csv:2:11: unknown measure '累积值'; expected one of ytd_value"),
        ("x,2014-02,累计值,\"1,5\"\n", "e.csv:2:15: value '1,5' is not a number"),
        ("x,2014-02,累计值,\"1.234,5\"\n", "e.csv:2:15: value '1.234,5' is not a number"),
        ("x,2014-02,累计值,18.5%%\n", "e.csv:2:15: value '18.5%%' is not a number"),
    ])
    func otherInputsFail(row: String, message: String) {
        #expect(longFailure("指标,期间,口径,数值\n" + row).hasPrefix(message))
    }

    @Test func aHeaderWithoutAValueColumnNamesBothVocabularies() {
        #expect(longFailure("指标,期间,口径,金额\nx,2014-02,累计值,1\n") == "e.csv:1:1: the header has no 'value' column; "
                + "expected the columns series,period,measure,value,unit,released,source or their Chinese names "
                + "指标,期间,口径,数值,单位,发布日期,来源 (found 指标,期间,口径,金额)")
    }

    @Test("A Chinese header is the long format, in UTF-8 or GB18030, in any column order")
    func detection() {
        #expect(ReleaseFormat.detect(Data("指标,期间,口径,数值,单位\ngdp,1-2月,累计值,1,亿元\n".utf8)) == .long)
        #expect(ReleaseFormat.detect(Data("value,period,measure,series\n1,2014-02,ytd_value,gdp\n".utf8)) == .long)
        let gb18030: [UInt8] = [214, 184, 177, 234, 44, 198, 218, 188, 228, 44, 191, 218, 190, 182, 44, 202, 253, 214, 181, 10]
        #expect(ReleaseFormat.detect(Data(gb18030)) == .long)
        #expect(ReleaseFormat.detect(Data("指标,1-2月,1-3月\n固定资产投资,1,2\n".utf8)) == .wide)
    }

    // MARK: - Release tables

    private let map = SeriesMap(roles: [
        "固定资产投资": .series(.init(series: "fai", measure: .ytdValue, unit: "亿元")),
        "固定资产投资增速": .series(.init(series: "fai", measure: .ytdGrowth, unit: "%")),
    ])

    private func wide(_ text: String, year: Int? = nil) throws -> [Observation] {
        try WideTableReader(map: map, year: year).read(ReleaseTable(csvText: text, file: "w.csv")).map(\.observation)
    }

    @Test("A table headed 1-2月 takes the year given; without one, the error says how to give it")
    func wideTableWithoutYear() throws {
        let text = "指标,1-2月,1-3月\n固定资产投资,\"1,234.5\",\"2,345.6\"\n固定资产投资增速,18.5%,17.9%\n"
        let rows = try wide(text, year: 2014)
        #expect(rows.count == 4)
        #expect(rows.contains { $0.period == Self.february && $0.measure == .ytdValue && $0.value == 1234.5 })
        #expect(rows.contains { $0.period == .month(year: 2014, month: 3) && $0.measure == .ytdGrowth && $0.value == 17.9 })
        #expect { try wide(text) } throws: { error in
            "\(error)" == "w.csv:1:4: period label '1-2月' gives no year, and no title above the table does; "
                + "expected the year for such labels (targettrack import --year 2014)"
        }
        #expect(try wide("2013年主要指标,,\n" + text, year: 2014).allSatisfy { $0.period.year == 2013 }, "the title's year wins")
    }

    @Test("Table periods as typed", arguments: ["2014/2", "2014-2", "2014年2月", "2014年1-2月"])
    func widePeriods(label: String) throws {
        let rows = try wide("指标,2014年1月,\(label)\n固定资产投资,—,\"1,234.5\"\n")
        #expect(rows.map(\.period) == [Self.february] && rows.map(\.value) == [1234.5])
    }

    @Test func aSeriesMapTakesPrintedMeasures() throws {
        var reader = CSVReader(text: "name,series,measure\n投资增速,fai,累计同比\n投资,fai,累计值\n", file: "m.csv")
        let map = try SeriesMap(records: reader.readAll(), file: "m.csv")
        #expect(map.role(of: "投资增速") == .series(.init(series: "fai", measure: .ytdGrowth)))
        #expect(map.role(of: "投资") == .series(.init(series: "fai", measure: .ytdValue)))
    }
}
