import Foundation
import Testing
@testable import TextFormats

@Suite("Readable files: errors a user can act on")
struct ReadableFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("readable-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func aMissingFileAndAFolderAreToldApart() {
        let missing = folder.appendingPathComponent("missing.csv").path
        #expect(throws: TextFormatsError.cannotRead(path: missing, reason: "no such file")) { try ReadableFile.open(missing) }
        #expect(throws: TextFormatsError.cannotRead(path: folder.path, reason: "it is a folder, not a file")) {
            try ReadableFile.contents(folder.path)
        }
        #expect(throws: TextFormatsError.cannotRead(path: folder.path, reason: "it is a folder, not a file")) {
            try CSVReader(path: folder.path)
        }
    }

    @Test func textMustBeUTF8() throws {
        let gbk = folder.appendingPathComponent("gbk.txt")
        try Data([0xB5, 0xD8, 0xC7, 0xF8]).write(to: gbk)  // 地区 in GBK
        #expect(throws: TextFormatsError.cannotRead(path: gbk.path, reason: "it is not UTF-8 text")) { try ReadableFile.utf8Text(gbk.path) }
        let utf8 = folder.appendingPathComponent("utf8.txt")
        try Data("地区\n".utf8).write(to: utf8)
        #expect(try ReadableFile.utf8Text(utf8.path) == "地区\n")
    }

    @Test func operatingSystemErrorsReadAsTheirWords() {
        let posix = NSError(domain: NSPOSIXErrorDomain, code: Int(EISDIR))
        #expect(ReadableFile.reason(posix) == "Is a directory")
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 256, userInfo: [NSUnderlyingErrorKey: posix])
        #expect(ReadableFile.reason(wrapped) == "Is a directory")
    }
}
