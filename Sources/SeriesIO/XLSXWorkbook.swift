import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TargetModel
import TextFormats
import ZIPFoundation

/// The worksheets of an Excel workbook (`.xlsx`), read as `ReleaseTable`s.
///
/// The archive is opened with ZIPFoundation and its parts parsed with Foundation's `XMLParser`:
/// the workbook's sheet list and relationships, shared strings (rich-text runs joined, phonetic
/// runs left out), cell styles (to tell dates from numbers) and each sheet's cells. Cell types:
/// shared and inline strings, formula strings, numbers, booleans, errors (`#N/A` read as text),
/// and numbers in a date format, which become `CalendarDay`s (1900 date system).
///
/// Errors name the file, the sheet and the cell: a shared-string index out of range, a number
/// cell that is not a number (or outside `NumberRule`), a missing part, a part whose CRC-32 does
/// not match, a part cut short, and anything past `InputLimits` (a part or the whole archive
/// unpacking too large or at a zip bomb's ratio, a cell beyond Excel's `XFD1048576`, a sheet
/// spanning too many cells, a cell longer than a CSV field may be).
public struct XLSXWorkbook: Sendable {
    public var file: String
    /// Sheets in workbook order.
    public var sheets: [ReleaseTable]
    /// Each sheet's merged ranges as written (`C5:C7`), in sheet order; a merged range's value is
    /// in its top-left cell only.
    public var mergedRanges: [[String]]

    /// Reads every sheet of the workbook at `path`.
    public init(path: String) throws {
        file = path
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ReleaseError(file: path, "not an XLSX workbook (cannot open it as a ZIP archive)")
        }
        var unpacked = 0
        func part(_ name: String, required: Bool = true) throws -> Data? {
            guard let entry = archive[name] else {
                if required { throw ReleaseError(file: path, "not an XLSX workbook: the part \(name) is missing") }
                return nil
            }
            let packed = max(entry.compressedSize, 1)
            let limit = min(InputLimits.maximumWorkbookPartBytes, InputLimits.maximumWorkbookBytes - unpacked,
                            max(InputLimits.compressionCheckFloorBytes, Int(clamping: packed) &* InputLimits.maximumCompressionRatio))
            var data = Data()
            let checksum: CRC32
            do {
                checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                    guard data.count + chunk.count <= limit else { throw PartTooLarge() }
                    data.append(chunk)
                }
            } catch is PartTooLarge {
                throw ReleaseError(file: path, "the part \(name) unpacks to more than \(limit) bytes from \(packed) (limits: "
                    + "\(InputLimits.maximumWorkbookPartBytes) bytes a part, \(InputLimits.maximumWorkbookBytes) in all, "
                    + "\(InputLimits.maximumCompressionRatio):1 packing); expected a workbook of release tables, not a zip bomb")
            } catch {
                throw ReleaseError(file: path, "cannot unpack the part \(name) (a damaged archive)")
            }
            guard checksum == entry.checksum else {
                throw ReleaseError(file: path, "the part \(name) fails its CRC-32 check (a damaged archive); expected the workbook as Excel saved it")
            }
            unpacked += data.count
            return data
        }
        let workbook = try XMLElements(data: part("xl/workbook.xml")!, file: path, part: "xl/workbook.xml")
        let relations = try XMLElements(data: part("xl/_rels/workbook.xml.rels")!, file: path, part: "xl/_rels/workbook.xml.rels")
        let targets = Dictionary(relations.elements.filter { $0.name == "Relationship" }.compactMap { element in
            element.attributes["Id"].flatMap { id in element.attributes["Target"].map { (id, $0) } }
        }, uniquingKeysWith: { first, _ in first })
        let strings = try part("xl/sharedStrings.xml", required: false).map { try Self.sharedStrings($0, file: path) } ?? []
        let dateStyles = try part("xl/styles.xml", required: false).map { try Self.dateStyles($0, file: path) } ?? []
        var sheets: [ReleaseTable] = []
        var merged: [[String]] = []
        for element in workbook.elements where element.name == "sheet" {
            let name = element.attributes["name"] ?? "Sheet\(sheets.count + 1)"
            guard let id = element.attributes["r:id"], let target = targets[id] else {
                throw ReleaseError(file: path, "sheet '\(name)' has no part in the workbook's relationships")
            }
            let partName = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            let data = try part(partName)!
            let (table, ranges) = try Self.sheet(data, name: name, file: path, strings: strings, dateStyles: dateStyles)
            sheets.append(table)
            merged.append(ranges)
        }
        self.sheets = sheets
        self.mergedRanges = merged
    }

    // MARK: - Parts

    private static func sharedStrings(_ data: Data, file: String) throws -> [String] {
        let parsed = try XMLElements(data: data, file: file, part: "xl/sharedStrings.xml", textOf: ["t"])
        var strings: [String] = []
        var phonetic = 0
        for element in parsed.elements {
            switch element.name {
            case "si": strings.append("")
            case "rPh": phonetic = element.depth
            case "t":
                if phonetic > 0, element.depth > phonetic { continue }
                phonetic = 0
                if !strings.isEmpty { strings[strings.count - 1] += element.text }
            default:
                if element.depth <= phonetic { phonetic = 0 }
            }
        }
        return strings
    }

    /// Indexes of cell formats (`s` attribute) that display numbers as dates.
    private static func dateStyles(_ data: Data, file: String) throws -> Set<Int> {
        let parsed = try XMLElements(data: data, file: file, part: "xl/styles.xml")
        var customDate = Set<Int>()
        for element in parsed.elements where element.name == "numFmt" {
            guard let id = element.attributes["numFmtId"].flatMap(Int.init), let code = element.attributes["formatCode"] else { continue }
            let bare = code.replacingOccurrences(of: "\\[[^\\]]*\\]", with: "", options: .regularExpression)
                .replacingOccurrences(of: "\"[^\"]*\"", with: "", options: .regularExpression).lowercased()
            if bare.contains("y") || bare.contains("d") || bare.contains("m") && !bare.contains("0") { customDate.insert(id) }
        }
        let builtInDate = Set(14...22).union(27...36).union(45...47).union(50...58)
        var inCellFormats = false
        var index = 0
        var result = Set<Int>()
        for element in parsed.elements {
            if element.name == "cellXfs" { inCellFormats = true; continue }
            if element.name == "cellStyleXfs" || element.name == "cellStyles" { inCellFormats = false }
            guard inCellFormats, element.name == "xf" else { continue }
            let format = element.attributes["numFmtId"].flatMap(Int.init) ?? 0
            if builtInDate.contains(format) || customDate.contains(format) { result.insert(index) }
            index += 1
        }
        return result
    }

    private static func sheet(_ data: Data, name: String, file: String, strings: [String],
                              dateStyles: Set<Int>) throws -> (ReleaseTable, [String]) {
        let parsed = try XMLElements(data: data, file: file, part: "sheet '\(name)'", textOf: ["v", "t"])
        var cells: [(row: Int, column: Int, cell: ReleaseTable.Cell)] = []
        var current: (reference: String, type: String, style: Int)?
        var value: String?
        var inline = ""
        var merged: [String] = []
        func finish() throws {
            guard let cell = current else { return }
            defer { current = nil; value = nil; inline = "" }
            guard let (row, column) = parseReference(cell.reference) else {
                throw ReleaseError(file: file, "sheet '\(name)': cell reference '\(cell.reference.excerpt())' is not like B12 "
                    + "(expected columns A to XFD and rows 1 to \(InputLimits.maximumSheetRows))")
            }
            let location = ReleaseLocation(file: file, sheet: name, line: row, column: column)
            if (value?.utf8.count ?? 0) > InputLimits.maximumFieldBytes || inline.utf8.count > InputLimits.maximumFieldBytes {
                throw ReleaseError(location, "the cell is longer than \(InputLimits.maximumFieldBytes) bytes (InputLimits.maximumFieldBytes); expected a cell of a table")
            }
            var result = ReleaseTable.Cell(text: "", location: location)
            switch cell.type {
            case "s":
                guard let index = value.flatMap({ Int($0) }), strings.indices.contains(index) else {
                    throw ReleaseError(location, "shared string '\(value ?? "")' does not exist (the workbook has \(strings.count))")
                }
                result.text = strings[index]
                if result.text.utf8.count > InputLimits.maximumFieldBytes {
                    throw ReleaseError(location, "the cell is longer than \(InputLimits.maximumFieldBytes) bytes (InputLimits.maximumFieldBytes); expected a cell of a table")
                }
            case "inlineStr": result.text = inline
            case "str", "e": result.text = value ?? ""
            case "b": result.text = value == "1" ? "TRUE" : "FALSE"
            default:
                guard let text = value else { break }
                guard let number = Double(text.trimmingCharacters(in: .whitespaces)), NumberRule.accepts(number) else {
                    throw ReleaseError(location, "number cell holds '\(text.excerpt())'; expected \(NumberRule.expectation)")
                }
                result.text = text
                result.number = number
                if dateStyles.contains(cell.style), number >= 1, number < 2_958_466 {
                    result.date = CalendarDay(ordinal: Int(number.rounded(.down)) - 25_569)
                    result.number = nil
                }
            }
            cells.append((row, column, result))
        }
        for element in parsed.elements {
            switch element.name {
            case "c":
                try finish()
                current = (element.attributes["r"] ?? "", element.attributes["t"] ?? "n",
                           element.attributes["s"].flatMap(Int.init) ?? 0)
            case "v": value = element.text
            case "t": inline += element.text
            case "row": try finish()
            case "mergeCell": if let range = element.attributes["ref"] { merged.append(range) }
            default: break
            }
        }
        try finish()
        var widths: [Int: Int] = [:]
        for (row, column, _) in cells { widths[row] = max(widths[row] ?? 0, column) }
        let span = widths.values.reduce(0, +) + (cells.map(\.row).max() ?? 0)
        guard span <= InputLimits.maximumSheetCells else {
            throw ReleaseError(file: file, "sheet '\(name)' spans \(span) cells (rows padded to their last cell); expected at most "
                + "\(InputLimits.maximumSheetCells) (InputLimits.maximumSheetCells)")
        }
        let rowCount = cells.map(\.row).max() ?? 0
        var rows: [[ReleaseTable.Cell]] = (0..<rowCount).map { r in [] }
        for (row, column, cell) in cells {
            while rows[row - 1].count < column - 1 {
                let c = rows[row - 1].count + 1
                rows[row - 1].append(ReleaseTable.Cell(text: "", location: ReleaseLocation(file: file, sheet: name, line: row, column: c)))
            }
            if rows[row - 1].count == column - 1 { rows[row - 1].append(cell) } else { rows[row - 1][column - 1] = cell }
        }
        return (ReleaseTable(file: file, sheet: name, rows: rows), merged)
    }

    /// `B12` → (row 12, column 2); `nil` past `XFD1048576` (Excel's last cell), so no reference
    /// overflows or makes a sheet of a billion rows.
    public static func parseReference(_ reference: String) -> (Int, Int)? {
        var column = 0
        var row = 0
        var digits = 0
        for scalar in reference.unicodeScalars {
            if ("A"..."Z").contains(scalar), digits == 0 {
                column = column * 26 + Int(scalar.value - 64)
                guard column <= InputLimits.maximumSheetColumns else { return nil }
            } else if ("0"..."9").contains(scalar) {
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
                guard row <= InputLimits.maximumSheetRows else { return nil }
            } else {
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        return (row, column)
    }
}

/// The elements of an XML document in order, with attributes, depth and (for the named elements)
/// their text: the flat view the parts of Office files (workbooks, Word documents) need.
public struct XMLElements: Sendable {
    public struct Element: Sendable {
        /// Local name, without the namespace prefix.
        public var name: String
        public var attributes: [String: String]
        /// 1 for the root element.
        public var depth: Int
        public var text = ""
    }

    public var elements: [Element] = []

    /// Parses `data`; errors name `file` and `part` with the line and column of malformed XML.
    public init(data: Data, file: String, part: String, textOf textElements: Set<String> = []) throws {
        let delegate = Collector(textElements: textElements)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw ReleaseError(file: file, "\(part): malformed XML at line \(parser.lineNumber), column \(parser.columnNumber): \(reason)")
        }
        guard delegate.rootClosed else {
            throw ReleaseError(file: file, "\(part): the XML ends before its root element is closed (a part cut short); expected the workbook as Excel saved it")
        }
        elements = delegate.elements
    }

    private final class Collector: NSObject, XMLParserDelegate {
        let textElements: Set<String>
        var elements: [Element] = []
        var open: [Int?] = []
        var rootClosed = false

        init(textElements: Set<String>) {
            self.textElements = textElements
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            elements.append(Element(name: local, attributes: attributes, depth: open.count + 1))
            open.append(textElements.contains(local) ? elements.count - 1 : nil)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
            if open.isEmpty { rootClosed = true }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = open.last, let index = last { elements[index].text += string }
        }
    }
}

private struct PartTooLarge: Error {}
