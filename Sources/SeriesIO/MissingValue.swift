import Foundation

/// The cell texts that mean "no figure published": a blank, `—`/`——`, `…`/`……`/`...` and `NA`.
/// A missing cell gives no observation; it is never read as zero.
public enum MissingValue {
    public static let markers: Set<String> = ["", "—", "——", "…", "……", "...", "NA", "N/A"]

    /// Whether a cell (surrounding spaces ignored) marks a missing value.
    public static func isMissing(_ cell: String) -> Bool {
        markers.contains(cell.trimmingCharacters(in: .whitespaces))
    }

    /// Whether UTF-8 bytes (no surrounding spaces) mark a missing value; cheap for the common
    /// case of a number.
    static func isMissing(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        let asciiDigitOrSign = (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
            || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || first == UInt8(ascii: "+")
        if asciiDigitOrSign && bytes.count != 3 { return false }
        return markers.contains(String(decoding: bytes, as: UTF8.self))
    }
}
