import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// The character encodings TargetTrack reads: what government documents and statistical
/// releases are published in.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// GB18030, a superset of GBK and GB2312.
    case gb18030 = "GB18030"
}

/// Text decoded from a file's bytes, with the encoding it was found to be in.
public struct DecodedText: Sendable, Hashable {
    public var text: String
    public var encoding: TextEncoding
}

/// Why bytes could not be read as text.
public struct TextDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// File the bytes came from, for the message.
    public var source: String
    /// Offset of the first byte that could not be decoded (0-based).
    public var byteOffset: Int
    public var reason: String
    /// The line and column (1-based) of `byteOffset`, as an editor shows them.
    public var line = 1
    public var column = 1

    public init(source: String, byteOffset: Int, reason: String) {
        self.source = source
        self.byteOffset = byteOffset
        self.reason = reason
    }

    public var description: String {
        "\(source):\(line):\(column): cannot decode the text (byte \(byteOffset)): \(reason)"
    }

    /// The error with `line` and `column` of its offset in `bytes`: lines end at LF (a lone CR
    /// too); columns count characters, taking UTF-16 code units two bytes at a time.
    func located(in bytes: [UInt8], utf16: Bool) -> TextDecodingError {
        var located = self
        let end = min(byteOffset, bytes.count)
        let step = utf16 ? 2 : 1
        var lineStart = utf16 && bytes.count >= 2 && (bytes[0] == 0xFF || bytes[0] == 0xFE) ? 2 : 0
        var line = 1
        var i = lineStart
        while i + step <= end {
            let unit = utf16 ? (bytes[i] == 0 ? bytes[i + 1] : bytes[i + 1] == 0 ? bytes[i] : 0) : bytes[i]
            if unit == 0x0A || (unit == 0x0D && (i + step >= bytes.count || bytes[i + step] != 0x0A)) {
                line += 1
                lineStart = i + step
            }
            i += step
        }
        located.line = line
        located.column = utf16 ? (end - lineStart) / 2 + 1
            : bytes[lineStart..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return located
    }
}

/// Decodes file bytes into text, detecting UTF-8 (with or without BOM), UTF-16 with a BOM and
/// GB18030/GBK.
///
/// Detection order: a byte-order mark decides; otherwise valid UTF-8 is UTF-8; otherwise valid
/// GB18030 is GB18030. GB18030 is decoded through CoreFoundation's `GB_18030_2000` encoding
/// (`EUC_CN` would silently corrupt four-byte sequences).
///
/// Edge Cases: empty input decodes to the empty string as UTF-8. Control characters other than
/// tab, line feed, form feed and carriage return (as in binary files) are an error naming their
/// offset, as is any byte sequence valid in no supported encoding.
public enum TextDecoding {
    /// Decodes `data`, naming `source` (usually the file path) in errors.
    public static func decode(_ data: Data, source: String = "input") throws(TextDecodingError) -> DecodedText {
        let bytes = [UInt8](data)
        do {
            return try detectAndDecode(bytes, source: source)
        } catch {
            throw error.located(in: bytes, utf16: bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]))
        }
    }

    private static func detectAndDecode(_ bytes: [UInt8], source: String) throws(TextDecodingError) -> DecodedText {
        let decoded: DecodedText
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            decoded = try decodeUTF8(bytes, from: 3, source: source, encoding: .utf8WithBOM)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            decoded = try decodeUTF16(bytes, bigEndian: false, source: source)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            decoded = try decodeUTF16(bytes, bigEndian: true, source: source)
        } else if firstInvalidUTF8Offset(bytes, from: 0) == nil {
            decoded = try decodeUTF8(bytes, from: 0, source: source, encoding: .utf8)
        } else if let gbError = firstInvalidGB18030Offset(bytes) {
            let utf8Error = firstInvalidUTF8Offset(bytes, from: 0) ?? 0
            throw TextDecodingError(
                source: source, byteOffset: max(utf8Error, gbError),
                reason: "neither UTF-8 (invalid at byte \(utf8Error)) nor GB18030/GBK (invalid at byte \(gbError))")
        } else {
            decoded = try decodeGB18030(bytes, source: source)
        }
        try rejectBinary(decoded.text, source: source, encoding: decoded.encoding)
        return decoded
    }

    /// Decodes `data` as the given encoding, or detects it when `encoding` is `nil`.
    ///
    /// `.utf8` and `.utf8WithBOM` read UTF-8 with or without a byte-order mark; either UTF-16 case
    /// reads UTF-16 in the byte order its mark gives (a mark is required); `.gb18030` reads
    /// GB18030/GBK even when the bytes would also be valid UTF-8.
    public static func decode(_ data: Data, source: String = "input", as encoding: TextEncoding?) throws(TextDecodingError) -> DecodedText {
        guard let encoding else { return try decode(data, source: source) }
        let bytes = [UInt8](data)
        do {
            return try decode(bytes, source: source, as: encoding)
        } catch {
            throw error.located(in: bytes, utf16: encoding == .utf16BigEndian || encoding == .utf16LittleEndian)
        }
    }

    private static func decode(_ bytes: [UInt8], source: String, as encoding: TextEncoding) throws(TextDecodingError) -> DecodedText {
        let decoded: DecodedText
        switch encoding {
        case .utf8, .utf8WithBOM:
            let mark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            decoded = try decodeUTF8(bytes, from: mark ? 3 : 0, source: source, encoding: mark ? .utf8WithBOM : .utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            guard bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) else {
                throw TextDecodingError(source: source, byteOffset: 0, reason: "UTF-16 was asked for but the file has no byte-order mark (FF FE or FE FF)")
            }
            decoded = try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, source: source)
        case .gb18030:
            if let bad = firstInvalidGB18030Offset(bytes) {
                throw TextDecodingError(source: source, byteOffset: bad, reason: "invalid GB18030/GBK byte sequence")
            }
            decoded = try decodeGB18030(bytes, source: source)
        }
        try rejectBinary(decoded.text, source: source, encoding: decoded.encoding)
        return decoded
    }

    /// Reads and decodes a file.
    /// - Throws: `TextFormatsError.cannotRead` (`ReadableFile`), `TextDecodingError`.
    public static func decodeFile(atPath path: String) throws -> DecodedText {
        try decode(ReadableFile.contents(path), source: path)
    }

    // MARK: - Encodings

    private static func decodeUTF8(_ bytes: [UInt8], from start: Int, source: String,
                                   encoding: TextEncoding) throws(TextDecodingError) -> DecodedText {
        if let bad = firstInvalidUTF8Offset(bytes, from: start) {
            throw TextDecodingError(source: source, byteOffset: bad, reason: "invalid UTF-8 sequence")
        }
        return DecodedText(text: String(decoding: bytes[start...], as: UTF8.self), encoding: encoding)
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, source: String) throws(TextDecodingError) -> DecodedText {
        let body = bytes.dropFirst(2)
        guard body.count % 2 == 0 else {
            throw TextDecodingError(source: source, byteOffset: bytes.count - 1, reason: "odd number of bytes in UTF-16 text")
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let (a, b) = (UInt16(body[index]), UInt16(body[index + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        var text = ""
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        var offset = 2
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                text.unicodeScalars.append(Unicode.UTF16.decode(encoded))
                offset += encoded.count * 2
            case .emptyInput:
                break loop
            case .error:
                throw TextDecodingError(source: source, byteOffset: offset, reason: "unpaired UTF-16 surrogate")
            }
        }
        return DecodedText(text: text, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
    }

    private static func decodeGB18030(_ bytes: [UInt8], source: String) throws(TextDecodingError) -> DecodedText {
        let cfEncoding = CFStringConvertEncodingToNSStringEncoding(
            CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
        guard let text = String(data: Data(bytes), encoding: String.Encoding(rawValue: cfEncoding)) else {
            throw TextDecodingError(source: source, byteOffset: 0, reason: "GB18030 decoder rejected the text")
        }
        return DecodedText(text: text, encoding: .gb18030)
    }

    // MARK: - Validation

    /// Offset of the first byte that does not start a valid UTF-8 sequence, or `nil`.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8], from start: Int) -> Int? {
        // The standard library's validation is fast; the scalar walk below only finds the offset.
        let valid = bytes.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[start...]), as: UTF8.self) != nil }
        if valid { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start...].makeIterator()
        var offset = start
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Offset of the first byte that breaks GB18030's one-, two- and four-byte structure, or `nil`.
    static func firstInvalidGB18030Offset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard (0x81...0xFE).contains(lead), i + 1 < bytes.count else { return i }
            let second = bytes[i + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                i += 2
            } else if (0x30...0x39).contains(second), i + 3 < bytes.count,
                      (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) {
                i += 4
            } else {
                return i
            }
        }
        return nil
    }

    /// Rejects control characters that do not occur in text files.
    private static func rejectBinary(_ text: String, source: String, encoding: TextEncoding) throws(TextDecodingError) {
        // Control characters are the scalars below U+0020, which are single bytes in UTF-8.
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D }) else { return }
        var offset = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0, encoding == .utf8, offset < 2 || text.unicodeScalars.prefix(64).filter({ $0.value == 0 }).count >= 8 {
                throw TextDecodingError(source: source, byteOffset: offset,
                                        reason: "every other byte is 0: UTF-16 text without a byte-order mark; save it as UTF-8, or as UTF-16 with a byte-order mark")
            }
            if v < 0x20, v != 0x09, v != 0x0A, v != 0x0C, v != 0x0D {
                let prefix: Int = switch encoding {
                case .utf8WithBOM: 3
                case .utf16BigEndian, .utf16LittleEndian: 2
                default: 0
                }
                throw TextDecodingError(source: source, byteOffset: prefix + offset,
                                        reason: "binary data (control character U+\(String(v, radix: 16, uppercase: true))), not a text file")
            }
            offset += byteLength(of: scalar, in: encoding)
        }
    }

    private static func byteLength(of scalar: Unicode.Scalar, in encoding: TextEncoding) -> Int {
        switch encoding {
        case .utf8, .utf8WithBOM: return UTF8.width(scalar)
        case .utf16LittleEndian, .utf16BigEndian: return UTF16.width(scalar) * 2
        case .gb18030:
            if scalar.value < 0x80 { return 1 }
            return scalar.value > 0xFFFF ? 4 : 2
        }
    }
}
