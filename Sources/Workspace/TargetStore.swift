import SeriesIO
import TargetModel
import TextFormats

/// What the application needs from a store: the catalog, series metadata, imports that keep every
/// vintage, reads as of a release, the import log and named documents (fitted links).
///
/// `Workspace` (one SQLite file) is the implementation; the application library and every front
/// end see only this protocol, so another store is one new conforming type.
public protocol TargetStore: Sendable {
    /// Where the store is, as a user names it (a file path), for messages.
    var path: String { get }

    /// The target catalog; empty when none has been imported.
    func catalog() throws -> Catalog
    /// Replaces the stored catalog.
    func saveCatalog(_ catalog: Catalog) throws

    /// Metadata of every series, by id.
    func seriesInfo() throws -> [SeriesInfo]

    /// Every vintage of every observation (of one series when given), oldest release first.
    func vintages(series: String?) throws -> [Vintage]
    /// Each series' observations at the newest vintage released by `day` (everything when `nil`).
    func seriesData(knownAt day: CalendarDay?) throws -> [String: SeriesData]
    /// Each series' observations up to `period`, as known once that period's figures were out.
    func seriesData(asOfPeriod period: Period) throws -> [String: SeriesData]

    /// Imports a long CSV or a release table (one transaction: all or nothing), keeping every
    /// earlier vintage.
    func importFile(path: String, format: ReleaseFormat, encoding: TextEncoding?, map: SeriesMap?,
                    defaultReleased: CalendarDay?, year: Int?, strict: Bool, progress: ImportProgress?) throws -> ImportRecord
    /// The import log, oldest first.
    func importLog() throws -> [ImportRecord]

    /// Stores a named document (such as the fitted links), replacing one of the same name.
    func saveDocument<T: Encodable>(_ value: T, name: String) throws
    /// A named document, `nil` when none was stored.
    func document<T: Decodable>(_ type: T.Type, name: String) throws -> T?
}

extension Workspace: TargetStore {}
