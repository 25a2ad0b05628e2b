import SeriesIO
import Foundation
import TargetModel
import TextFormats

/// A FRED-MD monthly database file (McCracken & Ng, St. Louis Fed).
///
/// Layout: a header `sasdate,RPI,W875RX1,…`, a `Transform:` row of transformation codes
/// (1 level, 2 Δ, 4 log, 5 Δlog, 6 Δ²log, 7 Δ(x/x₋₁−1)), then one row per month `M/D/YYYY,…` of
/// raw, untransformed levels; an empty cell is a missing value.
///
/// Edge cases: a row whose date cell is empty (the trailing all-comma row of some vintages) is
/// skipped; a non-numeric value or malformed date throws `TextFormatsError.malformedCSV` at its file:line:column.
public struct FREDMD: Sendable {
    /// Column mnemonics in file order (`INDPRO`, `PAYEMS`, …).
    public var mnemonics: [String]
    /// Transformation code of each mnemonic.
    public var transformCodes: [String: Int]
    /// Every column as single-month levels (`month_value`), keyed by mnemonic.
    public var series: [String: SeriesData]

    /// Reads a FRED-MD CSV file.
    public static func read(path: String) throws -> FREDMD {
        var reader = try CSVReader(path: path)
        guard let header = try reader.next(), header.count > 1, header[0].lowercased() == "sasdate" else {
            throw TextFormatsError.malformedCSV(location: TextLocation(file: path, line: 1, column: 1), message: "expected a FRED-MD header starting with `sasdate`")
        }
        let mnemonics = Array(header.fields.dropFirst())
        var codes: [String: Int] = [:]
        var values = [PeriodValues](repeating: [:], count: mnemonics.count)
        while let record = try reader.next() {
            let first = record[0].trimmingCharacters(in: .whitespaces)
            if first.isEmpty { continue }
            if first.hasPrefix("Transform") {
                for (i, name) in mnemonics.enumerated() where i + 1 < record.count {
                    codes[name] = Int(record[i + 1].trimmingCharacters(in: .whitespaces))
                }
                continue
            }
            guard let period = monthOf(first) else {
                throw TextFormatsError.malformedCSV(location: record.locations[0], message: "expected a date M/D/YYYY, found `\(first)`")
            }
            for i in 0..<min(mnemonics.count, record.count - 1) {
                let text = record[i + 1].trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                guard let v = Double(text), v.isFinite else {
                    throw TextFormatsError.malformedCSV(location: record.locations[i + 1], message: "expected a number for \(mnemonics[i]), found `\(text)`")
                }
                values[i][period] = v
            }
        }
        var series: [String: SeriesData] = [:]
        for (i, name) in mnemonics.enumerated() {
            series[name] = SeriesData(id: name, values: [.monthValue: values[i]])
        }
        return FREDMD(mnemonics: mnemonics, transformCodes: codes, series: series)
    }

    /// The month of a `M/D/YYYY` date.
    static func monthOf(_ text: String) -> Period? {
        let parts = text.split(separator: "/")
        guard parts.count == 3, let m = Int(parts[0]), let y = Int(parts[2]), (1...12).contains(m), y > 0 else { return nil }
        return .month(year: y, month: m)
    }
}
