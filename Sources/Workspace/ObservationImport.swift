import Foundation
import GRDB
import GRDBSQLite
import SeriesIO
import TargetModel

extension Workspace {
    /// Imports a long-format CSV file (see `LongCSVFormat`); rows with a blank release date take
    /// `defaultReleased`.
    public func importLongCSV(path: String, defaultReleased: CalendarDay? = nil, strict: Bool = false) throws -> ImportRecord {
        let checksum = try FileChecksum.crc32(path: path)
        return try importObservations(from: LongCSVReader(path: path, defaultReleased: defaultReleased),
                                      checksum: checksum, strict: strict)
    }

    /// Imports one file's observations in one transaction: if anything fails (a bad cell, two
    /// rows that disagree, an unlinked series under `strict`, a killed process), nothing from the
    /// file is stored.
    ///
    /// A row identical to a stored vintage (same value and release date) is unchanged; a different
    /// value or release date is stored as a new vintage, never overwriting. Series that no catalog
    /// target links to are listed in the warnings, or are an error when `strict`.
    /// - Returns: the import log entry with its counts.
    /// - Throws: `SeriesIOError` from the source, `WorkspaceError.unlinkedSeries`, database errors.
    public func importObservations(from source: some ObservationSource, checksum: String = "",
                                   strict: Bool = false) throws -> ImportRecord {
        var source = source
        let file = source.file
        return try database.write { db in
            let workspaceWasEmpty = try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM observation)")!
            try db.execute(sql: "INSERT INTO import_log (file, checksum, imported_at) VALUES (?, ?, ?)",
                           arguments: [file, checksum, ISO8601DateFormatter().string(from: Date())])
            let importID = db.lastInsertedRowID
            var inserter = try VintageInserter(db, importID: importID)
            var detector = ConflictDetector(file: file)
            var firstSeen: [String: Observation] = [:]
            var rows = 0
            var inserted = 0
            while let row = try source.next() {
                try detector.record(row)
                if try inserter.insert(row) { inserted += 1 }
                rows += 1
                let observation = row.observation
                if firstSeen[observation.series] == nil || (firstSeen[observation.series]!.measure.isGrowth && !observation.measure.isGrowth) {
                    firstSeen[observation.series] = observation
                }
            }
            let newObservations = workspaceWasEmpty
                ? detector.observationCount
                : try Self.countNewObservations(db, importID: importID)
            for series in detector.series {
                let first = firstSeen[series]!
                try db.execute(sql: "INSERT OR IGNORE INTO series (id, unit, frequency) VALUES (?, ?, ?)",
                               arguments: [series, first.measure.isGrowth ? "" : first.unit, first.period.frequency])
            }
            let linked = Set(try String.fetchAll(db, sql: "SELECT series FROM catalog_target WHERE series IS NOT NULL"))
            let unlinked = detector.series.filter { !linked.contains($0) }.sorted()
            if strict && !unlinked.isEmpty { throw WorkspaceError.unlinkedSeries(file: file, series: unlinked) }
            let warnings = unlinked.map { "no catalog target links to series '\($0)'" }.joined(separator: "\n")
            try db.execute(sql: """
                UPDATE import_log SET rows_read = ?, new_observations = ?, new_vintages = ?, unchanged = ?,
                    missing = ?, warnings = ? WHERE id = ?
                """, arguments: [rows + source.missingCount, newObservations, inserted - newObservations,
                                 rows - inserted, source.missingCount, warnings, importID])
            return try ImportRecord.fetchOne(db, sql: "SELECT * FROM import_log WHERE id = ?", arguments: [importID])!
        }
    }

    /// Observations (series, period, measure) stored by this import that no earlier import holds.
    private static func countNewObservations(_ db: Database, importID: Int64) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM (SELECT DISTINCT series, period, measure FROM observation WHERE import_id = ?1) AS new
            WHERE NOT EXISTS (SELECT 1 FROM observation AS old WHERE old.series = new.series
                AND old.period = new.period AND old.measure = new.measure AND old.import_id <> ?1)
            """, arguments: [importID])!
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

/// Inserts vintages through one prepared statement, binding values directly (the fast path of
/// an import; about twice as fast as binding `StatementArguments`).
private struct VintageInserter {
    private let statement: Statement
    private let connection: OpaquePointer
    private let importID: Int64
    private var periodText: [Period: String] = [:]
    private var releasedText: (day: CalendarDay, text: String)?

    /// SQLite copies bound text (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, importID: Int64) throws {
        statement = try db.makeStatement(sql: """
            INSERT OR IGNORE INTO observation
                (series, period, measure, value, unit, released, source, import_id, source_line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        connection = db.sqliteConnection!
        self.importID = importID
    }

    /// Stores a row; `false` when an identical vintage was already stored.
    mutating func insert(_ row: SourcedObservation) throws -> Bool {
        let observation = row.observation
        let handle = statement.sqliteStatement
        let period = periodText[observation.period] ?? {
            let text = observation.period.description
            periodText[observation.period] = text
            return text
        }()
        bind(observation.series, at: 1)
        bind(period, at: 2)
        bind(observation.measure.rawValue, at: 3)
        sqlite3_bind_double(handle, 4, observation.value)
        bind(observation.unit, at: 5)
        if let released = observation.released {
            if releasedText?.day != released { releasedText = (released, released.description) }
            bind(releasedText!.text, at: 6)
        } else {
            sqlite3_bind_null(handle, 6)
        }
        bind(observation.source, at: 7)
        sqlite3_bind_int64(handle, 8, importID)
        sqlite3_bind_int64(handle, 9, Int64(row.line))
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        return sqlite3_changes(connection) > 0
    }

    private func bind(_ text: String, at index: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else {
                _ = sqlite3_bind_text(statement.sqliteStatement, index, "", 0, Self.transient)
                return
            }
            _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(statement.sqliteStatement, index, $0, Int32(bytes.count), Self.transient)
            }
        }
    }
}
