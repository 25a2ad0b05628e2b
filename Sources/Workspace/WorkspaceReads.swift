import GRDB
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
            let rows = try Row.fetchCursor(db, sql: """
                SELECT series, period, measure, released, value, unit, source, import_id, source_line
                FROM observation \(filter) ORDER BY import_id, source_line
                """, arguments: StatementArguments(series.map { [$0] } ?? []))
            var vintages: [Vintage] = []
            while let row = try rows.next() {
                let seriesKey: Int64 = row[0], periodCode: Int = row[1], measureCode: Int = row[2], releasedCode: Int = row[3]
                let unit: Int64 = row[5], source: Int64 = row[6], importID: Int64 = row[7]
                guard let series = seriesByKey[seriesKey], let period = StorageCode.period(code: periodCode),
                      let measure = StorageCode.measure(code: measureCode), let released = StorageCode.day(code: releasedCode),
                      let unitText = labels[unit], let sourceText = labels[source], let file = files[importID] else {
                    throw WorkspaceError.corruptRow(table: "observation", detail: "series \(seriesKey), period \(periodCode), "
                        + "measure \(measureCode), released \(releasedCode), unit \(unit), source \(source), import \(importID)")
                }
                let observation = Observation(series: series.id, period: period, measure: measure, value: row[4],
                                              unit: unitText, released: released, source: sourceText)
                vintages.append(Vintage(observation: observation, file: file, line: row[8], importID: importID,
                                        publicationLagDays: series.lag))
            }
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
