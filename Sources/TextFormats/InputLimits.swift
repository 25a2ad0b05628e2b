/// The bounds every reader puts on what it is given, so that no input can crash TargetTrack, hang
/// it or make it take memory out of proportion to the file. Each is checked where the input is
/// read and refused with a message naming the limit; real releases, catalogs and scenarios stay
/// far below all of them.
public enum InputLimits {
    /// Longest CSV field, in bytes (a catalog clause is a few hundred).
    public static let maximumFieldBytes = 64 << 10
    /// Longest CSV record (one row, all its fields), in bytes.
    public static let maximumRecordBytes = 4 << 20
    /// Deepest nesting of YAML collections (a catalog needs 3, a scenario 3).
    public static let maximumYAMLNesting = 64
    /// Largest part of an XLSX archive once unpacked, and all parts together.
    public static let maximumWorkbookPartBytes = 32 << 20
    public static let maximumWorkbookBytes = 64 << 20
    /// Largest ratio of a workbook part's unpacked to packed size (sheet XML packs about 10:1; a
    /// zip bomb 1000:1), checked for parts over `compressionCheckFloorBytes`.
    public static let maximumCompressionRatio = 200
    public static let compressionCheckFloorBytes = 1 << 20
    /// Excel's own sheet size: rows and columns (`XFD`).
    public static let maximumSheetRows = 1_048_576
    public static let maximumSheetColumns = 16_384
    /// Most cells a sheet may span once rows are padded to their last cell.
    public static let maximumSheetCells = 2_000_000
    /// Most parameters (coefficients) a regression dataset may declare.
    public static let maximumRegressionParameters = 100
    /// Most shocks in one scenario file.
    public static let maximumShocks = 1_000
    /// Most problems listed for one file; the rest are counted.
    public static let maximumReportedProblems = 20
}

/// Characters that cannot be seen in an identifier (a series id, a target id, a name in a
/// series map) but make it a different identifier: a byte-order mark or zero-width space pasted
/// mid-file would otherwise create a second, invisible series.
public enum InvisibleCharacters {
    /// The first control, format (zero-width, byte-order mark, bidirectional) or separator
    /// character in `text`, or `nil` when it has none.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    /// The text without them: for names matched as printed (a release table's indicator names),
    /// where a stray zero-width space must not hide a row.
    public static func removed(from text: String) -> String {
        guard first(in: text) != nil else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: return false
            default: return true
            }
        })
        return String(kept)
    }

    /// How to name a scalar in a message: `U+FEFF`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension String {
    /// The text cut to `limit` characters with the length said, for quoting a cell in a message
    /// without repeating a 32 MB cell.
    public func excerpt(_ limit: Int = 40) -> String {
        guard utf8.count > limit * 4 || count > limit else { return self }
        return "\(prefix(limit))… (\(utf8.count) bytes)"
    }
}
