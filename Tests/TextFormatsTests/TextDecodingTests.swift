import Foundation
import Testing
@testable import TextFormats

@Suite struct TextDecodingTests {
    private let sample = "一、全省经济社会发展主要目标\n（一）地区生产总值增长11%左右。（省发改委负责）𠀀\n"

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let plain = try TextDecoding.decode(Data(sample.utf8))
        #expect(plain.text == sample && plain.encoding == .utf8)
        let marked = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(sample.utf8)))
        #expect(marked.text == sample && marked.encoding == .utf8WithBOM)
    }

    @Test func utf16WithByteOrderMarkBothEndians() throws {
        let little = try TextDecoding.decode(Data([0xFF, 0xFE]) + sample.data(using: .utf16LittleEndian)!)
        #expect(little.text == sample && little.encoding == .utf16LittleEndian)
        let big = try TextDecoding.decode(Data([0xFE, 0xFF]) + sample.data(using: .utf16BigEndian)!)
        #expect(big.text == sample && big.encoding == .utf16BigEndian)
    }

    /// GBK bytes of 黑龙江 and a four-byte GB18030 sequence (U+20000 𠀀 = 95 32 82 36), which
    /// EUC_CN would corrupt.
    @Test func gb18030IncludingFourByteSequences() throws {
        let bytes: [UInt8] = [0xBA, 0xDA, 0xC1, 0xFA, 0xBD, 0xAD, 0x31, 0x25, 0x95, 0x32, 0x82, 0x36]
        let decoded = try TextDecoding.decode(Data(bytes))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "黑龙江1%𠀀")
    }

    @Test func undecodableBytesNameTheirLineColumnAndOffset() {
        // Valid UTF-8 "增长" then a stray 0xFF (invalid in UTF-8 and as a GB18030 lead byte).
        let bytes = Array("增长".utf8) + [0xFF, 0x41]
        #expect {
            try TextDecoding.decode(Data(bytes), source: "bad.txt")
        } throws: { error in
            guard let error = error as? TextDecodingError else { return false }
            return error.byteOffset == 6 && error.description.hasPrefix("bad.txt:1:3:") && error.description.contains("byte 6")
        }
    }

    @Test func binaryDataIsRejected() {
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
        #expect {
            try TextDecoding.decode(Data(bytes), source: "a.out")
        } throws: { error in
            (error as? TextDecodingError)?.byteOffset == 4
        }
    }

    @Test func emptyInputIsEmptyText() throws {
        #expect(try TextDecoding.decode(Data()).text == "")
    }
}
