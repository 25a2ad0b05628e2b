import SeriesIO
import Foundation
import TextFormats

/// One series of the M3 competition's monthly set (Makridakis & Hibon 2000).
public struct M3Series: Sendable, Hashable {
    /// `N1402` …
    public var id: String
    /// MICRO, INDUSTRY, MACRO, FINANCE, DEMOGRAPHIC or OTHER.
    public var category: String
    /// Calendar start (0 when the competition gave none).
    public var startYear: Int
    public var startMonth: Int
    /// Points held out for evaluation at the end of `values` (18 for monthly series).
    public var horizon: Int
    /// All N observations, oldest first, hold-out included.
    public var values: [Double]

    /// The observations a forecaster may see.
    public var training: ArraySlice<Double> { values.dropLast(horizon) }
    /// The hold-out observations.
    public var test: ArraySlice<Double> { values.suffix(horizon) }
}

/// Reader of `M3C_Monthly.csv`: the M3Month sheet as a wide CSV with columns
/// `Series,N,NF,Category,Starting Year,Starting Month,1,2,…`.
///
/// Edge cases: Category strings are trimmed; a series whose count of values differs from N, or a
/// non-numeric cell, throws `TextFormatsError.malformedCSV` at its file:line:column.
public enum M3Monthly {
    public static func read(path: String) throws -> [M3Series] {
        var reader = try CSVReader(path: path)
        guard let header = try reader.next(), header.count > 6, header[0] == "Series", header[1] == "N" else {
            throw TextFormatsError.malformedCSV(location: TextLocation(file: path, line: 1, column: 1), message: "expected the header `Series,N,NF,Category,Starting Year,Starting Month,1,…`")
        }
        var out: [M3Series] = []
        while let record = try reader.next() {
            func integer(_ i: Int, _ what: String) throws -> Int {
                guard i < record.count, let v = Int(record[i].trimmingCharacters(in: .whitespaces)) else {
                    throw TextFormatsError.malformedCSV(location: record.locations[min(i, record.count - 1)], message: "expected an integer \(what)")
                }
                return v
            }
            let n = try integer(1, "N"), nf = try integer(2, "NF")
            var values: [Double] = []
            for i in 6..<record.count {
                let text = record[i].trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                guard let v = Double(text), v.isFinite else {
                    throw TextFormatsError.malformedCSV(location: record.locations[i], message: "expected a number, found `\(text)`")
                }
                values.append(v)
            }
            guard values.count == n, nf < n else {
                throw TextFormatsError.malformedCSV(location: record.locations[0], message: "expected \(n) values for \(record[0]) (N), found \(values.count)")
            }
            out.append(M3Series(id: record[0], category: record[3].trimmingCharacters(in: .whitespaces),
                                startYear: try integer(4, "starting year"), startMonth: try integer(5, "starting month"),
                                horizon: nf, values: values))
        }
        return out
    }
}
