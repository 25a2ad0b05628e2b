/// One line of a document as the extractor reads it: its text and the 1-based line, row or
/// paragraph it comes from, which the catalog's `line` column reports.
public struct DocumentLine: Hashable, Sendable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    /// The lines of a text, numbered from 1.
    public static func lines(of text: String) -> [DocumentLine] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            .map { DocumentLine(number: $0.offset + 1, text: String($0.element)) }
    }
}
