import Foundation
import TargetModel
import TextFormats

/// Reads and writes catalog files, choosing YAML or CSV by the file name (`.yaml`/`.yml`, `.csv`).
public enum CatalogFile {
    public enum Format: String, Sendable, CaseIterable {
        case yaml, csv, json

        /// The format a path's extension names, if any.
        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "yaml", "yml": self = .yaml
            case "csv": self = .csv
            case "json": self = .json
            default: return nil
            }
        }
    }

    /// Reads a YAML or CSV catalog in any encoding `TextDecoding` reads.
    /// - Throws: `PolicyTextError.invalidCatalog` listing every problem, `TextDecodingError`,
    ///   or `PolicyTextError.unknownCatalogFormat`.
    public static func read(path: String) throws -> Catalog {
        guard let format = Format(path: path), format != .json else { throw PolicyTextError.unknownCatalogFormat(path: path) }
        let text = try TextDecoding.decodeFile(atPath: path).text
        return format == .yaml ? try CatalogYAML.read(text, source: path) : try CatalogCSV.read(text, source: path)
    }

    /// The catalog's text in a format.
    public static func text(_ catalog: Catalog, format: Format) throws -> String {
        switch format {
        case .yaml: return try CatalogYAML.write(catalog)
        case .csv: return CatalogCSV.write(catalog)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            return String(decoding: try encoder.encode(catalog), as: UTF8.self) + "\n"
        }
    }

    /// Writes a catalog atomically in the format its name says.
    public static func write(_ catalog: Catalog, to path: String) throws {
        guard let format = Format(path: path) else { throw PolicyTextError.unknownCatalogFormat(path: path) }
        try AtomicFile.write(try text(catalog, format: format), to: path)
    }
}
