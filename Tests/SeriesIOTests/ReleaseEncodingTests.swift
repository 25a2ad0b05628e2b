import Foundation
import Testing
import TargetModel
import TextFormats
@testable import SeriesIO

/// Release tables arrive in UTF-8 (with or without BOM), GBK/GB18030 and UTF-16; a file in none of
/// them, or one whose decoded header matches nothing, is an error that names the encoding tried.
@Suite struct ReleaseEncodingTests {
    static let table = "2013年主要指标\n指标,1-2月,1-3月累计,前三季度\n固定资产投资,104.4,\"420.5\",7208.3\n"
    let map = SeriesMap(roles: ["固定资产投资": .series(.init(series: "fai", measure: .ytdValue, unit: "亿元"))])

    static func file(_ bytes: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tt-\(UUID().uuidString).csv").path
        try #require(FileManager.default.createFile(atPath: path, contents: bytes))
        return path
    }

    func values(_ data: Data, encoding: TextEncoding? = nil) throws -> [Double] {
        try ReleaseFileReader(map: map, encoding: encoding).read(path: Self.file(data), format: .auto).map(\.observation.value)
    }

    @Test func everySupportedEncodingReadsTheSameTable() throws {
        let expected = [104.4, 420.5, 7208.3]
        let utf8 = Data(Self.table.utf8)
        #expect(try values(utf8) == expected)
        #expect(try values(Data([0xEF, 0xBB, 0xBF]) + utf8) == expected)
        let gbk = Data(EncodedFixtures.gb18030)
        #expect(gbk != utf8)
        #expect(try values(gbk) == expected)
        #expect(try values(gbk, encoding: .gb18030) == expected)
        #expect(try values(Data([0xFF, 0xFE]) + Self.table.data(using: .utf16LittleEndian)!) == expected)
        #expect(try values(Data([0xFE, 0xFF]) + Self.table.data(using: .utf16BigEndian)!, encoding: .utf16BigEndian) == expected)
    }

    @Test func aFileInNoSupportedEncodingIsAnError() throws {
        let bytes = Data([0xC3, 0x28, 0xFF, 0xFF, 0x80, 0x0A])
        #expect { try values(bytes) } throws: { "\($0)".contains("neither UTF-8") }
    }

    @Test func mojibakeIsNeverReadSilently() throws {
        // Big5 bytes happen to be valid GB18030: the decoded header then matches no mapped name.
        let big5 = Data(EncodedFixtures.big5)
        let traditional = SeriesMap(roles: ["固定資產投資": .series(.init(series: "fai", measure: .ytdValue))])
        #expect { try ReleaseFileReader(map: traditional).read(path: Self.file(big5), format: .auto) } throws: { error in
            "\(error)".contains("decoded as GB18030") && "\(error)".contains("no name in the series map")
        }
        // UTF-8 text forced through GB18030 likewise.
        #expect { try values(Data(Self.table.utf8), encoding: .gb18030) } throws: { "\($0)".contains("GB18030") }
        #expect { try values(Data(Self.table.utf8), encoding: .utf16LittleEndian) } throws: { "\($0)".contains("byte-order mark") }
    }
}
