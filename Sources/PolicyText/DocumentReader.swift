import Foundation
import SeriesIO
import TextFormats
import ZIPFoundation

/// Reads an allocation document file into numbered lines, by its extension:
///
/// - `.xlsx`: every sheet's rows, cells joined by tabs (a merged cell's value fills its range);
///   the line number is the row.
/// - `.docx`: paragraphs and table rows in order (cells joined by tabs, a vertically merged cell
///   repeating the value above); the line number counts paragraphs and rows.
/// - `.pdf`: the text of poppler's `pdftotext -layout` (Debian `poppler-utils`), whose columns are
///   runs of spaces; the line number is the line of that text.
/// - anything else: text (UTF-8, GBK/GB18030 or UTF-16 with BOM; `.tsv` and `.csv` tables too).
///
/// Edge Cases: a damaged Word file or a missing `pdftotext` throws `unreadableDocument` naming
/// the file; errors of the Excel and text readers are passed on as they are.
public enum DocumentReader {
    /// The forms a document can come in.
    public enum Format: String, CaseIterable, Sendable {
        case text, xlsx, docx, pdf

        /// The format a path's extension names; `text` for any other.
        public init(path: String) {
            self = Format(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased()) ?? .text
        }
    }

    /// The lines of the document at `path`.
    public static func lines(path: String) throws -> [DocumentLine] {
        switch Format(path: path) {
        case .text: return DocumentLine.lines(of: try TextDecoding.decodeFile(atPath: path).text)
        case .xlsx: return try workbookLines(path)
        case .docx: return try wordLines(path)
        case .pdf: return DocumentLine.lines(of: try pdfText(path))
        }
    }

    // MARK: - Excel

    private static func workbookLines(_ path: String) throws -> [DocumentLine] {
        let workbook = try XLSXWorkbook(path: path)
        var lines: [DocumentLine] = []
        for (sheet, ranges) in zip(workbook.sheets, workbook.mergedRanges) {
            var rows = sheet.rows.map { $0.map(\.text) }
            for range in ranges { fill(range, in: &rows) }
            lines += rows.enumerated().map { DocumentLine(number: $0.offset + 1, text: cellLine($0.element)) }
        }
        return lines
    }

    /// Copies the top-left value of a merged range (`C5:C7`) into the range's other cells.
    private static func fill(_ range: String, in rows: inout [[String]]) {
        let ends = range.split(separator: ":").compactMap { XLSXWorkbook.parseReference(String($0)) }
        guard ends.count == 2, rows.indices.contains(ends[0].0 - 1) else { return }
        let (top, left) = ends[0]
        let value = rows[top - 1].indices.contains(left - 1) ? rows[top - 1][left - 1] : ""
        for row in top...ends[1].0 where rows.indices.contains(row - 1) {
            for column in left...ends[1].1 where (row, column) != (top, left) {
                while rows[row - 1].count < column { rows[row - 1].append("") }
                rows[row - 1][column - 1] = value
            }
        }
    }

    private static func cellLine(_ cells: [String]) -> String {
        let flat = cells.map { $0.replacingOccurrences(of: "\t", with: " ").split(whereSeparator: \.isNewline).joined() }
        return Array(flat.reversed().drop(while: \.isEmpty).reversed()).joined(separator: "\t")
    }

    // MARK: - Word

    private static func wordLines(_ path: String) throws -> [DocumentLine] {
        let data: Data
        do {
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            guard let entry = archive["word/document.xml"] else {
                throw PolicyTextError.unreadableDocument(path: path, reason: "not a Word document: word/document.xml is missing")
            }
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            data = bytes
        } catch let error as PolicyTextError {
            throw error
        } catch {
            throw PolicyTextError.unreadableDocument(path: path, reason: "not a Word document (cannot open it as a ZIP archive: \(error))")
        }
        let xml = try XMLElements(data: data, file: path, part: "word/document.xml", textOf: ["t"])
        var blocks: [String] = []
        var paragraph: String?
        var table: (depth: Int, rows: [[String]], above: [Int: String])?
        var cell: (text: String, continues: Bool, span: Int)?
        var row: [String]?
        func endCell() {
            guard var current = cell, row != nil else { return }
            if current.continues, let above = table?.above[row!.count] { current.text = above }
            table?.above[row!.count] = current.text
            row!.append(current.text)
            for _ in 1..<max(1, current.span) { row!.append("") }
            cell = nil
        }
        func endRow() {
            endCell()
            if let done = row { table?.rows.append(done) }
            row = nil
        }
        func endTable() {
            endRow()
            if let done = table { blocks += done.rows.map(cellLine) }
            table = nil
        }
        for element in xml.elements {
            if let open = table, element.depth <= open.depth { endTable() }
            switch element.name {
            case "tbl" where table == nil:
                if let text = paragraph { blocks.append(text) }
                paragraph = nil
                table = (element.depth, [], [:])
            case "tr" where table != nil:
                endRow()
                row = []
            case "tc" where row != nil:
                endCell()
                cell = ("", false, 1)
            case "vMerge" where cell != nil:
                cell!.continues = (element.attributes["w:val"] ?? element.attributes["val"] ?? "continue") != "restart"
            case "gridSpan" where cell != nil:
                cell!.span = Int(element.attributes["w:val"] ?? element.attributes["val"] ?? "1") ?? 1
            case "p" where cell != nil:
                if !cell!.text.isEmpty { cell!.text += " " }
            case "p" where table == nil:
                if let text = paragraph { blocks.append(text) }
                paragraph = ""
            case "t":
                if cell != nil { cell!.text += element.text } else if table == nil { paragraph = (paragraph ?? "") + element.text }
            case "tab", "br":
                if cell == nil, table == nil { paragraph = (paragraph ?? "") + " " }
            default: break
            }
        }
        endTable()
        if let text = paragraph { blocks.append(text) }
        return blocks.enumerated().map { DocumentLine(number: $0.offset + 1, text: $0.element) }
    }

    // MARK: - PDF

    /// Runs `pdftotext -layout -enc UTF-8 FILE -` and returns its output (pages split into lines).
    private static func pdfText(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", "-enc", "UTF-8", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw PolicyTextError.unreadableDocument(path: path, reason: "cannot run pdftotext (install poppler-utils): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = process.terminationStatus == 127
                ? "pdftotext is not installed (Debian package poppler-utils)"
                : "pdftotext failed (exit \(process.terminationStatus)): \(message.trimmingCharacters(in: " \n"))"
            throw PolicyTextError.unreadableDocument(path: path, reason: reason)
        }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n")
    }
}
