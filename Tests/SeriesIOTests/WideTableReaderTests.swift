import Testing
import TargetModel
@testable import SeriesIO

@Suite struct WideTableReaderTests {
    let map = SeriesMap(roles: [
        "固定资产投资": .series(.init(series: "fai", measure: .ytdValue, unit: "亿元")),
        "固定资产投资增速": .series(.init(series: "fai", measure: .ytdGrowth, unit: "%")),
        "地区生产总值增速": .series(.init(series: "gdp", measure: .ytdGrowth, unit: "%", frequency: .quarter)),
        "终端值": .series(.init(series: "x", measure: .level, zeroIsMissing: true)),
    ])

    func read(_ text: String) throws -> [Observation] {
        try WideTableReader(map: map).read(ReleaseTable(csvText: text, file: "t.csv")).map(\.observation)
    }

    @Test func namesDownPeriodsAcrossNewestFirstWithTitleYear() throws {
        let text = """
        2013年全省主要经济指标,,,
        指标,1-10月,1-9月,1-2月
        固定资产投资,"8,072.5",７２０８．３,—
        固定资产投资增速,26.3%,27.3,−1.5
        """
        let observations = try read(text)
        #expect(observations.count == 5)
        #expect(observations.contains(Observation(series: "fai", period: Period("2013-10")!, measure: .ytdValue, value: 8072.5, unit: "亿元", source: "t.csv")))
        #expect(observations.contains { $0.period == Period("2013-09")! && $0.value == 7208.3 })
        #expect(observations.contains { $0.period == Period("2013-02")! && $0.measure == .ytdGrowth && $0.value == -1.5 })
    }

    @Test func periodsDownOldestFirst() throws {
        let text = """
        时间,固定资产投资,地区生产总值增速
        2013年一季度,420.5,7.7
        2013年上半年,3539.3,8.2
        2013年前三季度,7208.3,8.1
        2013年全年,11121,8.0
        """
        let observations = try read(text)
        #expect(observations.contains { $0.series == "gdp" && $0.period == Period("2013-Q2")! && $0.value == 8.2 })
        #expect(observations.contains { $0.series == "gdp" && $0.period == Period("2013-Q4")! && $0.value == 8.0 })
        #expect(observations.contains { $0.series == "fai" && $0.period == Period("2013-Q3")! && $0.value == 7208.3 })
    }

    @Test func quarterlySeriesRejectsAMonthThatEndsNoQuarter() throws {
        let text = "月份,地区生产总值增速\n2013-05,8.0\n"
        #expect { try read(text) } throws: { error in
            "\(error)".contains("t.csv:2:1") && "\(error)".contains("does not end a quarter")
        }
    }

    @Test func zeroDeclaredMissingIsSkipped() throws {
        let observations = try read("月份,终端值\n2013.01,0\n2013.02,5\n")
        #expect(observations.map(\.value) == [5])
    }

    @Test func badCellsNameLineColumnAndExpectation() throws {
        #expect { try read("月份,固定资产投资\n2013-09,12亿\n") } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("t.csv:2:9:") && text.contains("'12亿'") && text.contains("not a number")
        }
    }

    @Test func conflictingDuplicatesNameBothCells() throws {
        #expect { try read("月份,固定资产投资,固定资产投资\n2013-09,1,2\n") } throws: { error in
            "\(error)".contains("t.csv:2:11") && "\(error)".contains("t.csv:2:9")
        }
        #expect(try read("月份,固定资产投资,固定资产投资\n2013-09,1,1\n").count == 1)
    }

    @Test func tableWithoutMappedNamesOrPeriodsIsAnError() throws {
        #expect(throws: ReleaseError.self) { try read("a,b\n1,2\n") }
        #expect { try read("指标,甲,乙\n固定资产投资,1,2\n") } throws: { "\($0)".contains("no period labels") }
    }

    @Test func seriesMapFileErrorsNameTheCell() throws {
        let records = try TextFormatsTestSupport.records("name,series,measure\n投资,fai,ytd_valu\n")
        #expect { try SeriesMap(records: records, file: "m.csv") } throws: { error in
            "\(error)".hasPrefix("m.csv:2:") && "\(error)".contains("unknown measure 'ytd_valu'")
        }
        let twice = try TextFormatsTestSupport.records("name,series,measure\n投资,fai,ytd_value\n投资,fai,ytd_growth\n")
        #expect { try SeriesMap(records: twice, file: "m.csv") } throws: { "\($0)".contains("mapped twice (first on line 2)") }
        let ok = try SeriesMap(records: TextFormatsTestSupport.records("name,series,measure,unit,zero_missing,frequency\n 投资 ,fai,ytd_value,亿元,yes,quarter\n"), file: "m.csv")
        #expect(ok.role(of: "投资") == .series(.init(series: "fai", measure: .ytdValue, unit: "亿元", zeroIsMissing: true, frequency: .quarter)))
    }
}
