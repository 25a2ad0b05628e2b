import GRDB
import GRDBSQLite
import TargetModel

extension Workspace {
    /// Every stored vintage (of one series when `series` is given), in storage order: by import,
    /// then by line of the imported file.
    public func vintages(series: String? = nil) throws -> [Vintage] {
        try database.read { db in
            var seriesByKey: [Int64: (id: String, lag: Int)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, id, publication_lag_days FROM series") {
                seriesByKey[row[0]] = (row[1], row[2])
            }
            let labels = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, text FROM label")
                .map { ($0[0] as Int64, $0[1] as String) })
            let files = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, file FROM import_log")
                .map { ($0[0] as Int64, $0[1] as String) })
            let filter = series == nil ? "" : "WHERE series = (SELECT key FROM series WHERE id = ?)"
            let blocks = try db.makeStatement(sql: "SELECT series, import_id, vintages FROM vintage_block \(filter)")
            try blocks.setArguments(StatementArguments(series.map { [$0] } ?? []))
            let handle = blocks.sqliteStatement
            var vintages: [Vintage] = []
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                let seriesKey = sqlite3_column_int64(handle, 0), importID = sqlite3_column_int64(handle, 1)
                try PackedVintage.unpack(PackedVintage.block(handle, column: 2)) { packed in
                    guard let series = seriesByKey[seriesKey], let period = StorageCode.period(code: packed.period),
                          let measure = StorageCode.measure(code: packed.measure), let released = StorageCode.day(code: packed.released),
                          let unitText = labels[packed.unit], let sourceText = labels[packed.source], let file = files[importID] else {
                        throw WorkspaceError.corruptRow(table: "vintage_block", detail: "series \(seriesKey), period \(packed.period), "
                            + "measure \(packed.measure), released \(packed.released), unit \(packed.unit), source \(packed.source), import \(importID)")
                    }
                    let observation = Observation(series: series.id, period: period, measure: measure, value: packed.value,
                                                  unit: unitText, released: released, source: sourceText)
                    vintages.append(Vintage(observation: observation, file: file, line: packed.line, importID: importID,
                                            publicationLagDays: series.lag))
                }
            }
            vintages.sort { ($0.importID, $0.line) < ($1.importID, $1.line) }
            return vintages
        }
    }

    /// Every series as known on `day`: each observation at its latest vintage released on or
    /// before that day; everything's latest vintage when `day` is `nil`.
    public func seriesData(knownAt day: CalendarDay?) throws -> [String: SeriesData] {
        try database.read { db in
            try AsOfReader(through: nil, cutoff: day.map { .day(StorageCode.day($0)) } ?? .none).read(db)
        }
    }

    /// What a projection for `period` may use (see `AsOf.latest(_:asOfPeriod:publicationLagDays:)`):
    /// periods up to that one, each at the latest vintage released by the release of that
    /// period's figures.
    public func seriesData(asOfPeriod period: Period) throws -> [String: SeriesData] {
        try database.read { db in
            try AsOfReader(through: (period.year, period.endMonth), cutoff: .releaseOf(period)).read(db)
        }
    }
}
