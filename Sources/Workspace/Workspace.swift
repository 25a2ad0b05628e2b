import Foundation
import GRDB
import TargetModel
import TextFormats

/// The user's store: one SQLite file holding the target catalog, series metadata, every
/// vintage of every observation, and the log of imports. The rest of TargetTrack reaches the
/// database only through this type.
///
/// The file is in WAL mode: a reader sees the last committed import and never waits for a
/// writer, and a process killed during an import leaves the workspace as it was before. A second
/// writer (two imports at once) waits its turn, up to `writerPatience`, and is told so after
/// `writerNotice`.
public struct Workspace: Sendable {
    /// How a command uses the workspace.
    public enum Access: Sendable {
        /// Create the file when missing, upgrade an older schema (`targettrack init`).
        case create
        /// Write into an existing workspace, upgrading an older schema (imports).
        case write
        /// Only read an existing workspace: opened read-only, never created, never upgraded, so
        /// a read-only file can be read.
        case read
    }

    /// How long a writer waits for another writer to finish before giving up.
    public static let writerPatience: Duration = .seconds(600)
    /// How long a writer waits before `waiting` is told.
    public static let writerNotice: Duration = .seconds(2)

    /// The workspace file's path.
    public let path: String
    let database: DatabasePool

    /// Opens the workspace at `path`.
    /// - Parameter access: what the caller will do (`.create` by default).
    /// - Parameter waiting: told once, with a message for the user, when a write has waited
    ///   `writerNotice` for another process's write to finish.
    /// - Throws: `WorkspaceError.noWorkspace` when reading or writing a file that does not exist,
    ///   `WorkspaceError.cannotOpen` (a folder, an empty file, not SQLite, an old schema opened for reading).
    public init(path: String, access: Access = .create, waiting: (@Sendable (String) -> Void)? = nil) throws {
        self.path = path
        switch PathKind(path) {
        case .folder:
            throw WorkspaceError.cannotOpen(path: path, reason: "it is a folder; give a workspace file such as \(path)/targettrack.sqlite")
        case .missing:
            if access != .create { throw WorkspaceError.noWorkspace(path: path) }
        case .file:
            if (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == 0 {
                throw WorkspaceError.cannotOpen(path: path, reason: "it is an empty file, not a workspace; remove it, or give another path")
            }
        }
        let folder = PathKind.folder(of: path)
        if PathKind(folder) != .folder { throw WorkspaceError.cannotOpen(path: path, reason: "no such folder \(folder)") }
        var configuration = Configuration()
        configuration.readonly = access == .read
        configuration.prepareDatabase { db in
            // 16 KiB pages (for a file being created; an existing file keeps its own): a large
            // import then spends about a fifth less time in SQLite than with 4 KiB pages.
            try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA synchronous = NORMAL")
            // A 256 MiB page cache for the writer, whose imports revisit index pages. Readers keep
            // SQLite's default (2 MB): an as-of read goes through the file once, and a full cache
            // would stay held as long as the workspace is open (a quarter of a national run's heap).
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -262144") }
        }
        let pause = 0.05
        let notice = Int(Self.writerNotice / .seconds(pause))
        let patience = Int(Self.writerPatience / .seconds(pause))
        configuration.busyMode = .callback { attempts in
            if attempts == notice {
                waiting?("\(path): another process is writing to the workspace; waiting for it to finish…")
            }
            Thread.sleep(forTimeInterval: pause)
            return attempts < patience
        }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            let upToDate = try database.read { db in try WorkspaceSchema.migrator.hasCompletedMigrations(db) }
            if !upToDate {
                if access == .read {
                    throw WorkspaceError.cannotOpen(path: path, reason: "it was made by an older TargetTrack; "
                        + "upgrade it with `targettrack init --workspace \(path)`")
                }
                try WorkspaceSchema.migrator.migrate(database)
                // The reader that saw the old schema must not keep it.
                database.invalidateReadOnlyConnections()
            }
        } catch let error as WorkspaceError {
            throw error
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
        try database.read { db in try Int.fetchOne(db, sql: "SELECT ifnull(sum(length(vintages)), 0) FROM vintage_block")! / PackedVintage.size }
    }
}
