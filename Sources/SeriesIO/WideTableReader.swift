import TargetModel
import TextFormats

/// Reads release tables: indicator names down one side and period labels across, or the
/// transpose; oldest or newest first; several blocks side by side (each with its own period
/// column, as data-terminal exports have).
///
/// The series map says which names are series; the period labels are found where they are: the
/// row (or column) with the most cells that read as period labels (`ReleasePeriodLabel`, or
/// workbook date cells), unless the map names the period column. Labels without a year take the
/// year printed in a title above them (`2013年1-10月主要指标`), else `year`.
///
/// Edge Cases: rows or columns whose label is not a period (unit rows, notes, footers) are
/// skipped; missing cells (`ReleaseCell`) are skipped, and so is a 0 the map declares missing;
/// the same observation printed twice with the same value is kept once, and with different values
/// and different release dates both are kept (a revision: two vintages).
/// Errors: a value beside a series' name with no label at all across from it (a ragged row: an
/// extra cell past the labels); no mapped name in the table; no period labels (or only labels
/// without a year, and no year to give them); a value cell that is not a number; a period that
/// does not fit the series' frequency; a release date that is not a date or falls before its
/// period ends; one observation printed twice with different values and the same release date
/// (both cells named).
public struct WideTableReader: Sendable {
    public var map: SeriesMap
    /// The year of period labels that print none (`1-2月`) in a table whose title gives none.
    public var year: Int?

    public init(map: SeriesMap, year: Int? = nil) {
        self.map = map
        self.year = year
    }

    private enum Axis { case rows, columns }

    /// Every mapped observation in the table.
    public func read(_ table: ReleaseTable) throws -> [ReleaseObservation] {
        var named: [(cell: ReleaseTable.Cell, row: Int, column: Int, entry: SeriesMap.Entry)] = []
        var periodRole: (row: Int, column: Int)?
        var releaseRole: (row: Int, column: Int, priorMonth: Bool)?
        for (r, row) in table.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                switch map.role(of: cell.text) {
                case let .series(entry)?: named.append((cell, r, c, entry))
                case .period?: periodRole = (r, c)
                case .released?: releaseRole = (r, c, false)
                case .releasedPriorMonth?: releaseRole = (r, c, true)
                case nil: break
                }
            }
        }
        guard !named.isEmpty else {
            let names = map.roles.compactMap { name, role -> String? in
                if case .series = role { return name } else { return nil }
            }.sorted().prefix(5).joined(separator: "、")
            throw ReleaseError(file: table.file, "\(table.sheet.map { "sheet '\($0)': " } ?? "")no name in the series map appears in the table (expected e.g. \(names))")
        }
        let defaultYear = titleYear(table) ?? year
        // Periods come from the release column when dates there stand for the month before.
        let axis: Axis
        var periodLines: [Int]
        if let releaseRole, releaseRole.priorMonth {
            axis = periodAxis(table, anchor: (releaseRole.row, releaseRole.column), defaultYear: defaultYear)
            periodLines = [axis == .rows ? releaseRole.column : releaseRole.row]
        } else if let periodRole {
            axis = periodAxis(table, anchor: periodRole, defaultYear: defaultYear)
            periodLines = [axis == .rows ? periodRole.column : periodRole.row]
        } else {
            let byColumn = (0..<table.columnCount).map { c in periodCount(table, column: c, defaultYear: defaultYear) }
            let byRow = table.rows.indices.map { r in periodCount(table, row: r, defaultYear: defaultYear) }
            let bestColumn = byColumn.max() ?? 0
            let bestRow = byRow.max() ?? 0
            guard max(bestColumn, bestRow) > 0 else {
                if defaultYear == nil, let label = table.rows.joined().first(where: { ReleasePeriodLabel.lacksYear($0.text) }) {
                    throw ReleaseError(label.location, "period label '\(label.text)' gives no year, and no title above the table does; expected the year for such labels (targettrack import --year 2014)")
                }
                throw ReleaseError(file: table.file, "\(table.sheet.map { "sheet '\($0)': " } ?? "")no period labels found (expected labels such as 1-2月, 一季度, 2013年1-10月, 2025年07月份, 2013-09 or dates)")
            }
            axis = bestColumn >= bestRow ? .rows : .columns
            let counts = axis == .rows ? byColumn : byRow
            let best = axis == .rows ? bestColumn : bestRow
            let dataLines = Set(named.map { axis == .rows ? $0.column : $0.row })
            periodLines = counts.indices.filter { counts[$0] > 0 && counts[$0] * 2 >= best && !dataLines.contains($0) }
        }

        var result: [ReleaseObservation] = []
        var seen: [ObservationKey: (value: Double, released: CalendarDay?, location: ReleaseLocation)] = [:]
        for name in named {
            // Series in a column (periods down) take the nearest period column to their left.
            let own = axis == .rows ? name.column : name.row
            guard let line = periodLines.filter({ $0 < own }).max() ?? periodLines.filter({ $0 != own }).min() else { continue }
            let count = axis == .rows ? table.rows.count : table.columnCount
            for index in 0..<count where index != (axis == .rows ? name.row : name.column) {
                let (r, c) = axis == .rows ? (index, line) : (line, index)
                let (vr, vc) = axis == .rows ? (index, name.column) : (name.row, index)
                guard let label = table.cell(r, c), !label.text.trimmingSpaces.isEmpty || label.number != nil || label.date != nil else {
                    if let extra = table.cell(vr, vc), !extra.text.trimmingSpaces.isEmpty, ReleaseCell.parse(extra.text) != .missing {
                        throw ReleaseError(extra.location, "'\(extra.text.excerpt())' beside '\(name.cell.text.excerpt())' has no period label across from it (a ragged row: an extra cell?); expected every value under or beside a period label")
                    }
                    continue
                }
                let released: CalendarDay?
                var printed: Period?
                if let releaseRole {
                    let dateCell = axis == .rows ? table.cell(index, releaseRole.column) : table.cell(releaseRole.row, index)
                    released = try dateCell.flatMap { try releaseDate($0) }
                    if releaseRole.priorMonth {
                        guard let released else { continue }
                        let previous = released.adding(days: -released.day)
                        printed = .month(year: previous.year, month: previous.month)
                    }
                } else {
                    released = nil
                }
                if printed == nil { printed = period(of: label, defaultYear: defaultYear) }
                guard let printed else { continue }
                guard let valueCell = table.cell(vr, vc) else { continue }
                let value: Double
                if let number = valueCell.number {
                    value = number
                } else {
                    switch ReleaseCell.parse(valueCell.text) {
                    case let .number(n): value = n
                    case .missing: continue
                    case .invalid:
                        throw ReleaseError(valueCell.location, "'\(valueCell.text.excerpt())' under '\(name.cell.text.excerpt())' for \(printed) is not a number (expected e.g. 8,072.5, 26.3%, −2.2, or — for missing; \(NumberRule.expectation))")
                    }
                }
                if value == 0, name.entry.zeroIsMissing { continue }
                guard let stored = name.entry.frequency.map({ $0.period(for: printed) }) ?? printed else {
                    throw ReleaseError(label.location, "period '\(label.text)' (\(printed)) does not end a \(name.entry.frequency!.rawValue) but '\(name.cell.text)' is mapped as \(name.entry.frequency!.rawValue)ly")
                }
                if let released, released <= stored.endDay {
                    throw ReleaseError(label.location, "release date \(released) of \(stored) is not after the period's end \(stored.endDay)")
                }
                let observation = Observation(series: name.entry.series, period: stored, measure: name.entry.measure,
                                              value: value, unit: name.entry.unit, released: released,
                                              source: table.sheet.map { "\(table.file) [\($0)]" } ?? table.file)
                let key = ObservationKey(series: observation.series, period: stored, measure: observation.measure)
                if let earlier = seen[key] {
                    if earlier.value == value { continue }
                    // A different value released on another date is a revision: a new vintage.
                    if earlier.released == released {
                        throw ReleaseError(valueCell.location, "\(key.series) \(stored) \(key.measure.rawValue) is \(value) here but \(earlier.value) at \(earlier.location)")
                    }
                }
                seen[key] = (value, released, valueCell.location)
                result.append(ReleaseObservation(observation: observation, location: valueCell.location))
            }
        }
        return result
    }

    // MARK: - Finding periods

    private struct ObservationKey: Hashable {
        var series: String
        var period: Period
        var measure: Measure
    }

    private func period(of cell: ReleaseTable.Cell, defaultYear: Int?) -> Period? {
        if let date = cell.date { return .month(year: date.year, month: date.month) }
        if cell.number != nil { return nil }
        return ReleasePeriodLabel.period(cell.text, defaultYear: defaultYear)
    }

    private func periodCount(_ table: ReleaseTable, column: Int, defaultYear: Int?) -> Int {
        table.rows.indices.reduce(0) { count, r in
            count + (table.cell(r, column).flatMap { period(of: $0, defaultYear: defaultYear) } == nil ? 0 : 1)
        }
    }

    private func periodCount(_ table: ReleaseTable, row: Int, defaultYear: Int?) -> Int {
        table.rows[row].reduce(0) { count, cell in count + (period(of: cell, defaultYear: defaultYear) == nil ? 0 : 1) }
    }

    /// Whether the labels at a named header cell run down its column or along its row.
    private func periodAxis(_ table: ReleaseTable, anchor: (row: Int, column: Int), defaultYear: Int?) -> Axis {
        periodCount(table, column: anchor.column, defaultYear: defaultYear)
            >= periodCount(table, row: anchor.row, defaultYear: defaultYear) ? .rows : .columns
    }

    /// The year in a title cell above or beside the table's labels, for labels that omit it.
    private func titleYear(_ table: ReleaseTable) -> Int? {
        for row in table.rows.prefix(5) {
            for cell in row where cell.number == nil && ReleasePeriodLabel.period(cell.text) == nil {
                if let year = ReleasePeriodLabel.year(in: cell.text) { return year }
            }
        }
        return nil
    }

    private func releaseDate(_ cell: ReleaseTable.Cell) throws -> CalendarDay? {
        let text = cell.text.trimmingSpaces
        if cell.date == nil, case .missing = ReleaseCell.parse(text), text.isEmpty || text.count <= 2 { return nil }
        let day = text.split(separator: " ").first.map(String.init) ?? text
        guard let date = cell.date ?? CalendarDay(day), date.isPlausibleReleaseDate else {
            throw ReleaseError(cell.location, "release date '\(cell.text.excerpt())' is not a date from \(CalendarDay.plausibleReleaseYears.lowerBound) to \(CalendarDay.plausibleReleaseYears.upperBound) (expected YYYY-MM-DD)")
        }
        return date
    }
}
