import Foundation
import SeriesIO
import TargetModel
import Testing
import Workspace

/// A spreadsheet user's files imported into a workspace as `targettrack import` does
/// (`Workspace.importFile`, layout detected): a long file with Chinese headers and printed
/// measures, a release table headed `1-2月`, each with the year given for labels that print none.
@Suite struct ExcelImportTests {
    private let folder: URL
    private let workspace: Workspace

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("excel-import-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        workspace = try Workspace(path: folder.appendingPathComponent("w.sqlite").path)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private static let february = Period.month(year: 2014, month: 2)
    private static let march = Period.month(year: 2014, month: 3)

    @Test func aLongFileAsAnExcelUserTypesIt() throws {
        let path = try write("月报.csv", """
            指标,期间,口径,数值,单位,发布日期,来源
            fai,1-2月,累计值,"1,234.5",亿元,2014-03-18,省统计局
            fai,1-2月,累计同比,18.5%,%,2014-03-18,省统计局
            fai,2014年1-3月,累计值,"2,345.6",亿元,2014-04-17,省统计局
            fai,2014/3,累计同比,17.9%,%,2014-04-17,省统计局
            cpi,2014年2月,累计平均 (上年=100),101.9,上年=100,2014-03-12,省统计局
            unemployment,2014-3,期末值,4.2,%,,省统计局
            """ + "\n")
        let record = try workspace.importFile(path: path, year: 2014)
        #expect((record.rowsRead, record.newObservations, record.missing) == (6, 6, 0))
        let data = try workspace.seriesData(knownAt: nil)
        #expect(data["fai"]?.value(.ytdValue, Self.february) == 1234.5)
        #expect(data["fai"]?.value(.ytdGrowth, Self.february) == 18.5)
        #expect(data["fai"]?.value(.ytdValue, Self.march) == 2345.6)
        #expect(data["fai"]?.value(.ytdGrowth, Self.march) == 17.9)
        #expect(data["cpi"]?.value(.ytdAvgIndex, Self.february) == 101.9)
        #expect(data["unemployment"]?.value(.level, Self.march) == 4.2)
        #expect(try workspace.vintages(series: "fai").first?.observation.released == CalendarDay(year: 2014, month: 3, day: 18))
    }

    @Test("A Chinese header saved by Excel in GB18030 is still the long format")
    func aGB18030LongFile() throws {
        // 指标,期间,口径,数值 / fai,1-2月,累计同比,18.5% in GB18030.
        let bytes: [UInt8] = [214, 184, 177, 234, 44, 198, 218, 188, 228, 44, 191, 218, 190, 182, 44, 202, 253, 214, 181, 10,
                              102, 97, 105, 44, 49, 45, 50, 212, 194, 44, 192, 219, 188, 198, 205, 172, 177, 200, 44, 49, 56,
                              46, 53, 37, 10]
        let url = folder.appendingPathComponent("gbk.csv")
        try Data(bytes).write(to: url)
        #expect(try workspace.importFile(path: url.path, year: 2014).newObservations == 1)
        #expect(try workspace.seriesData(knownAt: nil)["fai"]?.value(.ytdGrowth, Self.february) == 18.5)
    }

    @Test func withoutTheYearNothingIsStoredAndTheErrorSaysWhere() throws {
        let path = try write("no-year.csv", "指标,期间,口径,数值\nfai,2014-01,累计值,1\nfai,1-2月,累计值,2\n")
        #expect { try workspace.importFile(path: path) } throws: { error in
            "\(error)" == "\(path):3:5: period '1-2月' gives no year; expected a year in the cell (2014年1-2月) "
                + "or the year for every such label (targettrack import --year 2014)"
        }
        #expect(try workspace.vintageCount() == 0)
    }

    @Test func aReleaseTableHeaded1To2MonthsTakesTheYear() throws {
        let map = SeriesMap(roles: [
            "固定资产投资": .series(.init(series: "fai", measure: .ytdValue, unit: "亿元")),
            "固定资产投资增速": .series(.init(series: "fai", measure: .ytdGrowth, unit: "%")),
        ])
        let path = try write("表.csv", "指标,1-2月,1-3月\n固定资产投资,\"1,234.5\",\"2,345.6\"\n固定资产投资增速,18.5%,17.9%\n")
        #expect { try workspace.importFile(path: path, map: map) } throws: { "\($0)".contains("--year") }
        let record = try workspace.importFile(path: path, map: map, defaultReleased: CalendarDay(year: 2014, month: 4, day: 17),
                                              year: 2014)
        #expect((record.rowsRead, record.newObservations) == (4, 4))
        let data = try workspace.seriesData(knownAt: nil)
        #expect(data["fai"]?.value(.ytdValue, Self.march) == 2345.6)
        #expect(data["fai"]?.value(.ytdGrowth, Self.february) == 18.5)
    }
}
