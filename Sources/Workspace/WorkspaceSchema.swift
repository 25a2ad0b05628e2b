import Foundation
import GRDB

/// Every schema change of the workspace file, in order. A migration is never edited once it has
/// shipped: a workspace made by an older TargetTrack opens and is upgraded by the ones it lacks.
enum WorkspaceSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: catalog, series, observations with vintages, import log") { db in
            // The whole Target as JSON, so that catalog fields added later need no migration;
            // `series` is copied out for linking.
            try db.execute(sql: """
                CREATE TABLE catalog_target (
                    position INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    series TEXT,
                    definition TEXT NOT NULL);
                CREATE TABLE series (
                    id TEXT PRIMARY KEY,
                    name_zh TEXT,
                    name_en TEXT,
                    unit TEXT NOT NULL DEFAULT '',
                    frequency TEXT,
                    publication_lag_days INTEGER NOT NULL DEFAULT 15);
                CREATE TABLE import_log (
                    id INTEGER PRIMARY KEY,
                    file TEXT NOT NULL,
                    checksum TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    rows_read INTEGER NOT NULL DEFAULT 0,
                    new_observations INTEGER NOT NULL DEFAULT 0,
                    new_vintages INTEGER NOT NULL DEFAULT 0,
                    unchanged INTEGER NOT NULL DEFAULT 0,
                    missing INTEGER NOT NULL DEFAULT 0,
                    warnings TEXT NOT NULL DEFAULT '');
                -- One row per vintage; the source file is the import's (import_log.file).
                CREATE TABLE observation (
                    series TEXT NOT NULL,
                    period TEXT NOT NULL,
                    measure TEXT NOT NULL,
                    value REAL NOT NULL,
                    unit TEXT NOT NULL,
                    released TEXT,
                    source TEXT NOT NULL,
                    import_id INTEGER NOT NULL,
                    source_line INTEGER NOT NULL);
                -- A vintage is its observation, release date and value: storing the same one
                -- again is a no-op.
                CREATE UNIQUE INDEX observation_vintage
                    ON observation(series, period, measure, ifnull(released, ''), value);
                """)
        }
        migrator.registerMigration("v2: stored documents (fitted links)") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    name TEXT PRIMARY KEY,
                    content TEXT NOT NULL,
                    saved_at TEXT NOT NULL);
                """)
        }
        migrator.registerMigration("v3: observations keyed by integer codes, without rowid") { db in
            // Series get an integer key; units and sources are stored once in `label`; periods,
            // measures and release dates are integer codes (see StorageCode). The observation
            // table is its own unique key, so an import writes one B-tree instead of two.
            try db.execute(sql: """
                CREATE TABLE measure (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
                INSERT INTO measure (code, name) VALUES (1, 'ytd_value'), (2, 'ytd_growth'),
                    (3, 'month_value'), (4, 'month_growth'), (5, 'ytd_avg_index'), (6, 'level'),
                    (7, 'annual_value'), (8, 'annual_growth'), (9, 'progress'), (10, 'milestone');
                CREATE TABLE label (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
                INSERT INTO label (text) SELECT unit FROM observation UNION SELECT source FROM observation;
                CREATE TABLE series_v2 (
                    key INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    name_zh TEXT,
                    name_en TEXT,
                    unit TEXT NOT NULL DEFAULT '',
                    frequency TEXT,
                    publication_lag_days INTEGER NOT NULL DEFAULT 15);
                INSERT INTO series_v2 (id, name_zh, name_en, unit, frequency, publication_lag_days)
                    SELECT id, name_zh, name_en, unit, frequency, publication_lag_days FROM series ORDER BY id;
                INSERT OR IGNORE INTO series_v2 (id) SELECT DISTINCT series FROM observation;
                -- period: YYYYMM (MM 01-12 a month, 21-24 a quarter, 00 a year); measure: measure.code;
                -- released: YYYYMMDD, 0 when unknown; unit, source: label.id. A vintage is its
                -- observation, release date and value: storing the same one again is a no-op.
                CREATE TABLE observation_v2 (
                    series INTEGER NOT NULL,
                    period INTEGER NOT NULL,
                    measure INTEGER NOT NULL,
                    released INTEGER NOT NULL,
                    value REAL NOT NULL,
                    unit INTEGER NOT NULL,
                    source INTEGER NOT NULL,
                    import_id INTEGER NOT NULL,
                    source_line INTEGER NOT NULL,
                    PRIMARY KEY (series, period, measure, released, value)) WITHOUT ROWID;
                INSERT INTO observation_v2
                    SELECT s.key,
                        CAST(substr(o.period, 1, 4) AS INTEGER) * 100 + CASE
                            WHEN length(o.period) = 4 THEN 0
                            WHEN substr(o.period, 6, 1) = 'Q' THEN 20 + CAST(substr(o.period, 7, 1) AS INTEGER)
                            ELSE CAST(substr(o.period, 6, 2) AS INTEGER) END,
                        m.code, ifnull(CAST(replace(o.released, '-', '') AS INTEGER), 0), o.value,
                        u.id, src.id, o.import_id, o.source_line
                    FROM observation AS o
                    JOIN series_v2 AS s ON s.id = o.series
                    JOIN measure AS m ON m.name = o.measure
                    JOIN label AS u ON u.text = o.unit
                    JOIN label AS src ON src.text = o.source
                    ORDER BY o.rowid;
                DROP TABLE observation;
                DROP TABLE series;
                ALTER TABLE series_v2 RENAME TO series;
                ALTER TABLE observation_v2 RENAME TO observation;
                """)
        }
        migrator.registerMigration("v4: import log counts values restated at more decimals") { db in
            try db.execute(sql: "ALTER TABLE import_log ADD COLUMN restated INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v5: dashboard accounts, progress reports, audit log, revision counter") { db in
            // `revision` counts every change of what a month's results depend on (the catalog,
            // the import log, stored documents), so a server can cache results per revision.
            try db.execute(sql: """
                CREATE TABLE account (
                    name TEXT PRIMARY KEY,
                    role TEXT NOT NULL,
                    department TEXT,
                    password_hash TEXT NOT NULL,
                    created_at TEXT NOT NULL);
                CREATE TABLE progress_report (
                    id INTEGER PRIMARY KEY,
                    target TEXT NOT NULL,
                    period TEXT NOT NULL,
                    state TEXT,
                    amount REAL,
                    note TEXT NOT NULL DEFAULT '',
                    reported_on TEXT NOT NULL,
                    author TEXT NOT NULL,
                    filed_at TEXT NOT NULL,
                    import_id INTEGER NOT NULL);
                CREATE INDEX progress_report_target ON progress_report(target, id);
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    detail TEXT NOT NULL DEFAULT '');
                CREATE TABLE revision (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
                INSERT INTO revision (id, value) VALUES (1, 0);
                """)
            for table in ["catalog_target", "import_log", "document"] {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try db.execute(sql: """
                        CREATE TRIGGER \(table)_\(event.lowercased())_revision AFTER \(event) ON \(table)
                        BEGIN UPDATE revision SET value = value + 1 WHERE id = 1; END
                        """)
                }
            }
        }
        migrator.registerMigration("v6: vintages packed per series and import") { db in
            // A series' vintages from one import (one run of its rows in the file: `part`) are one
            // BLOB of `PackedVintage`s in file order, so that an import writes a few B-tree cells
            // per series instead of one per observation. A vintage stays unique per observation,
            // release date and value: `VintageWriter` stores no row equal to a held one.
            try db.execute(sql: """
                CREATE TABLE vintage_block (
                    series INTEGER NOT NULL,
                    import_id INTEGER NOT NULL,
                    part INTEGER NOT NULL,
                    vintages BLOB NOT NULL,
                    PRIMARY KEY (series, import_id, part)) WITHOUT ROWID;
                """)
            let insert = try db.makeStatement(sql: "INSERT INTO vintage_block (series, import_id, part, vintages) VALUES (?, ?, 0, ?)")
            var block: [UInt8] = []
            var owner: (series: Int64, importID: Int64)?
            func store() throws {
                if let owner, !block.isEmpty { try insert.execute(arguments: [owner.series, owner.importID, Data(block)]) }
                block.removeAll(keepingCapacity: true)
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT series, import_id, period, measure, released, value, unit, source, source_line
                FROM observation ORDER BY series, import_id, source_line
                """)
            while let row = try rows.next() {
                let next: (series: Int64, importID: Int64) = (row[0], row[1])
                if owner.map({ $0 != next }) ?? true {
                    try store()
                    owner = next
                }
                PackedVintage(period: row[2], measure: row[3], released: row[4], value: row[5], unit: row[6], source: row[7],
                              line: row[8]).append(to: &block)
            }
            try store()
            try db.execute(sql: "DROP TABLE observation")
        }
        return migrator
    }
}
