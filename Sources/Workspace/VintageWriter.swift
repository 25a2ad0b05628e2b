import GRDB
import GRDBSQLite
import SeriesIO
import TargetModel

/// Stores an import's rows as vintages, one `vintage_block` per run of a series' rows in the file
/// (one per series when the file is sorted by series): codes each row (`StorageCode`, series
/// keys, labels) and holds the run; when the series changes, checks the run against the file's
/// earlier rows of that series (two rows that disagree, repeated rows) and against the vintages
/// earlier imports hold, then stores what is new as one packed record (`PackedVintage`).
///
/// Memory is bounded by the number of series, not rows: one run, the series keys and labels —
/// plus, for each series, the rows of its earlier runs that stored nothing (unchanged), which a
/// later run of the same series in the file must still be checked against.
struct VintageWriter {
    private let db: Database
    private let importID: Int64
    private let file: String
    private let insert: Statement
    /// A series' blocks: `import_id`, `vintages`.
    private let blocks: Statement
    private var seriesKeys: [String: Int64] = [:]
    /// Series keys from this one on were made by this import.
    private let firstNewSeriesKey: Int64
    private var newSeries: [Int64: Observation] = [:]
    /// The series whose unit and frequency are settled (a non-growth observation was seen).
    private var describedSeries: Int64?
    private var labels: [String: Int64] = [:]
    private var recentLabels: [(text: String, id: Int64)] = []
    /// The series whose rows are being read, and those rows in file order.
    private var current: (id: String, key: Int64)?
    private var run: [PackedVintage] = []
    /// Per series of this import: blocks stored so far, and the rows of earlier runs that stored nothing.
    private var earlierRuns: [Int64: (blocks: Int, unchanged: [PackedVintage])] = [:]
    private var block: [UInt8] = []
    /// This import's series ids, in the order first seen.
    private(set) var series: [String] = []
    /// Vintages stored.
    private(set) var stored = 0
    /// Observations (series, period, measure) the workspace did not hold before.
    private(set) var newObservations = 0
    /// Vintages stored that restate a held value at more decimals (`Restatement.finer`).
    private(set) var restated = 0

    init(_ db: Database, importID: Int64, file: String) throws {
        self.db = db
        self.importID = importID
        self.file = file
        insert = try db.makeStatement(sql: "INSERT INTO vintage_block (series, import_id, part, vintages) VALUES (?, ?, ?, ?)")
        blocks = try db.makeStatement(sql: "SELECT import_id, vintages FROM vintage_block WHERE series = ? ORDER BY import_id, part")
        for row in try Row.fetchAll(db, sql: "SELECT key, id FROM series") { seriesKeys[row[1]] = row[0] }
        firstNewSeriesKey = (try Int64.fetchOne(db, sql: "SELECT max(key) FROM series") ?? 0) + 1
    }

    /// Takes a row; it is checked and stored (or found unchanged) when its series' run ends.
    mutating func store(_ row: SourcedObservation) throws {
        let observation = row.observation
        if current?.id != observation.series {
            try flush()
            current = (observation.series, try seriesKey(observation))
        }
        let key = current!.key
        if key >= firstNewSeriesKey && describedSeries != key && !observation.measure.isGrowth {
            if newSeries[key]!.measure.isGrowth { newSeries[key] = observation }
            describedSeries = key
        }
        run.append(PackedVintage(
            period: StorageCode.period(observation.period), measure: StorageCode.measure(observation.measure),
            released: StorageCode.day(observation.released), value: observation.value,
            unit: try label(observation.unit), source: try label(observation.source), line: row.line))
    }

    /// Stores the last run and records the unit and frequency of the series this import created:
    /// from their first non-growth observation (the unit of a growth rate is `%`, not the
    /// series'), else their first.
    mutating func finish() throws {
        try flush()
        current = nil
        let describe = try db.makeStatement(sql: "UPDATE series SET unit = ?, frequency = ? WHERE key = ?")
        for (key, first) in newSeries {
            try describe.execute(arguments: [first.measure.isGrowth ? "" : first.unit, first.period.frequency, key])
        }
    }

    /// Checks the current run and stores its new vintages as one block.
    ///
    /// A row repeating an earlier row of the file (same observation, release and value) stores
    /// nothing; with another value it is `SeriesIOError.conflictingRows` (the first such row in
    /// the file). A row identical to a vintage an earlier import holds for its observation at its
    /// release — or, for a known release date with none held at it, to the vintage in effect just
    /// before (`Vintage.isOrderedBefore`) — stores nothing, and so does one stating such a value
    /// with fewer decimals; with more decimals it is stored and counted as restated.
    private mutating func flush() throws {
        guard let (id, key) = current, !run.isEmpty else { return }
        defer { run.removeAll(keepingCapacity: true) }
        let earlierRun = earlierRuns[key]
        if earlierRun == nil { series.append(id) }
        // This import's earlier rows of the series (file order), then the run; other imports' vintages.
        var rows = earlierRun?.unchanged ?? []
        var held: [(vintage: PackedVintage, importID: Int64)] = []
        if key < firstNewSeriesKey || earlierRun != nil {
            try readBlocks(of: key) { vintage, importID in
                if importID == self.importID { rows.append(vintage) } else { held.append((vintage, importID)) }
            }
            rows.sort { $0.line < $1.line }
        }
        let firstOfRun = rows.count
        rows.append(contentsOf: run)
        var order = Array(rows.indices)
        func precedes(_ a: Int, _ b: Int) -> Bool {
            (rows[a].period, rows[a].measure, rows[a].released, a) < (rows[b].period, rows[b].measure, rows[b].released, b)
        }
        if !zip(order, order.dropFirst()).allSatisfy(precedes) { order.sort(by: precedes) }
        held.sort { ($0.vintage.period, $0.vintage.measure) < ($1.vintage.period, $1.vintage.measure) }

        var keep = [Bool](repeating: false, count: rows.count)
        var unchanged = earlierRun?.unchanged ?? []
        var conflict: (first: Int, second: Int)?
        var heldStart = 0
        var start = 0
        while start < order.count {
            // One observation: rows[order[start..<end]]; its held vintages held[heldStart..<heldEnd].
            let (period, measure) = (rows[order[start]].period, rows[order[start]].measure)
            var end = start + 1
            while end < order.count && (rows[order[end]].period, rows[order[end]].measure) == (period, measure) { end += 1 }
            while heldStart < held.count && (held[heldStart].vintage.period, held[heldStart].vintage.measure) < (period, measure) {
                heldStart += 1
            }
            var heldEnd = heldStart
            while heldEnd < held.count && (held[heldEnd].vintage.period, held[heldEnd].vintage.measure) == (period, measure) {
                heldEnd += 1
            }
            let heldHere = held[heldStart..<heldEnd]
            if heldHere.isEmpty && !order[start..<end].contains(where: { $0 < firstOfRun }) { newObservations += 1 }
            var first = start
            for position in start..<end {
                let index = order[position]
                let row = rows[index]
                if position > start && row.released == rows[order[position - 1]].released {
                    // A repeat of the file's first row for this release (or a conflict with it).
                    if row.value != rows[order[first]].value && index < conflict?.second ?? .max { conflict = (order[first], index) }
                    continue
                }
                first = position
                guard index >= firstOfRun else { continue }
                switch comparison(of: row, against: heldHere) {
                case .identical?, .restated(.coarser)?: unchanged.append(row)
                case .restated(.finer)?:
                    restated += 1
                    keep[index] = true
                case nil: keep[index] = true
                }
            }
            heldStart = heldEnd
            start = end
        }
        if let conflict { throw try conflictError(rows[conflict.first], rows[conflict.second], series: id) }

        block.removeAll(keepingCapacity: true)
        for index in firstOfRun..<rows.count where keep[index] { rows[index].append(to: &block) }
        var blockCount = earlierRun?.blocks ?? 0
        if !block.isEmpty {
            try insertBlock(series: key, part: blockCount)
            blockCount += 1
            stored += block.count / PackedVintage.size
        }
        earlierRuns[key] = (blockCount, unchanged)
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

    /// The row against the vintages earlier imports hold for its observation; `nil` when there
    /// are none at its release, or only different figures (a new vintage).
    private func comparison(of row: PackedVintage, against held: ArraySlice<(vintage: PackedVintage, importID: Int64)>) -> Comparison? {
        guard !held.isEmpty else { return nil }
        var values = held.filter { $0.vintage.released == row.released }.map(\.vintage.value)
        if values.isEmpty && row.released > 0 {
            let before = held.filter { $0.vintage.released > 0 && $0.vintage.released < row.released }
                .max { ($0.vintage.released, $0.importID, $0.vintage.line) < ($1.vintage.released, $1.importID, $1.vintage.line) }
            values = before.map { [$0.vintage.value] } ?? []
        }
        var kinds: [Restatement.Kind] = []
        for stored in values {
            if stored == row.value { return .identical }
            if let kind = Restatement.of(row.value, against: stored) { kinds.append(kind) }
        }
        if kinds.contains(.coarser) { return .restated(.coarser) }
        return kinds.first.map(Comparison.restated)
    }

    private func conflictError(_ first: PackedVintage, _ second: PackedVintage, series: String) throws -> SeriesIOError {
        guard let period = StorageCode.period(code: first.period), let measure = StorageCode.measure(code: first.measure) else {
            throw WorkspaceError.corruptRow(table: "vintage_block", detail: "period \(first.period), measure \(first.measure)")
        }
        return .conflictingRows(file: file, firstLine: first.line, secondLine: second.line, series: series, period: period,
                                measure: measure, firstValue: first.value, secondValue: second.value)
    }

    /// Every vintage stored for a series, with its import.
    private func readBlocks(of series: Int64, _ body: (PackedVintage, Int64) throws -> Void) throws {
        let query = blocks.sqliteStatement
        sqlite3_bind_int64(query, 1, series)
        defer { sqlite3_reset(query) }
        while true {
            let code = sqlite3_step(query)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw failure(code) }
            let importID = sqlite3_column_int64(query, 0)
            try PackedVintage.unpack(PackedVintage.block(query, column: 1)) { try body($0, importID) }
        }
    }

    private func insertBlock(series: Int64, part: Int) throws {
        let handle = insert.sqliteStatement
        sqlite3_bind_int64(handle, 1, series)
        sqlite3_bind_int64(handle, 2, importID)
        sqlite3_bind_int64(handle, 3, Int64(part))
        let code = block.withUnsafeBytes { bytes in
            sqlite3_bind_blob(handle, 4, bytes.baseAddress, Int32(bytes.count), nil)
            return sqlite3_step(handle)
        }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    private mutating func seriesKey(_ observation: Observation) throws -> Int64 {
        if let known = seriesKeys[observation.series] { return known }
        try db.cachedStatement(sql: "INSERT INTO series (id) VALUES (?)").execute(arguments: [observation.series])
        let key = db.lastInsertedRowID
        seriesKeys[observation.series] = key
        newSeries[key] = observation
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
