import Foundation
import Testing
import TargetModel
import TextFormats
import ZIPFoundation
@testable import SeriesIO

/// Issue 20: release files that must be refused with their place (and nothing read), or read
/// correctly — never a crash, a hang, or ±Inf stored.
@Suite struct HostileReleaseTests {
    static let header = "series,period,measure,value,unit,released,source\n"

    static func longFailure(_ text: String) -> String {
        do {
            var reader = try LongCSVReader(text: text, file: "r.csv")
            while try reader.next() != nil {}
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    // MARK: - Long CSV

    @Test(arguments: ["1e309", "-1e309", String(repeating: "9", count: 400), "1e308", "1e16"])
    func longValuesBeyondTheNumberRuleAreRefusedWithTheirPlace(value: String) {
        let message = Self.longFailure(Self.header + "zz1,2013-09,ytd_value,\(value),亿元,,\n")
        #expect(message.hasPrefix("r.csv:2:23: value '"))
        #expect(message.contains("out of range; expected \(NumberRule.expectation)"))
        #expect(message.count < 200)
    }

    @Test(arguments: ["0001-01-01", "1948-12-31", "2101-01-01", "9999-12-31"])
    func releaseDatesOutsideThePlausibleYearsAreRefused(date: String) {
        let message = Self.longFailure(Self.header + "gdp,2013-09,ytd_growth,10.1,%,\(date),\n")
        #expect(message.hasPrefix("r.csv:2:31: bad release date '\(date)'; expected YYYY-MM-DD from 1949 to 2100"))
    }

    @Test func aPlausibleReleaseDateRoundTripsThroughExport() throws {
        var reader = try LongCSVReader(text: Self.header + "gdp,2013-09,ytd_growth,10.1,%,1949-10-01,\n", file: "r.csv")
        let row = try #require(try reader.next())
        #expect(row.observation.released?.description == "1949-10-01")
    }

    @Test(arguments: ["\u{FEFF}gdp", "gdp\u{200B}", "\u{2060}gdp", "g\u{7}dp", "gdp\u{202E}"])
    func invisibleCharactersInASeriesIdAreRefused(series: String) {
        let message = Self.longFailure(Self.header + "gdp,2013-08,ytd_growth,10,%,,\n\(series),2013-09,ytd_growth,10.1,%,,\n")
        #expect(message.hasPrefix("r.csv:3:1: "))
        #expect(message.contains("invisible character U+"))
    }

    @Test(arguments: [
        ("\u{FEFF}\u{FEFF}series,period,measure,value\n", "second byte-order mark"),
        ("series,period,measure,value,value\n", "the column 'value' appears twice"),
        ("series,period,measure,value,\n", "column 5 of the header has no name (a trailing comma?)"),
        ("series,period,value\n", "the header has no 'measure' column"),
    ])
    func headerProblemsAreNamed(header: String, problem: String) {
        let message = Self.longFailure(header + "gdp,2013-09,ytd_growth,10.1\n")
        #expect(message.hasPrefix("r.csv:1:"))
        #expect(message.contains(problem))
    }

    @Test(arguments: ["\u{FEFF}series,period,measure,value", "series,period,measure,value,value", "series,period,measure,value,",
                      "series,period,value,unit"])
    func aBrokenLongHeaderIsDetectedAsLongNotAsAReleaseTable(firstLine: String) {
        let bytes = [0xEF, 0xBB, 0xBF] + Array((firstLine + "\ngdp,2013-09,ytd_growth,10.1\n").utf8)
        #expect(ReleaseFormat.detect(Data(bytes)) == .long)
    }

    @Test func formulasWrittenByExportReadBackAsTheyWere() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try LongCSVWriter(path: path)
        let hostile = Observation(series: "=1+1", period: Period("2013-09")!, measure: .ytdValue, value: -3.5,
                                  unit: "\t亿元", released: CalendarDay("2013-10-20"), source: "+cmd|' /C calc'!A0")
        try writer.write(hostile)
        try writer.finish()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("'=1+1,2013-09,ytd_value,-3.5,'\t亿元,2013-10-20,'+cmd|' /C calc'!A0"))
        #expect(try LongCSVReader.read(path: path).map(\.observation) == [hostile])
    }

    // MARK: - Wide tables

    let map = SeriesMap(roles: ["固定资产投资": .series(.init(series: "fai", measure: .ytdValue, unit: "亿元"))])

    func wideFailure(_ text: String) -> String {
        do {
            _ = try WideTableReader(map: map).read(ReleaseTable(csvText: text, file: "t.csv"))
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: ["1e309", "inf", "-inf", "1e308", String(repeating: "9", count: 400)])
    func wideValuesBeyondTheNumberRuleAreRefused(value: String) {
        let message = wideFailure("指标,2013-09,2013-10\n固定资产投资,1,\(value)\n")
        #expect(message.hasPrefix("t.csv:2:"))
        #expect(message.contains("is not a number"))
        #expect(message.count < 300)
    }

    @Test func anExtraCellPastThePeriodLabelsIsRefusedNotDropped() {
        let message = wideFailure("指标,2013-09,2013-10\n固定资产投资,1,2,3\n")
        #expect(message.hasPrefix("t.csv:2:12: '3' beside '固定资产投资' has no period label"))
    }

    @Test func aWideReleaseDateOfYearOneIsRefused() {
        let map = SeriesMap(roles: ["固定资产投资": .series(.init(series: "fai", measure: .ytdValue)), "发布日期": .released])
        #expect(throws: ReleaseError.self) {
            try WideTableReader(map: map).read(ReleaseTable(csvText: "指标,固定资产投资,发布日期\n2013-09,1,0001-01-01\n", file: "t.csv"))
        }
    }

    @Test func aThirtyTwoMegabyteWideCellIsRefusedFast() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wide-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(("指标,2013-09\n固定资产投资," + String(repeating: "1", count: 32 << 20) + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let started = ContinuousClock.now
        #expect { try ReleaseFileReader(map: map).read(path: path, format: .wide) } throws: {
            "\($0)".hasPrefix("\(path):2:") && "\($0)".contains("longer than") && "\($0)".count < 400
        }
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func aWideDecodeErrorNamesThePathOnceWithLineAndColumn() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Array("指标,2013-09\n固定资产投资,".utf8) + [0xFF, 0xFF]).write(to: URL(fileURLWithPath: path))
        #expect { try ReleaseFileReader(map: map).read(path: path, format: .wide) } throws: {
            "\($0)".hasPrefix("\(path):2:8: cannot decode") && "\($0)".components(separatedBy: path).count == 2
        }
    }

    // MARK: - XLSX

    /// A one-sheet workbook whose parts are stored or deflated as asked.
    static func workbook(sheetData: String, method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        try add("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"\(ns)\" xmlns:r=\"r\"><sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
        try add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
        try add("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"\(ns)\"><sheetData>\(sheetData)</sheetData></worksheet>")
        return try #require(archive.data)
    }

    static func save(_ data: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tt-\(UUID().uuidString).xlsx").path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func xlsxFailure(_ data: Data) throws -> String {
        let path = try save(data)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try XLSXWorkbook(path: path)
            return "no error"
        } catch {
            return "\(error)".replacingOccurrences(of: path, with: "w.xlsx")
        }
    }

    @Test func anOverlongCellReferenceIsRefusedNotOverflowed() throws {
        let message = try Self.xlsxFailure(Self.workbook(sheetData: "<row r=\"3\"><c r=\"AAAAAAAAAAAAAAAA3\"><v>1</v></c></row>"))
        #expect(message.hasPrefix("w.xlsx: sheet '表': cell reference 'AAAAAAAAAAAAAAAA3' is not like B12"))
    }

    @Test func aCellAtRowOneHundredMillionIsRefusedWithoutAllocating() throws {
        let message = try Self.xlsxFailure(Self.workbook(sheetData: "<row r=\"100000000\"><c r=\"C100000000\"><v>1</v></c></row>"))
        #expect(message.contains("cell reference 'C100000000' is not like B12"))
    }

    @Test func aSheetSpanningTooManyCellsIsRefused() throws {
        let rows = (1...200).map { "<row r=\"\($0 * 5000)\"><c r=\"XFD\($0 * 5000)\"><v>1</v></c></row>" }.joined()
        let message = try Self.xlsxFailure(Self.workbook(sheetData: rows))
        #expect(message.contains("spans") && message.contains("InputLimits.maximumSheetCells"))
    }

    @Test(arguments: ["inf", "-inf", "1e309", "NaN", "1e308"])
    func numberCellsBeyondTheNumberRuleAreRefused(value: String) throws {
        let message = try Self.xlsxFailure(Self.workbook(sheetData: "<row r=\"2\"><c r=\"B2\"><v>\(value)</v></c></row>"))
        #expect(message.hasPrefix("w.xlsx: sheet '表', cell B2: number cell holds '\(value)'"))
    }

    @Test func aPartWithABadCRCIsRefused() throws {
        var data = try Self.workbook(sheetData: "<row r=\"1\"><c r=\"A1\"><v>10.1</v></c></row>", method: .none)
        let range = try #require(data.range(of: Data("10.1".utf8)))
        data.replaceSubrange(range, with: Data("70.1".utf8))
        let message = try Self.xlsxFailure(data)
        #expect(message.contains("xl/worksheets/sheet1.xml fails its CRC-32 check"))
    }

    @Test func aSheetCutShortIsRefused() throws {
        let path = try Self.save(Self.workbook(sheetData: ""))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The sheet part as a truncated file would hold it: rows, then nothing.
        let archive = try Archive(data: Data(), accessMode: .create)
        let full = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        for entry in full where entry.path != "xl/worksheets/sheet1.xml" {
            var bytes = Data()
            _ = try full.extract(entry) { bytes.append($0) }
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count)) { p, s in bytes.subdata(in: Int(p)..<Int(p) + s) }
        }
        let cut = Data("<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2".utf8)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(cut.count)) { p, s in cut.subdata(in: Int(p)..<Int(p) + s) }
        let message = try Self.xlsxFailure(try #require(archive.data))
        #expect(message.hasPrefix("w.xlsx: sheet '表': "))
        #expect(message.contains("XML"))
    }

    @Test func aZipBombIsRefusedEarlyInBoundedMemory() throws {
        let padding = String(repeating: " ", count: 64 << 20)
        let data = try Self.workbook(sheetData: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + padding)
        #expect(data.count < 1 << 20)
        let started = ContinuousClock.now
        let message = try Self.xlsxFailure(data)
        #expect(message.contains("xl/worksheets/sheet1.xml unpacks to more than"))
        #expect(message.contains("not a zip bomb"))
        #expect(ContinuousClock.now - started < .seconds(20))
    }
}

@Suite struct HostileSeriesMapTests {
    @Test func aSeriesMapWithAnInvisibleSeriesIdIsRefused() throws {
        var reader = CSVReader(text: "name,series,measure\n固定资产投资,fai\u{200B},ytd_value\n", file: "m.csv")
        let records = try reader.readAll()
        #expect { try SeriesMap(records: records, file: "m.csv") } throws: { "\($0)".contains("invisible character U+200B") && "\($0)".hasPrefix("m.csv:2:") }
    }
}

@Suite struct HostilePrintedNameTests {
    @Test func aZeroWidthSpaceInAPrintedNameDoesNotHideItsRow() throws {
        let map = SeriesMap(roles: ["固定资产投资": .series(.init(series: "fai", measure: .ytdValue))])
        let table = try ReleaseTable(csvText: "指标,2013-09,2013-10\n\u{FEFF}固定资产\u{200B}投资,8072.5,9000\n", file: "t.csv")
        #expect(try WideTableReader(map: map).read(table).map(\.observation.value) == [8072.5, 9000])
    }
}
