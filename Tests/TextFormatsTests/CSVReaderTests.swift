import Evaluation
import Foundation
import Testing
import TargetModel
import TextFormats

/// Reads `text` in memory and returns every record's fields.
private func fields(_ text: String) throws -> [[String]] {
    var reader = CSVReader(text: text, file: "t.csv")
    return try reader.readAll().map(\.fields)
}

private func records(_ text: String) throws -> [CSVRecord] {
    var reader = CSVReader(text: text, file: "t.csv")
    return try reader.readAll()
}

/// The location and message of the malformed-CSV error reading `text` raises, if any.
private func csvError(_ text: String) -> (location: TextLocation, message: String)? {
    var reader = CSVReader(text: text, file: "t.csv")
    do {
        _ = try reader.readAll()
        return nil
    } catch let TextFormatsError.malformedCSV(location, message) {
        return (location, message)
    } catch {
        return nil
    }
}

@Test func plainFieldsAndLines() throws {
    #expect(try fields("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
    #expect(try fields("a,b\n1,2") == [["a", "b"], ["1", "2"]], "last line needs no line break")
    #expect(try fields("a,,c,\n") == [["a", "", "c", ""]], "empty fields, trailing comma")
    #expect(try fields("") == [])
}

@Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
    #expect(try fields("\"a,b\",\"say \"\"hi\"\"\",\"\"\n") == [["a,b", "say \"hi\"", ""]])
    #expect(try fields("\"line1\nline2\",x\r\n\"a\r\nb\",y") == [["line1\nline2", "x"], ["a\r\nb", "y"]])
    #expect(try fields("\"\"\"\"") == [["\""]], "a field that is one quote")
    #expect(try fields("\"\"") == [[""]], "a record of one empty quoted field")
}

@Test func lineEndingsLFCRLFAndLoneCR() throws {
    let expected = [["a", "b"], ["c", "d"], ["e", "f"]]
    #expect(try fields("a,b\nc,d\ne,f\n") == expected)
    #expect(try fields("a,b\r\nc,d\r\ne,f\r\n") == expected)
    #expect(try fields("a,b\rc,d\re,f\r") == expected)
    #expect(try records("a,b\r\nc,d\re,f").map(\.line) == [1, 2, 3])
}

@Test func emptyLinesAreSkippedButCounted() throws {
    let read = try records("\na\n\r\n\nb\n\n")
    #expect(read.map(\.fields) == [["a"], ["b"]])
    #expect(read.map(\.line) == [2, 5])
    #expect(try fields(" \n") == [[" "]], "spaces are data")
}

@Test func recordLinesCountLineBreaksInsideQuotes() throws {
    let read = try records("h1,h2\n\"x\ny\nz\",1\nlast,2\n")
    #expect(read.map(\.line) == [1, 2, 5])
    #expect(read[1].locations[1] == TextLocation(file: "t.csv", line: 4, column: 4),
            "the field after a multi-line field is on the line where it starts")
}

@Test func byteOrderMarkIsSkippedAndNotCounted() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("series,value\nx,1\n".utf8)
    var reader = CSVReader(bytes: bytes, file: "bom.csv")
    let read = try reader.readAll()
    #expect(read[0].fields == ["series", "value"])
    #expect(read[0].locations[0].column == 1)
    #expect(read[0].locations[1].column == 8)
}

@Test func columnsCountCharactersNotBytes() throws {
    let read = try records("地区生产总值,\"增长\",x\n")
    #expect(read[0].locations.map(\.column) == [1, 8, 13])
    #expect(read[0].locations[2].description == "t.csv:1:13")
}

@Test func unterminatedQuoteIsReportedWhereItOpens() throws {
    let error = try #require(csvError("a,b\nc,\"open\n\nmore"))
    #expect(error.location == TextLocation(file: "t.csv", line: 2, column: 3))
    #expect(error.message.contains("never closed"))
}

@Test func textAfterClosingQuoteIsAnError() throws {
    let error = try #require(csvError("a,b\n\"x\ny\"z,1\n"))
    #expect(error.location == TextLocation(file: "t.csv", line: 3, column: 3))
    #expect(error.message.contains("'z'"))
    #expect(error.message.contains("expected a comma"))
}

@Test func quoteInsideUnquotedFieldIsKept() throws {
    #expect(try fields("5\",a\"b\n") == [["5\"", "a\"b"]])
}

@Test func streamingGivesTheSameRecordsWhateverTheChunkSize() throws {
    let text = "\u{FEFF}h1,h2,h3\r\n\"a,\"\"b\"\"\r\nc\",地区,\r\n\n\"\",x,\"y\"\rlast,\"\",\"q\"\"\""
    let expected = try records(text)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID()).csv").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    for chunkSize in 1...40 {
        var reader = try CSVReader(path: path, chunkSize: chunkSize)
        let read = try reader.readAll()
        #expect(read.map(\.fields) == expected.map(\.fields), "chunk size \(chunkSize)")
        #expect(read.map(\.line) == expected.map(\.line), "chunk size \(chunkSize)")
        #expect(read.map { $0.locations.map(\.column) } == expected.map { $0.locations.map(\.column) })
    }
}

@Test func streamingReportsErrorsAtTheSamePlace() throws {
    let text = "a,b\n\"x\ny\"z,1\n"
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("err-\(UUID()).csv").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    for chunkSize in [1, 2, 3, 5, 8] {
        var reader = try CSVReader(path: path, chunkSize: chunkSize)
        #expect(throws: TextFormatsError.malformedCSV(location: TextLocation(file: path, line: 3, column: 3),
                                                      message: csvError(text)!.message)) { _ = try reader.readAll() }
    }
}

@Test func missingFileIsAnError() {
    #expect(throws: TextFormatsError.cannotRead(path: "/nonexistent/x.csv", reason: "no such file")) {
        _ = try CSVReader(path: "/nonexistent/x.csv")
    }
}

@Test func fieldBytesWithoutCopying() throws {
    var reader = CSVReader(text: "ab,\"c\"\"d\"\n", file: "t.csv")
    #expect(try reader.advance())
    #expect(reader.fieldCount == 2)
    #expect(reader.withFieldBytes(1) { Array($0) } == Array("c\"d".utf8))
    #expect(reader.field(0) == "ab")
    #expect(try reader.advance() == false)
}

@Test func randomRowsWrittenByCSVWriterReadBackUnchanged() throws {
    var random = SeededGenerator(seed: 20130920)
    let alphabet: [String] = ["a", "Z", "0", ",", "\"", "\n", "\r", "\r\n", " ", "地", "区", "—", "…", "€"]
    var rows: [[String]] = []
    for _ in 0..<500 {
        let width = Int.random(in: 2...6, using: &random)
        rows.append((0..<width).map { _ in
            (0..<Int.random(in: 0...8, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
        })
    }
    let text = rows.map { CSVWriter().line($0.map(CSVCell.text)) }.joined()
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID()).csv").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    for chunkSize in [7, 64, 1 << 20] {
        var reader = try CSVReader(path: path, chunkSize: chunkSize)
        // Text a spreadsheet would evaluate (a leading CR) is written neutralised; undoing that gives the rows back.
        #expect(try reader.readAll().map { $0.fields.map(CSVWriter.unneutralised) } == rows, "chunk size \(chunkSize)")
    }
}
