import GRDB
import TargetModel

/// The engine's read path: every observation at its visible latest vintage, straight from the
/// integer-coded observation table in primary-key order (series, period, measure, …), so each
/// observation's vintages arrive together and nothing is sorted or materialised as a `Vintage`.
///
/// It applies exactly the rules of `AsOf` (which stays the reference, used by `series show` and
/// `export`): a vintage's release is `released`, else period end + the series' publication lag;
/// vintages of one observation are ordered by release, then import, then line.
struct AsOfReader {
    /// Only periods ending on or before this (year, month), when set.
    var through: (year: Int, month: Int)?
    /// Per series key, the last release date (as YYYYMMDD) a vintage may have; `nil`: no limit.
    var cutoff: ((Int64) -> Int?)?

    func read(_ db: Database) throws -> [String: SeriesData] {
        var info: [Int64: (id: String, unit: String, lag: Int)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, id, unit, publication_lag_days FROM series") {
            info[row[0]] = (row[1], row[2], row[3])
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT series, period, measure, released, value, import_id, source_line
            FROM observation ORDER BY series, period, measure
            """)
        var data: [String: SeriesData] = [:]
        data.reserveCapacity(info.count)
        var current: (series: Int64, period: Int, measure: Int)?
        var best: (release: Int, importID: Int64, line: Int, value: Double)?
        var seriesData: SeriesData?
        var seriesLimit: Int?

        func flush() throws {
            guard let group = current, let chosen = best else { return }
            guard let period = StorageCode.period(code: group.period), let measure = StorageCode.measure(code: group.measure) else {
                throw WorkspaceError.corruptRow(table: "observation", detail: "period \(group.period), measure \(group.measure)")
            }
            seriesData?.set(measure, period, chosen.value)
        }

        while let row = try rows.next() {
            let series: Int64 = row[0], periodCode: Int = row[1], measureCode: Int = row[2]
            if current?.series != series || current?.period != periodCode || current?.measure != measureCode {
                try flush()
                best = nil
                if current?.series != series {
                    if let finished = seriesData { data[finished.id] = finished }
                    guard let meta = info[series] else {
                        throw WorkspaceError.corruptRow(table: "observation", detail: "series key \(series) has no series row")
                    }
                    seriesData = SeriesData(id: meta.id, unit: meta.unit)
                    seriesLimit = cutoff?(series)
                }
                current = (series, periodCode, measureCode)
            }
            let end = Self.endMonth(periodCode)
            if let through, (end.year, end.month) > (through.year, through.month) { continue }
            var release: Int = row[3]
            if release == 0 { release = Self.lateRelease(periodCode, lag: info[series]?.lag ?? SeriesInfo.defaultPublicationLagDays) }
            if let limit = seriesLimit, release > limit { continue }
            let candidate = (release: release, importID: row[5] as Int64, line: row[6] as Int, value: row[4] as Double)
            if let b = best, (candidate.release, candidate.importID, candidate.line) <= (b.release, b.importID, b.line) { continue }
            best = candidate
        }
        try flush()
        if let finished = seriesData { data[finished.id] = finished }
        return data.filter { !$0.value.values.isEmpty }
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

extension Workspace {
    /// The per-series cutoffs of `seriesData(asOfPeriod:)`: the earliest release of any vintage of
    /// a period ending with `period`'s end (month, quarter or year), else that end + the lag.
    func releaseCutoffs(_ db: Database, endingWith period: Period) throws -> (Int64) -> Int? {
        let (year, month) = (period.year, period.endMonth)
        var codes = [year * 100 + month]
        if month % 3 == 0 { codes.append(year * 100 + 20 + month / 3) }
        if month == 12 { codes.append(year * 100) }
        var lags: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, publication_lag_days FROM series") { lags[row[0]] = row[1] }
        var first: [Int64: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT series, period, released FROM observation WHERE period IN (\(codes.map(String.init).joined(separator: ",")))")
        while let row = try rows.next() {
            let series: Int64 = row[0], code: Int = row[1], released: Int = row[2]
            let release = released == 0 ? AsOfReader.lateRelease(code, lag: lags[series] ?? SeriesInfo.defaultPublicationLagDays) : released
            first[series] = Swift.min(first[series] ?? release, release)
        }
        let end = period.endDay
        return { series in
            first[series] ?? StorageCode.day(end.adding(days: lags[series] ?? SeriesInfo.defaultPublicationLagDays))
        }
    }
}
