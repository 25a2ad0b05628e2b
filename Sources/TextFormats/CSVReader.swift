import Foundation

/// A streaming RFC 4180 CSV reader over UTF-8 bytes.
///
/// It reads the file in chunks, so memory stays constant however long the file is. Fields may be
/// quoted; inside quotes a doubled quote `""` stands for one `"`, and commas and line breaks are
/// data. Lines end in LF, CRLF or a lone CR. A UTF-8 byte order mark at the start is skipped.
/// Text in another encoding must be converted to UTF-8 first (see `TextDecoding`).
///
/// Two ways to read:
/// - `next()` returns each record as a `CSVRecord` of strings with locations (simple, for small files);
/// - `advance()` moves to the next record and `field(_:)`, `withFieldBytes(_:_:)` and
///   `location(ofField:)` read the current one without copying (fast, for millions of rows).
///
/// Edge Cases: empty lines are skipped (line numbers still count them); a line of spaces is a record
/// with one field; the last record needs no line break. Errors: an unterminated quoted field
/// (reported where it opens) and text after a closing quote, e.g. `"a"b` (reported at the `b`).
/// A quote inside an unquoted field, e.g. `5"`, is kept as a character. A field longer than
/// `InputLimits.maximumFieldBytes` or a record longer than `InputLimits.maximumRecordBytes` is an
/// error (reported where it starts), so one huge cell costs neither time nor memory.
public struct CSVReader {
    /// The file name used in locations.
    public let file: String
    /// The 1-based line on which the current record starts.
    public private(set) var line = 0
    /// CRC-32 of the bytes read so far: of the whole input once `advance()` has returned `false`.
    public private(set) var checksum = CRC32Checksum()

    private var source: FileHandle?
    private var buffer: [UInt8]
    private var bufferEnd: Int
    private var atEndOfInput: Bool
    private var position = 0
    private var nextLine = 1
    private var recordStart = 0
    /// The unquoted text of quoted fields (an unquoted field is read where it is, in `buffer`).
    private var quotedBytes: [UInt8] = []
    private var fieldSpans: [FieldSpan] = []

    /// Where a field's text is: a range of `buffer`, or of `quotedBytes` for a quoted field; and
    /// where in `buffer` the field starts (its opening quote, if quoted).
    private struct FieldSpan {
        var start: Int
        var end: Int
        var quoted: Bool
        var origin: Int
    }

    private let chunkSize: Int

    /// Opens a file for streaming, reading `chunkSize` bytes at a time.
    /// - Throws: `TextFormatsError.cannotRead` when the file cannot be opened (`ReadableFile`).
    public init(path: String, chunkSize: Int = 1 << 20) throws {
        file = path
        source = try ReadableFile.open(path)
        self.chunkSize = max(1, chunkSize)
        buffer = [UInt8](repeating: 0, count: self.chunkSize)
        bufferEnd = 0
        atEndOfInput = false
        while bufferEnd < 3 && !atEndOfInput { try refill() }
        skipByteOrderMark()
    }

    /// Reads text already in memory; `file` names it in locations.
    public init(bytes: [UInt8], file: String) {
        self.file = file
        buffer = bytes
        bufferEnd = bytes.count
        chunkSize = bytes.count
        atEndOfInput = true
        bytes.withUnsafeBytes { checksum.update($0) }
        skipByteOrderMark()
    }

    /// Reads a string; `file` names it in locations.
    public init(text: String, file: String) {
        self.init(bytes: Array(text.utf8), file: file)
    }

    // MARK: - Record by record

    /// The next record as strings with their locations, or `nil` at the end of the file.
    public mutating func next() throws -> CSVRecord? {
        guard try advance() else { return nil }
        return CSVRecord(
            line: line,
            fields: (0..<fieldCount).map { field($0) },
            locations: (0..<fieldCount).map { location(ofField: $0) })
    }

    /// Every remaining record.
    public mutating func readAll() throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    // MARK: - Without copying

    /// Moves to the next record; `false` at the end of the file.
    public mutating func advance() throws -> Bool {
        while true {
            skipEmptyLines()
            if position >= bufferEnd {
                if atEndOfInput { return false }
                try refill()
                continue
            }
            if let lines = try parseRecord() {
                line = nextLine
                nextLine += lines
                return true
            }
            try refill()
        }
    }

    /// Number of fields in the current record.
    public var fieldCount: Int { fieldSpans.count }

    /// The text of a field of the current record (0-based index).
    public func field(_ index: Int) -> String {
        withFieldBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the unquoted UTF-8 bytes of a field of the current record; the bytes
    /// are valid only during the call.
    public func withFieldBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let span = fieldSpans[index]
        if span.quoted {
            return try quotedBytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
        }
        return try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
    }

    /// Where a field of the current record starts (its opening quote, if quoted).
    public func location(ofField index: Int) -> TextLocation {
        buffer.withUnsafeBufferPointer { location(of: fieldSpans[index].origin, recordStart: recordStart, line: line, bytes: $0) }
    }

    /// The line and column of a byte, counting line breaks from the start of its record.
    private func location(of offset: Int, recordStart: Int, line: Int, bytes: UnsafeBufferPointer<UInt8>) -> TextLocation {
        var line = line
        var lineStart = recordStart
        for i in recordStart..<offset {
            let byte = bytes[i]
            if byte == .lineFeed || (byte == .carriageReturn && bytes[i + 1] != .lineFeed) {
                line += 1
                lineStart = i + 1
            }
        }
        let column = bytes[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return TextLocation(file: file, line: line, column: column)
    }

    // MARK: - Parsing

    private mutating func skipByteOrderMark() {
        if bufferEnd >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
    }

    private mutating func skipEmptyLines() {
        while position < bufferEnd {
            let byte = buffer[position]
            if byte == .lineFeed {
                position += 1
            } else if byte == .carriageReturn {
                if position + 1 >= bufferEnd && !atEndOfInput { return }
                position += 1
                if position < bufferEnd && buffer[position] == .lineFeed { position += 1 }
            } else {
                return
            }
            nextLine += 1
        }
    }

    /// Parses the record at `position`; returns the lines it spans, or `nil` when the buffer
    /// ends before the record does (and more input may follow).
    private mutating func parseRecord() throws -> Int? {
        quotedBytes.removeAll(keepingCapacity: true)
        fieldSpans.removeAll(keepingCapacity: true)
        let end = bufferEnd
        let complete = atEndOfInput
        var lines = 1
        var i = position
        let next: Int? = try buffer.withUnsafeBufferPointer { bytes in
            while true {
                let origin = i
                if i < end && bytes[i] == .quote {
                    let contentStart = quotedBytes.count
                    i += 1
                    while true {
                        guard i < end else {
                            if complete { throw unterminatedQuote(at: origin, bytes: bytes) }
                            return nil
                        }
                        let byte = bytes[i]
                        if byte == .quote {
                            if i + 1 >= end && !complete { return nil }
                            if i + 1 < end && bytes[i + 1] == .quote {
                                quotedBytes.append(.quote)
                                i += 2
                                continue
                            }
                            i += 1
                            break
                        }
                        if byte == .lineFeed {
                            lines += 1
                        } else if byte == .carriageReturn {
                            if i + 1 >= end && !complete { return nil }
                            if i + 1 >= end || bytes[i + 1] != .lineFeed { lines += 1 }
                        }
                        quotedBytes.append(byte)
                        i += 1
                    }
                    if i < end && bytes[i] != .comma && bytes[i] != .lineFeed && bytes[i] != .carriageReturn {
                        throw textAfterQuote(at: i, bytes: bytes)
                    }
                    if quotedBytes.count - contentStart > InputLimits.maximumFieldBytes { throw tooLong(field: origin, bytes: bytes) }
                    fieldSpans.append(FieldSpan(start: contentStart, end: quotedBytes.count, quoted: true, origin: origin))
                } else {
                    let start = i
                    while i < end {
                        let byte = bytes[i]
                        if byte == .comma || byte == .lineFeed || byte == .carriageReturn { break }
                        i += 1
                    }
                    if i >= end && !complete { return nil }
                    if i - start > InputLimits.maximumFieldBytes { throw tooLong(field: origin, bytes: bytes) }
                    fieldSpans.append(FieldSpan(start: start, end: i, quoted: false, origin: origin))
                }
                if i < end && bytes[i] == .comma {
                    i += 1
                    continue
                }
                if i < end && bytes[i] == .carriageReturn {
                    if i + 1 >= end && !complete { return nil }
                    i += 1
                }
                if i < end && bytes[i] == .lineFeed { i += 1 }
                if i - position > InputLimits.maximumRecordBytes { throw tooLong(recordAt: position, bytes: bytes) }
                return i
            }
        }
        guard let next else { return nil }
        recordStart = position
        position = next
        return lines
    }

    /// Keeps the unparsed tail, reads the next chunk after it, growing the buffer when one
    /// record fills it.
    private mutating func refill() throws {
        guard let source, !atEndOfInput else { return }
        let tail = bufferEnd - position
        if position > 0 {
            buffer.withUnsafeMutableBufferPointer { bytes in
                let base = bytes.baseAddress!
                base.update(from: base + position, count: tail)
            }
        }
        if tail > InputLimits.maximumRecordBytes {
            throw buffer.withUnsafeBufferPointer { tooLong(recordAt: 0, bytes: $0) }
        }
        position = 0
        recordStart = 0
        bufferEnd = tail
        if buffer.count - bufferEnd < max(1, chunkSize / 2) {
            buffer.append(contentsOf: repeatElement(0, count: buffer.count))
        }
        let chunk = try ReadableFile.read(source, upToCount: buffer.count - bufferEnd, path: file)
        guard !chunk.isEmpty else {
            atEndOfInput = true
            return
        }
        buffer.withUnsafeMutableBytes { bytes in
            let destination = UnsafeMutableRawBufferPointer(rebasing: bytes[bufferEnd..<bufferEnd + chunk.count])
            _ = chunk.copyBytes(to: destination)
            checksum.update(UnsafeRawBufferPointer(destination))
        }
        bufferEnd += chunk.count
    }

    private func unterminatedQuote(at offset: Int, bytes: UnsafeBufferPointer<UInt8>) -> TextFormatsError {
        .malformedCSV(location: location(of: offset, recordStart: position, line: nextLine, bytes: bytes),
                      message: "quoted field is never closed; expected a closing \" before the end of the file")
    }

    private func tooLong(field offset: Int, bytes: UnsafeBufferPointer<UInt8>) -> TextFormatsError {
        .malformedCSV(location: location(of: offset, recordStart: position, line: nextLine, bytes: bytes),
                      message: "the field is longer than \(InputLimits.maximumFieldBytes) bytes (InputLimits.maximumFieldBytes); expected a cell of a table")
    }

    private func tooLong(recordAt offset: Int, bytes: UnsafeBufferPointer<UInt8>) -> TextFormatsError {
        .malformedCSV(location: TextLocation(file: file, line: nextLine, column: 1),
                      message: "the line is longer than \(InputLimits.maximumRecordBytes) bytes (InputLimits.maximumRecordBytes); expected a row of a table")
    }

    private func textAfterQuote(at offset: Int, bytes: UnsafeBufferPointer<UInt8>) -> TextFormatsError {
        let shown = String(decoding: bytes[offset..<min(offset + 4, bufferEnd)], as: UTF8.self).prefix(1)
        return .malformedCSV(location: location(of: offset, recordStart: position, line: nextLine, bytes: bytes),
                             message: "unexpected '\(shown)' after a closing quote; expected a comma or the end of the line (write \"\" for a quote inside a quoted field)")
    }
}

extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}
