import Foundation
import PolicyText
import SeriesIO
import TargetModel
import TextFormats
import Workspace

/// How a file is read into the store: its layout, encoding, series map and defaults.
public struct ImportOptions: Sendable {
    public var format: ReleaseFormat
    /// `nil` detects the encoding.
    public var encoding: TextEncoding?
    /// Which printed name is which series and measure (wide tables and workbooks).
    public var map: SeriesMap?
    /// The release date of rows that give none.
    public var defaultReleased: CalendarDay?
    /// The year of period labels that print none (`1-2月`).
    public var year: Int?
    /// Whether a series no catalog target links to fails the file.
    public var strict: Bool

    public init(format: ReleaseFormat = .auto, encoding: TextEncoding? = nil, map: SeriesMap? = nil,
                defaultReleased: CalendarDay? = nil, year: Int? = nil, strict: Bool = false) {
        self.format = format
        self.encoding = encoding
        self.map = map
        self.defaultReleased = defaultReleased
        self.year = year
        self.strict = strict
    }
}

extension TargetTracker {
    /// Imports one file (all or nothing), reporting the rows stored and the rate every 500,000 rows.
    public func importFile(_ path: String, options: ImportOptions = ImportOptions(),
                           progress: ProgressReporter = .silent) throws -> ImportRecord {
        let start = Date()
        let rows = progress.isActive ? ImportProgress { rows in
            let rate = Double(rows) / Swift.max(Date().timeIntervalSince(start), 1e-3)
            progress.step("\(path): \(rows.formatted()) rows imported (\(Int(rate).formatted()) rows/s)")
        } : nil
        return try store.importFile(path: path, format: options.format, encoding: options.encoding, map: options.map,
                                    defaultReleased: options.defaultReleased, year: options.year, strict: options.strict,
                                    progress: rows)
    }
}

extension TargetTracker {
    /// Checks a catalog file (YAML or CSV) and makes it the store's catalog; nothing is stored when
    /// it has any problem.
    /// - Returns: the catalog imported.
    @discardableResult
    public func importCatalog(_ path: String) throws -> Catalog {
        let catalog = try CatalogFile.read(path: path)
        try store.saveCatalog(catalog)
        return catalog
    }
}

extension ImportRecord {
    /// What an import did, in one line, then its first ten warnings (series no target links to).
    public var summary: String {
        var lines = ["\(file): \(rowsRead) rows read, \(newObservations) new observations, "
            + "\(newVintages) new vintages, \(unchanged) unchanged, "
            + "\(missing) missing values, \(warningList.count) warnings"
            + (restated > 0 ? "; \(restated) values restate held ones at more decimals (not revisions)" : "")]
        lines += warningList.prefix(10).map { "warning: \(file): \($0)" }
        if warningList.count > 10 { lines.append("warning: \(file): … and \(warningList.count - 10) more") }
        return lines.joined(separator: "\n") + "\n"
    }
}
