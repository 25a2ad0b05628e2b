import TargetModel
import TextFormats

/// How the names printed in a release table (indicators, columns, provinces) map to series.
///
/// A map is a CSV file with the header `name,series,measure,unit,zero_missing,frequency`
/// (`unit`, `zero_missing` and `frequency` optional):
/// - `name`: the name exactly as printed (surrounding spaces ignored);
/// - `series`, `measure`, `unit`: what the values under (or beside) that name are (`measure` a
///   raw value such as `ytd_growth` or a printed name such as 累计同比: `Measure(printedName:)`);
/// - `zero_missing`: `yes` when a literal 0 means "not available" (data terminals write 0);
/// - `frequency`: `month`, `quarter` or `year` — the periods the series is stored in (a quarterly
///   series printed with month-end dates is stored as `YYYY-Qn`).
///
/// A row may instead give a name a role, in the `measure` column with `series` empty: `period`
/// (the column or row of period labels), `released` (the release date of each period), or
/// `released_prior_month` (release dates of figures for the month before the release, as in
/// calendars that list releases only).
public struct SeriesMap: Hashable, Sendable {
    /// What a name stands for.
    public enum Role: Hashable, Sendable {
        case series(Entry)
        case period
        case released
        case releasedPriorMonth
    }

    /// A name's series, measure and reading rules.
    public struct Entry: Hashable, Sendable {
        public var series: String
        public var measure: Measure
        public var unit: String
        public var zeroIsMissing: Bool
        public var frequency: SeriesFrequency?

        public init(series: String, measure: Measure, unit: String = "", zeroIsMissing: Bool = false,
                    frequency: SeriesFrequency? = nil) {
            self.series = series
            self.measure = measure
            self.unit = unit
            self.zeroIsMissing = zeroIsMissing
            self.frequency = frequency
        }
    }

    /// Roles by name.
    public var roles: [String: Role]

    public init(roles: [String: Role]) {
        self.roles = roles
    }

    /// The role of a printed name, if the map knows it; invisible characters in the printed name
    /// (a byte-order mark, a zero-width space) are ignored, as they are in the map's names.
    public func role(of name: String) -> Role? {
        let key = InvisibleCharacters.removed(from: name).trimmingSpaces
        return key.isEmpty ? nil : roles[key]
    }

    /// Reads a map file.
    /// - Throws: `ReleaseError` naming file, line and column for a missing header column, an
    ///   unknown measure, role or frequency, or a name given twice.
    public init(path: String) throws {
        let text = try TextDecoding.decodeFile(atPath: path).text
        var reader = CSVReader(text: text, file: path)
        try self.init(records: reader.readAll(), file: path)
    }

    /// Builds a map from CSV records, the first being the header.
    public init(records: [CSVRecord], file: String) throws {
        guard let header = records.first else { throw ReleaseError(file: file, "the series map is empty; expected the header name,series,measure,unit,zero_missing,frequency") }
        let columns = header.fields.map(\.trimmingSpaces)
        func index(_ name: String) -> Int? { columns.firstIndex(of: name) }
        for required in ["name", "series", "measure"] where index(required) == nil {
            throw ReleaseError(ReleaseLocation(file: file, line: header.line, column: 1),
                               "the series map has no '\(required)' column; expected the header name,series,measure,unit,zero_missing,frequency")
        }
        var roles: [String: Role] = [:]
        var firstLine: [String: Int] = [:]
        for record in records.dropFirst() {
            func field(_ name: String) -> String {
                guard let i = index(name), i < record.count else { return "" }
                return record[i].trimmingSpaces
            }
            func location(_ name: String) -> ReleaseLocation {
                let i = min(index(name) ?? 0, max(record.count - 1, 0))
                let place = record.locations.isEmpty ? nil : record.locations[i]
                return ReleaseLocation(file: file, line: place?.line ?? record.line, column: place?.column ?? 1)
            }
            if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            let name = InvisibleCharacters.removed(from: field("name")).trimmingSpaces
            guard !name.isEmpty else { throw ReleaseError(location("name"), "empty name; expected the indicator name as printed") }
            if let earlier = firstLine[name] {
                throw ReleaseError(location("name"), "'\(name)' is mapped twice (first on line \(earlier))")
            }
            firstLine[name] = record.line
            let measureText = field("measure")
            let role: Role
            switch measureText {
            case "period": role = .period
            case "released": role = .released
            case "released_prior_month": role = .releasedPriorMonth
            default:
                guard let measure = Measure(rawValue: measureText) ?? Measure(printedName: measureText) else {
                    let known = Measure.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ReleaseError(location("measure"), "unknown measure '\(measureText)'; expected one of \(known), or a role: period, released, released_prior_month")
                }
                let series = field("series")
                guard !series.isEmpty else { throw ReleaseError(location("series"), "empty series id for '\(name)'") }
                if let invisible = InvisibleCharacters.first(in: series) {
                    throw ReleaseError(location("series"), "series id '\(series.excerpt())' holds the invisible character "
                        + "\(InvisibleCharacters.name(invisible)); expected an identifier without byte-order marks, zero-width or control characters")
                }
                var frequency: SeriesFrequency?
                let frequencyText = field("frequency")
                if !frequencyText.isEmpty {
                    guard let value = SeriesFrequency(rawValue: frequencyText) else {
                        throw ReleaseError(location("frequency"), "unknown frequency '\(frequencyText)'; expected month, quarter or year")
                    }
                    frequency = value
                }
                let zero = field("zero_missing").lowercased()
                guard ["", "yes", "no", "true", "false", "1", "0"].contains(zero) else {
                    throw ReleaseError(location("zero_missing"), "zero_missing is '\(zero)'; expected yes or no")
                }
                role = .series(Entry(series: series, measure: measure, unit: field("unit"),
                                     zeroIsMissing: ["yes", "true", "1"].contains(zero), frequency: frequency))
            }
            roles[name] = role
        }
        self.init(roles: roles)
    }
}

/// The periods a series is stored in.
public enum SeriesFrequency: String, Hashable, Sendable, CaseIterable {
    case month, quarter, year

    /// The period in this frequency that a printed period stands for: a quarterly series printed
    /// with month-end dates (`2013-06`) is `2013-Q2`, `全年` of a monthly YTD series is `YYYY-12`.
    ///
    /// Edge Cases: `nil` when the period is not the end of one of this frequency's periods
    /// (`2013-05` for a quarterly series, `2013-Q2` for an annual one).
    public func period(for printed: Period) -> Period? {
        switch (self, printed) {
        case (.month, .month): return printed
        case let (.month, .quarter(year, quarter)): return .month(year: year, month: quarter * 3)
        case let (.month, .year(year)): return .month(year: year, month: 12)
        case let (.quarter, .month(year, month)): return month % 3 == 0 ? .quarter(year: year, quarter: month / 3) : nil
        case (.quarter, .quarter): return printed
        case let (.quarter, .year(year)): return .quarter(year: year, quarter: 4)
        case (.year, _): return printed.endMonth == 12 ? .year(printed.year) : nil
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
