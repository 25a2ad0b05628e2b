import GRDB
import GRDBSQLite
import SeriesIO
import TargetModel

/// Stores an import's rows as vintages: codes each row (`StorageCode`, series keys, labels) and
/// inserts it through one prepared statement, binding values directly (the fast path of an
/// import: no `StatementArguments`, no string allocation for repeated series, units and sources).
struct VintageWriter {
    private let db: Database
    private let importID: Int64
    /// Inserts `rowsPerStatement` rows at a time: one statement execution per row would cost
    /// SQLite twice as much.
    private let insert: Statement
    private static let rowsPerStatement = 32
    private var pending: [CodedRow] = []
    private var stored = 0
    /// Vintages stored that restate a held value at more decimals (`Restatement.finer`); a set,
    /// because a file may state the same vintage twice and it is stored once.
    private var restatedVintages: Set<VintageKey> = []
    var restated: Int { restatedVintages.count }
    private let existsBefore: Statement
    private let storedValues: Statement
    private let heldBefore: Statement
    private var seriesKeys: [String: Int64] = [:]
    private var lastSeries: (id: String, key: Int64)?
    /// Series keys from this one on were made by this import.
    private let firstNewSeriesKey: Int64
    private var newSeries: [Int64: Observation] = [:]
    /// The series whose unit and frequency are settled (a non-growth observation was seen).
    private var describedSeries: Int64?
    private var labels: [String: Int64] = [:]
    private var recentLabels: [(text: String, id: Int64)] = []

    /// A vintage's primary key in the observation table.
    private struct VintageKey: Hashable {
        var series, period, measure, released: Int64
        var value: Double
    }

    /// A row as stored: the observation table's columns in order.
    private struct CodedRow {
        var series, period, measure, released: Int64
        var value: Double
        var unit, source, line: Int64
    }

    init(_ db: Database, importID: Int64) throws {
        self.db = db
        self.importID = importID
        insert = try db.makeStatement(sql: Self.insertSQL(rows: Self.rowsPerStatement))
        existsBefore = try db.makeStatement(sql: """
            SELECT 1 FROM observation WHERE series = ? AND period = ? AND measure = ? AND import_id <> ? LIMIT 1
            """)
        storedValues = try db.makeStatement(sql: """
            SELECT value FROM observation WHERE series = ? AND period = ? AND measure = ? AND released = ? AND import_id <> ?
            """)
        // The vintage in effect just before a release: the newest known release before it, and
        // of that release the last import (`Vintage.isOrderedBefore`).
        heldBefore = try db.makeStatement(sql: """
            SELECT value FROM observation
            WHERE series = ? AND period = ? AND measure = ? AND released > 0 AND released < ? AND import_id <> ?
            ORDER BY released DESC, import_id DESC, source_line DESC LIMIT 1
            """)
        for row in try Row.fetchAll(db, sql: "SELECT key, id FROM series") { seriesKeys[row[1]] = row[0] }
        firstNewSeriesKey = (try Int64.fetchOne(db, sql: "SELECT max(key) FROM series") ?? 0) + 1
        pending.reserveCapacity(Self.rowsPerStatement)
    }

    private static func insertSQL(rows: Int) -> String {
        "INSERT OR IGNORE INTO observation (series, period, measure, released, value, unit, source, import_id, source_line) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    /// Stores a row (a row identical to a stored vintage, or that states the value held at its
    /// release with fewer decimals, stores nothing: it is not even offered to the insert);
    /// `firstOfObservation` says whether it is the file's first row of its (series, period, measure).
    /// - Returns: whether the row is the first vintage of an observation the workspace did not hold.
    mutating func store(_ row: SourcedObservation, firstOfObservation: Bool) throws -> Bool {
        let observation = row.observation
        let coded = CodedRow(
            series: try seriesKey(observation), period: Int64(StorageCode.period(observation.period)),
            measure: Int64(StorageCode.measure(observation.measure)), released: Int64(StorageCode.day(observation.released)),
            value: observation.value, unit: try label(observation.unit), source: try label(observation.source),
            line: Int64(row.line))
        if coded.series < firstNewSeriesKey {
            switch try comparison(of: coded) {
            case .identical?, .restated(.coarser)?: return false
            case .restated(.finer)?:
                restatedVintages.insert(VintageKey(series: coded.series, period: coded.period, measure: coded.measure,
                                                   released: coded.released, value: coded.value))
            case nil: break
            }
        }
        pending.append(coded)
        if pending.count == Self.rowsPerStatement { try flush(insert) }
        guard firstOfObservation else { return false }
        if coded.series >= firstNewSeriesKey { return true }
        let probe = existsBefore.sqliteStatement
        sqlite3_bind_int64(probe, 1, coded.series)
        sqlite3_bind_int64(probe, 2, coded.period)
        sqlite3_bind_int64(probe, 3, coded.measure)
        sqlite3_bind_int64(probe, 4, importID)
        let code = sqlite3_step(probe)
        sqlite3_reset(probe)
        guard code == SQLITE_ROW || code == SQLITE_DONE else { throw failure(code) }
        return code == SQLITE_DONE
    }

    /// How a row of a series held before compares with the values earlier imports hold for its
    /// observation at its release: the values stored for that release, else (for a known release
    /// date) the vintage in effect just before it. The same figure re-released later is no new
    /// vintage; released earlier than every held vintage, it is (it was known sooner).
    private enum Comparison {
        /// One of them is the same value: nothing to store.
        case identical
        /// None is, but one is the same figure at another precision.
        case restated(Restatement.Kind)
    }

    /// The row against the values held at its release; `nil` when there are none, or only
    /// different figures (a new vintage).
    private func comparison(of row: CodedRow) throws -> Comparison? {
        var held = try values(storedValues, of: row)
        if held.isEmpty && row.released > 0 { held = try values(heldBefore, of: row) }
        var kinds: [Restatement.Kind] = []
        for stored in held {
            if stored == row.value { return .identical }
            if let kind = Restatement.of(row.value, against: stored) { kinds.append(kind) }
        }
        if kinds.contains(.coarser) { return .restated(.coarser) }
        return kinds.first.map(Comparison.restated)
    }

    /// The values a query over (series, period, measure, released, import) gives for a row.
    private func values(_ statement: Statement, of row: CodedRow) throws -> [Double] {
        let query = statement.sqliteStatement
        sqlite3_bind_int64(query, 1, row.series)
        sqlite3_bind_int64(query, 2, row.period)
        sqlite3_bind_int64(query, 3, row.measure)
        sqlite3_bind_int64(query, 4, row.released)
        sqlite3_bind_int64(query, 5, importID)
        defer { sqlite3_reset(query) }
        var values: [Double] = []
        while true {
            let code = sqlite3_step(query)
            if code == SQLITE_DONE { return values }
            guard code == SQLITE_ROW else { throw failure(code) }
            values.append(sqlite3_column_double(query, 0))
        }
    }

    /// Stores the rows still pending and records the unit and frequency of the series this
    /// import created: from their first non-growth observation (the unit of a growth rate is
    /// `%`, not the series'), else their first.
    /// - Returns: the number of rows stored (the others were identical to stored vintages, or
    ///   stated one with fewer decimals).
    mutating func finish() throws -> Int {
        if !pending.isEmpty { try flush(db.makeStatement(sql: Self.insertSQL(rows: pending.count))) }
        let describe = try db.makeStatement(sql: "UPDATE series SET unit = ?, frequency = ? WHERE key = ?")
        for (key, first) in newSeries {
            try describe.execute(arguments: [first.measure.isGrowth ? "" : first.unit, first.period.frequency, key])
        }
        return stored
    }

    /// Inserts the pending rows through a statement with as many rows.
    private mutating func flush(_ statement: Statement) throws {
        let handle = statement.sqliteStatement
        for (index, row) in pending.enumerated() {
            let base = Int32(index * 9)
            sqlite3_bind_int64(handle, base + 1, row.series)
            sqlite3_bind_int64(handle, base + 2, row.period)
            sqlite3_bind_int64(handle, base + 3, row.measure)
            sqlite3_bind_int64(handle, base + 4, row.released)
            sqlite3_bind_double(handle, base + 5, row.value)
            sqlite3_bind_int64(handle, base + 6, row.unit)
            sqlite3_bind_int64(handle, base + 7, row.source)
            sqlite3_bind_int64(handle, base + 8, importID)
            sqlite3_bind_int64(handle, base + 9, row.line)
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw failure(code) }
        stored += Int(sqlite3_changes(db.sqliteConnection))
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func seriesKey(_ observation: Observation) throws -> Int64 {
        let key: Int64
        if let lastSeries, lastSeries.id == observation.series {
            key = lastSeries.key
        } else if let known = seriesKeys[observation.series] {
            key = known
        } else {
            try db.cachedStatement(sql: "INSERT INTO series (id) VALUES (?)").execute(arguments: [observation.series])
            key = db.lastInsertedRowID
            seriesKeys[observation.series] = key
            newSeries[key] = observation
        }
        lastSeries = (observation.series, key)
        if key >= firstNewSeriesKey && describedSeries != key && !observation.measure.isGrowth {
            if newSeries[key]!.measure.isGrowth { newSeries[key] = observation }
            describedSeries = key
        }
        return key
    }

    /// The id of a unit or source text in `label`, added when new.
    private mutating func label(_ text: String) throws -> Int64 {
        let length = text.utf8.count
        if let recent = recentLabels.first(where: { $0.text.utf8.count == length && $0.text == text }) { return recent.id }
        let id: Int64
        if let known = labels[text] {
            id = known
        } else if let stored = try Int64.fetchOne(db, sql: "SELECT id FROM label WHERE text = ?", arguments: [text]) {
            id = stored
        } else {
            try db.execute(sql: "INSERT INTO label (text) VALUES (?)", arguments: [text])
            id = db.lastInsertedRowID
        }
        labels[text] = id
        if recentLabels.count == 8 { recentLabels.removeFirst() }
        recentLabels.append((text, id))
        return id
    }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
}
