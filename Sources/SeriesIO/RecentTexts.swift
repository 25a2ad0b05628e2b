import Foundation

/// The last few distinct texts of a column, so that a text repeated in nearby rows (a series id,
/// a unit alternating between 亿元 and %, a source) is one shared `String` rather than a new
/// allocation per row.
struct RecentTexts {
    private var texts: [String] = []
    private var oldest = 0
    private static let capacity = 8

    /// The remembered text whose UTF-8 is `bytes`, if any.
    func text(matching bytes: UnsafeBufferPointer<UInt8>) -> String? {
        texts.first { text in
            text.utf8.count == bytes.count
                && (text.utf8.withContiguousStorageIfAvailable { stored in
                    stored.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, stored.count) == 0
                } ?? text.utf8.elementsEqual(bytes))
        }
    }

    /// Remembers a text, forgetting the oldest one when full.
    mutating func add(_ text: String) {
        if texts.count < Self.capacity {
            texts.append(text)
        } else {
            texts[oldest] = text
            oldest = (oldest + 1) % Self.capacity
        }
    }
}
