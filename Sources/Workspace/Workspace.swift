import Foundation
import GRDB
import TargetModel
import TextFormats

/// The user's store: one SQLite file holding the target catalog, series metadata, every
/// vintage of every observation, and the log of imports. The rest of TargetTrack reaches the
/// database only through this type.
///
/// The file is in WAL mode: a reader sees the last committed import, and a process killed during
/// an import leaves the workspace as it was before.
public struct Workspace: Sendable {
    /// The workspace file's path.
    public let path: String
    let database: DatabasePool

    /// Opens the workspace at `path`, creating it when missing and upgrading an older schema.
    /// - Throws: `WorkspaceError.cannotOpen`.
    public init(path: String) throws {
        self.path = path
        if PathKind(path) == .folder {
            throw WorkspaceError.cannotOpen(path: path, reason: "it is a folder; give a workspace file such as \(path)/targettrack.sqlite")
        }
        let folder = PathKind.folder(of: path)
        if PathKind(folder) != .folder { throw WorkspaceError.cannotOpen(path: path, reason: "no such folder \(folder)") }
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // 16 KiB pages (for a file being created; an existing file keeps its own): a large
            // import then spends about a fifth less time in SQLite than with 4 KiB pages.
            try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144")
        }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try WorkspaceSchema.migrator.migrate(database)
        } catch {
            throw WorkspaceError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    // MARK: - Catalog

    /// Replaces the stored catalog.
    public func saveCatalog(_ catalog: Catalog) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try database.write { db in
            try db.execute(sql: "DELETE FROM catalog_target")
            for (position, target) in catalog.targets.enumerated() {
                let definition = String(decoding: try encoder.encode(target), as: UTF8.self)
                try db.execute(
                    sql: "INSERT INTO catalog_target (position, id, series, definition) VALUES (?, ?, ?, ?)",
                    arguments: [position, target.id, target.series, definition])
            }
        }
    }

    /// The stored catalog (empty before one is saved).
    public func catalog() throws -> Catalog {
        try database.read(Self.catalog)
    }

    /// The stored catalog, read in a transaction already open.
    static func catalog(_ db: Database) throws -> Catalog {
        let definitions = try String.fetchAll(db, sql: "SELECT definition FROM catalog_target ORDER BY position")
        let decoder = JSONDecoder()
        return Catalog(targets: try definitions.map { definition in
            do {
                return try decoder.decode(Target.self, from: Data(definition.utf8))
            } catch {
                throw WorkspaceError.corruptRow(table: "catalog_target", detail: "\(error)")
            }
        })
    }

    // MARK: - Series

    /// Metadata of every series that has observations or was described, sorted by id.
    public func seriesInfo() throws -> [SeriesInfo] {
        try database.read { db in try DecodedRow<SeriesInfo>.fetchAll(db, sql: "SELECT * FROM series ORDER BY id").map(\.value) }
    }

    /// Adds or replaces a series' metadata.
    public func saveSeries(_ info: SeriesInfo) throws {
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO series (id, name_zh, name_en, unit, frequency, publication_lag_days) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                    unit = excluded.unit, frequency = excluded.frequency, publication_lag_days = excluded.publication_lag_days
                """, arguments: [info.id, info.nameZh, info.nameEn, info.unit, info.frequency, info.publicationLagDays])
        }
    }

    // MARK: - Imports

    /// Every import so far, oldest first.
    public func importLog() throws -> [ImportRecord] {
        try database.read { db in try DecodedRow<ImportRecord>.fetchAll(db, sql: "SELECT * FROM import_log ORDER BY id").map(\.value) }
    }
}

extension Workspace {
    /// SQLite's own consistency check of the file: `["ok"]` when sound.
    public func integrityCheck() throws -> [String] {
        try database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Number of stored vintages.
    public func vintageCount() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM observation")! }
    }
}
