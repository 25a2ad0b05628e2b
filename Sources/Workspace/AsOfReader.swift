import GRDB
import GRDBSQLite
import TargetModel

/// The engine's read path: every observation at its visible latest vintage, in one pass over the
/// packed vintage blocks in series order, straight from SQLite's row buffer. A series' vintages
/// (a few hundred at most) are held until its last block has arrived, so that its release cutoff
/// is known before any of them is chosen; they are sorted by (period, measure) only when their
/// blocks are not already in that order, and never materialised as a `Vintage`.
///
/// It applies exactly the rules of `AsOf` (which stays the reference, used by `series show` and
/// `export`): a vintage's release is `released`, else period end + the series' publication lag;
/// vintages of one observation are ordered by release, then import, then line.
struct AsOfReader {
    /// The latest release date a vintage may have.
    enum Cutoff {
        /// None: every observation's latest vintage.
        case none
        /// This day, as YYYYMMDD.
        case day(Int)
        /// Per series, the earliest release of any vintage of a period ending with this period's
        /// end (month, quarter or year), else that end + the series' lag.
        case releaseOf(Period)
    }

    /// Only periods ending on or before this (year, month), when set.
    var through: (year: Int, month: Int)?
    var cutoff: Cutoff

    /// One stored vintage, as read.
    private struct Row {
        var period: Int
        var measure: Int
        var release: Int
        var importID: Int64
        var line: Int
        var value: Double
    }

    func read(_ db: Database) throws -> [String: SeriesData] {
        var info: [Int64: (id: String, unit: String, lag: Int)] = [:]
        for row in try GRDB.Row.fetchAll(db, sql: "SELECT key, id, unit, publication_lag_days FROM series") {
            info[row[0]] = (row[1], row[2], row[3])
        }
        let statement = try db.makeStatement(sql: "SELECT series, import_id, vintages FROM vintage_block ORDER BY series")
        let handle = statement.sqliteStatement
        var data: [String: SeriesData] = [:]
        data.reserveCapacity(info.count)
        var rows: [Row] = []
        let cutoffCodes = if case let .releaseOf(period) = cutoff { Self.codes(endingWith: period) } else { [Int]() }
        var current: Int64?

        func finishSeries() throws {
            guard let series = current else { return }
            guard let meta = info[series] else {
                throw WorkspaceError.corruptRow(table: "observation", detail: "series key \(series) has no series row")
            }
            if !zip(rows, rows.dropFirst()).allSatisfy({ ($0.period, $0.measure) <= ($1.period, $1.measure) }) {
                rows.sort { ($0.period, $0.measure) < ($1.period, $1.measure) }
            }
            let chosen = try choose(rows, lag: meta.lag, cutoffCodes: cutoffCodes, into: SeriesData(id: meta.id, unit: meta.unit))
            if !chosen.values.isEmpty { data[meta.id] = chosen }
        }

        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            let series = sqlite3_column_int64(handle, 0)
            if series != current {
                try finishSeries()
                rows.removeAll(keepingCapacity: true)
                current = series
            }
            let importID = sqlite3_column_int64(handle, 1)
            try PackedVintage.unpack(PackedVintage.block(handle, column: 2)) { vintage in
                rows.append(Row(period: vintage.period, measure: vintage.measure, release: vintage.released,
                                importID: importID, line: vintage.line, value: vintage.value))
            }
        }
        try finishSeries()
        return data
    }

    /// One series' visible latest vintages, from its rows in key order; `cutoffCodes` are the
    /// period codes of a `.releaseOf` cutoff.
    private func choose(_ rows: [Row], lag: Int, cutoffCodes: [Int], into series: SeriesData) throws -> SeriesData {
        var series = series
        let releases = rows.map { $0.release == 0 ? Self.lateRelease($0.period, lag: lag) : $0.release }
        let limit: Int
        switch cutoff {
        case .none: limit = .max
        case let .day(day): limit = day
        case let .releaseOf(period):
            limit = rows.indices.lazy.filter { cutoffCodes.contains(rows[$0].period) }.map { releases[$0] }.min()
                ?? StorageCode.day(period.endDay.adding(days: lag))
        }
        // Each measure's arrays sized once, for its distinct periods (an upper bound: some may be cut off).
        var periodsPerMeasure: [Int: Int] = [:]
        for (i, row) in rows.enumerated() where i == 0 || (row.period, row.measure) != (rows[i - 1].period, rows[i - 1].measure) {
            periodsPerMeasure[row.measure, default: 0] += 1
        }
        var best: Int?
        func flush() throws {
            guard let b = best else { return }
            guard let period = StorageCode.period(code: rows[b].period), let measure = StorageCode.measure(code: rows[b].measure) else {
                throw WorkspaceError.corruptRow(table: "observation", detail: "period \(rows[b].period), measure \(rows[b].measure)")
            }
            if series.values[measure] == nil {
                series.values[measure] = PeriodValues(minimumCapacity: periodsPerMeasure[rows[b].measure] ?? 1)
            }
            series.set(measure, period, rows[b].value)
        }
        for (i, row) in rows.enumerated() {
            if i > 0, row.period != rows[i - 1].period || row.measure != rows[i - 1].measure {
                try flush()
                best = nil
            }
            if let through {
                let end = Self.endMonth(row.period)
                if (end.year, end.month) > (through.year, through.month) { continue }
            }
            if releases[i] > limit { continue }
            if let b = best, (releases[i], row.importID, row.line) <= (releases[b], rows[b].importID, rows[b].line) { continue }
            best = i
        }
        try flush()
        return series
    }

    /// The period codes ending with `period`'s end: the month, and the quarter and year ending then.
    static func codes(endingWith period: Period) -> [Int] {
        let (year, month) = (period.year, period.endMonth)
        var codes = [year * 100 + month]
        if month % 3 == 0 { codes.append(year * 100 + 20 + month / 3) }
        if month == 12 { codes.append(year * 100) }
        return codes
    }

    /// The year and last month a period code covers.
    static func endMonth(_ code: Int) -> (year: Int, month: Int) {
        let (year, part) = code.quotientAndRemainder(dividingBy: 100)
        switch part {
        case 0: return (year, 12)
        case 21...24: return (year, (part - 20) * 3)
        default: return (year, part)
        }
    }

    /// Period end + lag as YYYYMMDD, for a vintage whose release date is unknown.
    static func lateRelease(_ code: Int, lag: Int) -> Int {
        guard let period = StorageCode.period(code: code) else { return Int.max }
        return StorageCode.day(period.endDay.adding(days: lag))
    }
}
