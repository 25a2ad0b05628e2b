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
        return migrator
    }
}
