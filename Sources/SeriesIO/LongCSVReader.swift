import TargetModel
import TextFormats

/// Reads the long CSV format (`LongCSVFormat`) row by row, in constant memory.
///
/// Every cell is checked; the first bad one stops the read with a `SeriesIOError` naming its
/// `file:line:column`, the cell and what was expected. Surrounding spaces in cells are ignored.
///
/// Edge Cases: a row whose value is missing gives no observation and is counted in
/// `missingCount`; a blank `released` cell takes `defaultReleased` (itself `nil`, unknown, unless
/// given). Two rows for the same observation are not this reader's concern (see `ConflictDetector`).
public struct LongCSVReader: ObservationSource {
    public var file: String { csv.file }
    /// CRC-32 of the file, computed while reading; complete once `next()` has returned `nil`.
    public var checksum: String? { csv.checksum.hex }
    public private(set) var missingCount = 0

    private var csv: CSVReader
    private let seriesColumn: Int, periodColumn: Int, measureColumn: Int, valueColumn: Int
    private let unitColumn: Int?, releasedColumn: Int?, sourceColumn: Int?
    private let fieldCount: Int
    private let defaultReleased: CalendarDay?
    private let defaultYear: Int?
    /// The last texts read in each column.
    private var recentTexts: [RecentTexts]
    /// The last series id found free of invisible characters: a file repeats a series' id on
    /// each of its rows, and checking every scalar's Unicode category on every row was a fifth
    /// of an import's time.
    private var checkedSeries = ""

    /// Opens a file and reads its header; `defaultYear` is the year of period labels that print
    /// none (`1-2月`).
    /// - Throws: `SeriesIOError` when the file cannot be read or the header lacks a column.
    public init(path: String, defaultReleased: CalendarDay? = nil, defaultYear: Int? = nil) throws {
        do {
            try self.init(csv: CSVReader(path: path), defaultReleased: defaultReleased, defaultYear: defaultYear)
        } catch let error as TextFormatsError {
            throw SeriesIOError.unreadable(error)
        }
    }

    /// Reads text in memory; `file` names it in errors.
    public init(text: String, file: String, defaultReleased: CalendarDay? = nil, defaultYear: Int? = nil) throws {
        try self.init(csv: CSVReader(text: text, file: file), defaultReleased: defaultReleased, defaultYear: defaultYear)
    }

    private init(csv: CSVReader, defaultReleased: CalendarDay?, defaultYear: Int?) throws {
        var csv = csv
        let header = try Self.unreadable { try csv.next() }
        let names = header?.fields.map(LongCSVHeaderName.column) ?? []
        var columns: [String: Int] = [:]
        let headerLocation = header?.locations.first ?? TextLocation(file: csv.file, line: 1, column: 1)
        for (index, name) in names.enumerated() {
            let location = header?.locations[index] ?? headerLocation
            if name.hasPrefix("\u{FEFF}") {
                throw SeriesIOError.badHeader(location, problem: "the header starts with a second byte-order mark")
            }
            if name.isEmpty {
                throw SeriesIOError.badHeader(location, problem: "column \(index + 1) of the header has no name (a trailing comma?)")
            }
            if let earlier = columns[name] {
                throw SeriesIOError.badHeader(location, problem: "the column '\(name)' appears twice (columns \(earlier + 1) and \(index + 1))")
            }
            columns[name] = index
        }
        for required in LongCSVFormat.requiredColumns where columns[required] == nil {
            throw SeriesIOError.missingHeaderColumn(headerLocation, column: required,
                                                    header: header?.fields.map(\.trimmingSpaces) ?? [])
        }
        self.csv = csv
        self.defaultReleased = defaultReleased
        self.defaultYear = defaultYear
        fieldCount = names.count
        recentTexts = Array(repeating: RecentTexts(), count: names.count)
        (seriesColumn, periodColumn, measureColumn, valueColumn) = (columns["series"]!, columns["period"]!, columns["measure"]!, columns["value"]!)
        (unitColumn, releasedColumn, sourceColumn) = (columns["unit"], columns["released"], columns["source"])
    }

    /// Reads the whole file.
    public static func read(path: String, defaultReleased: CalendarDay? = nil, defaultYear: Int? = nil) throws -> [SourcedObservation] {
        var reader = try LongCSVReader(path: path, defaultReleased: defaultReleased, defaultYear: defaultYear)
        var observations: [SourcedObservation] = []
        while let next = try reader.next() { observations.append(next) }
        return observations
    }

    public mutating func next() throws -> SourcedObservation? {
        while try Self.unreadable({ try csv.advance() }) {
            guard csv.fieldCount == fieldCount else {
                let index = min(csv.fieldCount, fieldCount) - 1
                throw SeriesIOError.raggedRow(csv.location(ofField: max(index, 0) + (csv.fieldCount > fieldCount ? 1 : 0)),
                                             fields: csv.fieldCount, expected: fieldCount)
            }
            let series = try readSeries()
            let period = try readPeriod()
            let measure = try readMeasure()
            guard let value = try readValue(measure) else {
                missingCount += 1
                continue
            }
            let observation = Observation(
                series: series, period: period, measure: measure, value: value,
                unit: try optionalText(unitColumn), released: try readReleased() ?? defaultReleased,
                source: try optionalText(sourceColumn))
            return SourcedObservation(observation, line: csv.line)
        }
        return nil
    }

    // MARK: - Cells

    private func cell<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try csv.withFieldBytes(index) { try body($0.trimmingSpaces) }
    }

    private func failure(_ index: Int) -> (location: TextLocation, cell: String) {
        (csv.location(ofField: index), csv.field(index))
    }

    private mutating func readSeries() throws -> String {
        let series = try text(column: seriesColumn)
        guard !series.isEmpty else { throw SeriesIOError.emptySeries(failure(seriesColumn).location) }
        if series == checkedSeries { return series }
        if let invisible = InvisibleCharacters.first(in: series) {
            throw SeriesIOError.invisibleCharacter(failure(seriesColumn).location, cell: series, character: InvisibleCharacters.name(invisible))
        }
        checkedSeries = series
        return series
    }

    /// `YYYY-MM`, `YYYY-Qn`, `YYYY`, else a label as bureaus print it (`ReleasePeriodLabel`).
    private func readPeriod() throws -> Period {
        if let period = cell(periodColumn, { Period(utf8: $0) }) { return period }
        let (location, cell) = failure(periodColumn)
        if let period = ReleasePeriodLabel.period(cell, defaultYear: defaultYear) { return period }
        if defaultYear == nil && ReleasePeriodLabel.lacksYear(cell) { throw SeriesIOError.periodWithoutYear(location, cell: cell) }
        throw SeriesIOError.badPeriod(location, cell: cell)
    }

    /// A `Measure` raw value, else a name as bureaus print it (`Measure(printedName:)`).
    private func readMeasure() throws -> Measure {
        guard let measure = cell(measureColumn, { Measure(utf8: $0) ?? Measure(printedName: String(decoding: $0, as: UTF8.self)) }) else {
            let (location, cell) = failure(measureColumn)
            throw SeriesIOError.unknownMeasure(location, cell: cell)
        }
        return measure
    }

    /// The value, or `nil` when the cell marks it missing.
    private func readValue(_ measure: Measure) throws -> Double? {
        let parsed: Double?? = cell(valueColumn) { bytes in
            if MissingValue.isMissing(utf8: bytes) { return .some(nil) }
            if measure == .milestone, let state = MilestoneState(rawValue: String(decoding: bytes, as: UTF8.self)) {
                return state.code
            }
            if let number = parseNumber(bytes) { return number }
            // As a spreadsheet shows it: 1,234.5 or 18.5%.
            if case let .number(number) = ReleaseCell.parse(String(decoding: bytes, as: UTF8.self)) { return number }
            return nil
        }
        guard let value = parsed else {
            let (location, cell) = failure(valueColumn)
            if measure == .milestone { throw SeriesIOError.unknownMilestoneState(location, cell: cell) }
            throw SeriesIOError.nonNumericValue(location, cell: cell)
        }
        if let number = value, !NumberRule.accepts(number) {
            throw SeriesIOError.numberOutOfRange(failure(valueColumn).location, cell: failure(valueColumn).cell)
        }
        if measure == .milestone, let number = value, MilestoneState(code: number) == nil {
            let (location, cell) = failure(valueColumn)
            throw SeriesIOError.unknownMilestoneState(location, cell: cell)
        }
        return value
    }

    private func readReleased() throws -> CalendarDay? {
        guard let releasedColumn else { return nil }
        let parsed: CalendarDay?? = cell(releasedColumn) { bytes in
            if bytes.isEmpty { return .some(nil) }
            return CalendarDay(utf8: bytes).flatMap { $0.isPlausibleReleaseDate ? $0 : nil }.map { $0 }
        }
        guard let released = parsed else {
            let (location, cell) = failure(releasedColumn)
            throw SeriesIOError.badReleaseDate(location, cell: cell)
        }
        return released
    }

    private mutating func optionalText(_ index: Int?) throws -> String {
        guard let index else { return "" }
        return try text(column: index)
    }

    /// A cell's text (with `CSVWriter`'s neutralising apostrophe undone), reusing a recent row's
    /// string when the cell is the same, so that repeated texts (series, units, sources) cost no
    /// allocation.
    /// - Throws: `SeriesIOError.notUTF8` rather than repairing bytes into mojibake.
    private mutating func text(column index: Int) throws -> String {
        let recent = recentTexts[index]
        let (text, isNew): (String?, Bool) = csv.withFieldBytes(index) { raw in
            let trimmed = raw.trimmingSpaces
            let bytes = UnsafeBufferPointer(rebasing: trimmed[CSVWriter.neutralisingPrefixLength(trimmed)...])
            if let known = recent.text(matching: bytes) { return (known, false) }
            return (String(validating: bytes, as: UTF8.self), true)
        }
        guard let text else { throw SeriesIOError.notUTF8(csv.location(ofField: index)) }
        if isNew { recentTexts[index].add(text) }
        return text
    }

    private static func unreadable<R>(_ body: () throws -> R) throws -> R {
        do {
            return try body()
        } catch let error as TextFormatsError {
            throw SeriesIOError.unreadable(error)
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing ASCII spaces and tabs.
    var trimmingSpaces: UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = count
        while start < end && (self[start] == 0x20 || self[start] == 0x09) { start += 1 }
        while end > start && (self[end - 1] == 0x20 || self[end - 1] == 0x09) { end -= 1 }
        return UnsafeBufferPointer(rebasing: self[start..<end])
    }
}
