import Foundation
import GRDB
import SeriesIO
import TargetModel

extension Workspace {
    /// Imports a long-format CSV file (see `LongCSVFormat`); rows with a blank release date take
    /// `defaultReleased`, and period labels without a year (`1-2月`) take `year`. The file is read
    /// once, in constant memory, on a second thread while rows are stored; its checksum is
    /// computed while it streams.
    public func importLongCSV(path: String, defaultReleased: CalendarDay? = nil, year: Int? = nil, strict: Bool = false,
                              progress: ImportProgress? = nil) throws -> ImportRecord {
        try importObservations(from: ReadAhead(LongCSVReader(path: path, defaultReleased: defaultReleased, defaultYear: year)),
                               strict: strict, progress: progress)
    }

    /// Imports one file's observations in one transaction: if anything fails (a bad cell, two
    /// rows that disagree, an unlinked series under `strict`, a killed process), nothing from the
    /// file is stored.
    ///
    /// A row identical to a stored vintage (same value and release date) is unchanged, and so is
    /// the value in effect re-released later (the same table imported again with another
    /// release date); a different value, or the same one released before every stored vintage,
    /// is stored as a new vintage, never overwriting. The same figure at another precision
    /// (`Restatement`: 27.31 against a stored 27.30873936) is no revision: with fewer decimals it
    /// is unchanged, with more it is stored and counted as restated. Series that no catalog
    /// target reads (`Target.dataSeries`) are listed in the warnings, or are an error when `strict`.
    /// - Parameter checksum: the file's CRC-32 for the import log; when `nil`, the source's own
    ///   (`ObservationSource.checksum`).
    /// - Parameter progress: told of the rows stored so far as the import goes.
    /// - Returns: the import log entry with its counts.
    /// - Throws: `SeriesIOError` from the source, `WorkspaceError.unlinkedSeries`, database errors.
    public func importObservations(from source: some ObservationSource, checksum: String? = nil,
                                   strict: Bool = false, progress: ImportProgress? = nil) throws -> ImportRecord {
        try database.write { db in try Self.importObservations(db, from: source, checksum: checksum, strict: strict, progress: progress) }
    }

    /// `importObservations(from:checksum:strict:progress:)` in a transaction already open, so
    /// that other rows (a progress report) are stored with the observations or not at all.
    static func importObservations(_ db: Database, from source: some ObservationSource, checksum: String?,
                                   strict: Bool, progress: ImportProgress?) throws -> ImportRecord {
        var source = source
        let file = source.file
        try db.execute(sql: "INSERT INTO import_log (file, checksum, imported_at) VALUES (?, '', ?)",
                       arguments: [file, ISO8601DateFormatter().string(from: Date())])
        let importID = db.lastInsertedRowID
        var writer = try VintageWriter(db, importID: importID, file: file)
        var rows = 0
        while let row = try source.next() {
            try writer.store(row)
            rows += 1
            if let progress, rows % progress.interval == 0 { progress.report(rows) }
        }
        try writer.finish()
        let (stored, newObservations) = (writer.stored, writer.newObservations)
        let linked = Set(try Self.catalog(db).targets.map(\.dataSeries))
        let unlinked = writer.series.filter { !linked.contains($0) }.sorted()
        if strict && !unlinked.isEmpty { throw WorkspaceError.unlinkedSeries(file: file, series: unlinked) }
        let warnings = unlinked.map { "no catalog target links to series '\($0)'" }.joined(separator: "\n")
        try db.execute(sql: """
            UPDATE import_log SET checksum = ?, rows_read = ?, new_observations = ?, new_vintages = ?,
                restated = ?, unchanged = ?, missing = ?, warnings = ? WHERE id = ?
            """, arguments: [checksum ?? source.checksum ?? "", rows + source.missingCount, newObservations,
                             stored - newObservations - writer.restated, writer.restated, rows - stored,
                             source.missingCount, warnings, importID])
        return try DecodedRow<ImportRecord>.fetchOne(db, sql: "SELECT * FROM import_log WHERE id = ?", arguments: [importID])!.value
    }
}

extension Period {
    /// `monthly`, `quarterly` or `annual`.
    var frequency: String {
        switch self {
        case .month: return "monthly"
        case .quarter: return "quarterly"
        case .year: return "annual"
        }
    }
}
