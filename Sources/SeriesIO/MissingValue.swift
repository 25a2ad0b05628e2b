import Foundation

/// The cell texts that mean "no figure published", in every format TargetTrack reads (the long
/// CSV format and release tables alike): a blank; the dashes `—`, `——`, `–`, `-`, `--`; the
/// ellipses `…`, `……`, `...`; `NA`, `N/A`, `nan`, `null` (any case); `无`; `/`; and `x` / `×`,
/// the NBS mark for a confidential figure.
///
/// A missing cell gives no observation; it is never read as zero. A lone `-` is missing, while
/// `-3.2` is a number.
public enum MissingValue {
    /// The marks, lower-cased, without surrounding spaces.
    public static let markers: Set<String> = [
        "", "—", "——", "–", "-", "--", "…", "……", "...", "na", "n/a", "nan", "null", "无", "/", "x", "×",
    ]

    /// Whether a cell (surrounding spaces ignored, any case) marks a missing value.
    public static func isMissing(_ cell: String) -> Bool {
        markers.contains(cell.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Whether UTF-8 bytes (no surrounding spaces) mark a missing value; cheap for the common
    /// case of a number.
    static func isMissing(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        // No mark starts with a digit, and none longer than three bytes starts with a sign or point.
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") { return false }
        let signOrPoint = first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        if signOrPoint && bytes.count > 3 { return false }
        return markers.contains(String(decoding: bytes, as: UTF8.self).lowercased())
    }
}
