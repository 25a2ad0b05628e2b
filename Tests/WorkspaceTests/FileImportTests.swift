import Foundation
import SeriesIO
import TargetModel
import Testing
import TextFormats
import Workspace

/// Importing files from disk: the long format streamed on a second thread (several batches),
/// other encodings, and the checksum in the import log.
@Suite struct FileImportTests {
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("file-import-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A long-format file of `rows` rows (more than two read-ahead batches), oldest first.
    private func longFile(rows: Int, replacing line: Int? = nil, with replacement: String = "") -> String {
        var text = "series,period,measure,value,unit,released,source\n"
        for index in 0..<rows {
            let series = "s\(index / 240)", year = 2000 + index % 240 / 12, month = index % 12 + 1
            let row = "\(series),\(year)-\(month < 10 ? "0" : "")\(month),ytd_value,\(index).5,亿元,,测试\n"
            text += index + 2 == line ? replacement : row
        }
        return text
    }

    @Test("Progress is reported at every interval of rows, in order, within the file's import")
    func progressIsReported() throws {
        let workspace = try Workspace(path: folder.appendingPathComponent("w.sqlite").path)
        let path = try write("long.csv", Array(longFile(rows: 1_000).utf8))
        nonisolated(unsafe) var reported: [Int] = []
        let record = try workspace.importFile(path: path, progress: ImportProgress(every: 300) { reported.append($0) })
        #expect(record.rowsRead == 1_000)
        #expect(reported == [300, 600, 900])
    }

    @Test("An empty file and a folder are named for what they are")
    func emptyFileAndFolder() throws {
        let workspace = try Workspace(path: folder.appendingPathComponent("w.sqlite").path)
        let empty = try write("empty.csv", [])
        #expect { try workspace.importFile(path: empty) } throws: { "\($0)" == "\(empty): cannot read the file: the file is empty" }
        #expect { try workspace.importFile(path: folder.path) } throws: { "\($0)" == "\(folder.path): cannot read the file: it is a folder, not a file" }
        #expect(try workspace.importLog().isEmpty)
    }

    @Test("A workspace path that is a folder, or in a missing folder, is explained and creates nothing")
    func workspacePaths() {
        #expect { try Workspace(path: folder.path) } throws: { "\($0)".contains("it is a folder; give a workspace file such as") }
        let missing = folder.appendingPathComponent("no/w.sqlite").path
        #expect { try Workspace(path: missing) } throws: { "\($0)".hasSuffix("no such folder \(folder.path)/no") }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
    }

    @Test func aLongFileOfSeveralBatchesImportsWithItsChecksum() throws {
        let workspace = try Workspace(path: folder.appendingPathComponent("w.sqlite").path)
        let rows = ReadAhead<LongCSVReader>.batchSize * 2 + 123
        let path = try write("long.csv", Array(longFile(rows: rows).utf8))
        let record = try workspace.importFile(path: path)
        #expect((record.rowsRead, record.newObservations, record.newVintages, record.unchanged) == (rows, rows, 0, 0))
        #expect(record.checksum == (try FileChecksum.crc32(path: path)))
        #expect(try workspace.vintageCount() == rows)
        let last = try #require(try workspace.vintages(series: "s\((rows - 1) / 240)").last)
        #expect(last.line == rows + 1 && last.observation.value == Double(rows - 1) + 0.5)
    }

    @Test func aBadCellInALaterBatchStoresNothing() throws {
        let workspace = try Workspace(path: folder.appendingPathComponent("w.sqlite").path)
        let rows = ReadAhead<LongCSVReader>.batchSize * 2 + 123
        let path = try write("bad.csv", Array(longFile(rows: rows, replacing: rows - 5, with: "s1,2013-09,ytd_value,abc,亿元,,\n").utf8))
        #expect(throws: SeriesIOError.nonNumericValue(TextLocation(file: path, line: rows - 5, column: 22), cell: "abc")) {
            try workspace.importFile(path: path)
        }
        #expect(try workspace.vintageCount() == 0)
        #expect(try workspace.importLog().isEmpty)
    }

    @Test func aGBKLongFileIsDecodedAndUTF8IsNotAssumedSilently() throws {
        // series,period,measure,value,unit,released,source / gdp,2013-09,ytd_value,100,亿元,,统计局 in GBK.
        let gbk: [UInt8] = Array("series,period,measure,value,unit,released,source\ngdp,2013-09,ytd_value,100,".utf8)
            + [0xD2, 0xDA, 0xD4, 0xAA] + Array(",,".utf8) + [0xCD, 0xB3, 0xBC, 0xC6, 0xBE, 0xD6] + [0x0A]
        let path = try write("gbk.csv", gbk)
        let workspace = try Workspace(path: folder.appendingPathComponent("w.sqlite").path)
        #expect(throws: SeriesIOError.notUTF8(TextLocation(file: path, line: 2, column: 27))) {
            try workspace.importFile(path: path, encoding: .utf8)
        }
        let record = try workspace.importFile(path: path)
        #expect(record.newObservations == 1)
        let stored = try #require(try workspace.vintages().first?.observation)
        #expect((stored.unit, stored.source) == ("亿元", "统计局"))
        #expect(try workspace.importFile(path: path, encoding: .gb18030).unchanged == 1)
    }
}
