import Foundation
import Projection
import Reporting
import Risk
import TargetModel
import Testing

@Suite struct RiskListTests {
    private let english = RiskList.table(SampleMonth.assessments, language: .en, order: .catalog)
    private let chinese = RiskList.table(SampleMonth.assessments, language: .zh, order: .catalog)

    private func records(_ csv: String) -> [String] {
        csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func englishHeaderIsExactlyTheIssuesColumns() {
        let header = records(english.csv()).first
        #expect(header == "id,section,indicator,target,comparator,value,unit,latest_period,latest_value,projection,p10,p90,probability,status,required_pace,pace_so_far,unprecedented,lead,co,change,news,history_years,sufficiency,warnings,explanation")
    }

    @Test func chineseHeaderAndStatusWords() {
        let lines = records(chinese.csv())
        #expect(lines[0].hasPrefix("\u{FEFF}编号,条目,指标,目标,比较方式,目标值,单位,最新期,"))
        #expect(lines[0].split(separator: ",").count == RiskList.keys.count)
        #expect(lines[1].contains(",难以完成,") || lines[1].contains(",有风险,"))
        #expect(lines[5].contains(",滞后,"))
        #expect(!chinese.csv().contains("off_track"))
        #expect(english.csv().contains(",off_track,"))
    }

    @Test func csvWrittenRowByRowIsTheSameFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("risks-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for table in [english, chinese, RiskList.table(SampleMonth.assessments, language: .zh)] {
            try table.writeCSV(to: path)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(table.csv().utf8))
        }
    }

    @Test func oneRowPerTargetWithTheAssessedValues() throws {
        #expect(english.rows.count == SampleMonth.targets.count)
        let gdp = english.rows[0]
        func field(_ key: String) -> ReportField { gdp[RiskList.keys.firstIndex(of: key)!] }
        #expect(field("target") == .text("11%左右"))
        #expect(field("latest_period") == .text("2013-09"))
        #expect(field("latest_value") == .number(8))
        #expect(field("projection") == .number(8.4))
        let p = try #require(SampleMonth.assessments[0].probability)
        #expect(field("probability") == .number((p * 1000).rounded() / 1000))
        #expect(field("lead") == .text("省发改委"))
        #expect(field("change") == .number(-0.8))
        // Ending exactly on 11 % from 8 % through September: (1.11 − 0.75·1.08)/0.25 − 1 = 20 %.
        #expect(field("required_pace") == .number(20))
        #expect(field("pace_so_far") == .number(8))
        #expect(field("unprecedented") == .flag(true))
    }

    @Test func textThatLooksLikeAFormulaIsNeutralisedButNumbersAreNot() {
        let csv = english.csv()
        let row = records(csv)[6]
        #expect(row.hasPrefix(#"T006,'-2,"'=HYPERLINK(""http://x"",""进出口"")",≥8%,at_least,8,%,"#))
        // Negative numbers (projection change) stay numbers.
        #expect(records(csv)[1].contains(",-0.8,"))
    }

    @Test func chineseCSVStartsWithTheByteOrderMarkUnlessToldNot() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(Array(chinese.csv().utf8.prefix(3)) == bom)
        #expect(chinese.csv(byteOrderMark: false).hasPrefix("编号,"))
        #expect(Array(english.csv(byteOrderMark: true).utf8.prefix(3)) == bom)
        #expect(english.csv().hasPrefix("id,"))
    }

    @Test func sortedRiskiestFirstUnlessAskedForTheCatalogOrder() {
        let byRisk = RiskList.table(SampleMonth.assessments, language: .en)
        let ids = byRisk.rows.map { $0[0] }
        // Off track (GDP 26 % short and investment 30 % short: both severe, lowest P first), at risk, late,
        // on track, then no data.
        #expect(ids == [.text("T001"), .text("T002"), .text("T004"), .text("T005"), .text("T003"), .text("T006")])
        #expect(english.rows.map { $0[0] } == SampleMonth.targets.map { .text($0.id) })
    }

    @Test func chineseComparatorWordsAndEnglishCodes() {
        let column = RiskList.keys.firstIndex(of: "comparator")!
        #expect(chinese.rows.map { field -> String in
            if case let .coded(_, label) = field[column] { return label } else { return "" }
        } == ["左右", "以上", "以内", "完成", "完成", "以上"])
        #expect(english.rows[0][column] == .coded(code: "approx", label: "approx"))
        let table = RiskList.table(SampleMonth.assessments, language: .zh, order: .catalog)
        #expect(table.rows[1][column] == .coded(code: "at_least", label: "以上"), "the code in JSON, the words in CSV")
    }

    @Test func newsSaysWhatMovedInTheReadersLanguage() {
        let news = SampleMonth.assessments[0].news!
        #expect(news.surprises.count == 1)
        let zh = RiskList.newsText(news, language: .zh)
        let en = RiskList.newsText(news, language: .en)
        #expect(zh.contains("2013-09发布8，预期"))
        #expect(en.contains("2013-09 released 8 vs expected"))
    }

    @Test func targetTextAsPeopleWriteIt() {
        let texts = SampleMonth.targets.map(\.targetText)
        #expect(texts == ["11%左右", "≥30%", "≤3.5%", "300所", "", "≥8%"])
        var fall = SampleMonth.targets[1]
        fall.direction = .decrease
        fall.value = 3.7
        #expect(fall.targetText == "下降≥3.7%")
    }
}
