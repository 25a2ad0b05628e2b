import Foundation
import TextFormats

/// The layouts `targettrack import` reads.
public enum ReleaseFormat: String, Sendable, CaseIterable {
    /// Chosen from the file: a ZIP archive is `xlsx`, a text file whose header names the long
    /// format's required columns (`LongCSVHeaderName`) is `long`, anything else is `wide`.
    case auto
    /// TargetTrack's long CSV format (read by the workspace's importer).
    case long
    /// A release table in CSV: names down and periods across, or the transpose.
    case wide
    /// An Excel workbook; every sheet is read as a release table.
    case xlsx

    /// The concrete format of a file's bytes (never `.auto`).
    ///
    /// Edge Cases: a text file that cannot be decoded is reported as `wide`; decoding it then
    /// gives the error.
    public static func detect(_ data: Data, encoding: TextEncoding? = nil) -> ReleaseFormat {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        // An English long header is ASCII, the same bytes in UTF-8 and GB18030, whatever the rows
        // hold; a Chinese one is read here in UTF-8, else below in the detected encoding.
        let firstLineBytes = data.prefix(4096).prefix { $0 != 0x0A && $0 != 0x0D }
        let asciiLine = String(decoding: firstLineBytes.starts(with: [0xEF, 0xBB, 0xBF]) ? firstLineBytes.dropFirst(3) : firstLineBytes, as: UTF8.self)
        if isLongHeader(asciiLine) { return .long }
        let head = Data(data.prefix(4096))
        guard let text = try? TextDecoding.decode(head, source: "", as: encoding).text else { return .wide }
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return isLongHeader(firstLine) ? .long : .wide
    }

    /// The long header, or a header that means to be one (it names `series`, `period` and `value`
    /// but has a second byte-order mark, a repeated, missing or empty column): the long reader
    /// then says what is wrong with it, rather than the file being taken for a release table.
    private static func isLongHeader(_ line: String) -> Bool {
        let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if LongCSVHeaderName.isLongHeader(fields) { return true }
        // A broken long header (a repeated or missing column) is still named as one, not as a table.
        let names = fields.map { $0.trimmingSpaces.lowercased().trimmingCharacters(in: ["\u{FEFF}", "\""]) }
        return ["series", "period", "value"].allSatisfy(names.contains) && names.allSatisfy { $0.isEmpty || $0.allSatisfy(\.isASCII) }
    }
}

/// Reads release tables (CSV in any supported encoding, or XLSX) through a series map into
/// observations with the cell each came from.
public struct ReleaseFileReader: Sendable {
    public var map: SeriesMap
    /// `nil` detects the encoding (`TextDecoding`).
    public var encoding: TextEncoding?
    /// The year of period labels that print none, when a table's title gives none.
    public var year: Int?

    public init(map: SeriesMap, encoding: TextEncoding? = nil, year: Int? = nil) {
        self.map = map
        self.encoding = encoding
        self.year = year
    }

    /// Every mapped observation of a `wide` or `xlsx` file.
    /// - Throws: `ReleaseError`; when the decoded text matches nothing in the map, the message
    ///   names the encoding the file was decoded as, so mojibake is never read silently.
    public func read(path: String, format: ReleaseFormat) throws -> [ReleaseObservation] {
        let data = try SeriesIOError.whileReading { try ReadableFile.contents(path) }
        let concrete = format == .auto ? ReleaseFormat.detect(data, encoding: encoding) : format
        switch concrete {
        case .xlsx:
            let workbook = try XLSXWorkbook(path: path)
            let reader = WideTableReader(map: map, year: year)
            var result: [ReleaseObservation] = []
            var matched = false
            for sheet in workbook.sheets {
                guard sheet.rows.contains(where: { $0.contains { map.role(of: $0.text) != nil } }) else { continue }
                matched = true
                result += try reader.read(sheet)
            }
            guard matched else {
                throw ReleaseError(file: path, "no sheet (\(workbook.sheets.compactMap(\.sheet).joined(separator: ", "))) names an indicator of the series map")
            }
            return result
        case .wide, .auto:
            let decoded: DecodedText
            do {
                decoded = try TextDecoding.decode(data, source: path, as: encoding)
            } catch {
                throw ReleaseError(ReleaseLocation(file: path, line: error.line, column: error.column), "cannot decode the text: \(error.reason)")
            }
            let table = try ReleaseTable(csvText: decoded.text, file: path)
            do {
                return try WideTableReader(map: map, year: year).read(table)
            } catch let error as ReleaseError where error.location == nil {
                throw ReleaseError(file: path, "\(error.message) — the file was decoded as \(decoded.encoding.rawValue)\(encoding == nil ? " (detected; use --encoding to choose another)" : "")")
            }
        case .long:
            throw ReleaseError(file: path, "is in TargetTrack's long format, which the workspace importer reads directly (no series map)")
        }
    }
}
