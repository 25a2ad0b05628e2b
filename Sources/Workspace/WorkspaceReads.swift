import GRDB
import TargetModel

extension Workspace {
    /// Every stored vintage (of one series when `series` is given), in storage order.
    public func vintages(series: String? = nil) throws -> [Vintage] {
        try database.read { db in
            let lags = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, publication_lag_days FROM series")
                .map { ($0["id"] as String, $0["publication_lag_days"] as Int) })
            let filter = series == nil ? "" : "WHERE o.series = ?"
            let rows = try Row.fetchCursor(db, sql: """
                SELECT o.rowid, o.series, o.period, o.measure, o.value, o.unit, o.released, o.source,
                       o.import_id, o.source_line, i.file
                FROM observation AS o JOIN import_log AS i ON i.id = o.import_id \(filter) ORDER BY o.rowid
                """, arguments: StatementArguments(series.map { [$0] } ?? []))
            var vintages: [Vintage] = []
            while let row = try rows.next() {
                let periodText: String = row[2], measureText: String = row[3], releasedText: String? = row[6]
                guard let period = Period(periodText), let measure = Measure(rawValue: measureText) else {
                    throw WorkspaceError.corruptRow(table: "observation", detail: "period '\(periodText)', measure '\(measureText)'")
                }
                let released = try releasedText.map { text in
                    guard let day = CalendarDay(text) else {
                        throw WorkspaceError.corruptRow(table: "observation", detail: "release date '\(text)'")
                    }
                    return day
                }
                let observation = Observation(series: row[1], period: period, measure: measure, value: row[4],
                                              unit: row[5], released: released, source: row[7])
                vintages.append(Vintage(
                    observation: observation, file: row[10], line: row[9], importID: row[8], sequence: row[0],
                    publicationLagDays: lags[observation.series] ?? SeriesInfo.defaultPublicationLagDays))
            }
            return vintages
        }
    }

    /// Every series as known on `day`: each observation at its latest vintage released on or
    /// before that day; everything's latest vintage when `day` is `nil`.
    public func seriesData(knownAt day: CalendarDay?) throws -> [String: SeriesData] {
        AsOf.seriesData(AsOf.latest(try vintages(), knownAt: day), units: try units())
    }

    /// What a projection for `period` may use (see `AsOf.latest(_:asOfPeriod:publicationLagDays:)`):
    /// periods up to that one, each at the latest vintage released by the release of that
    /// period's figures.
    public func seriesData(asOfPeriod period: Period) throws -> [String: SeriesData] {
        let lags = Dictionary(uniqueKeysWithValues: try seriesInfo().map { ($0.id, $0.publicationLagDays) })
        let visible = AsOf.latest(try vintages(), asOfPeriod: period) { lags[$0] ?? SeriesInfo.defaultPublicationLagDays }
        return AsOf.seriesData(visible, units: try units())
    }

    private func units() throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try seriesInfo().map { ($0.id, $0.unit) })
    }
}
