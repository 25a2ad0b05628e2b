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
        #expect(TextFormatsError.reason(posix) == "Is a directory")
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 256, userInfo: [NSUnderlyingErrorKey: posix])
        #expect(TextFormatsError.reason(wrapped) == "Is a directory")
    }

    @Test("Writing into a missing folder or over a folder says so before anything is written")
    func unwritable() throws {
        let missing = folder.appendingPathComponent("no/such/out.csv").path
        let expected = TextFormatsError.cannotWrite(path: missing, reason: "no such folder \(folder.path)/no/such")
        #expect(throws: expected) { try AtomicFile.write("x", to: missing) }
        #expect(throws: expected) { try CSVFileWriter(path: missing) }
        #expect(throws: TextFormatsError.cannotWrite(path: folder.path, reason: "it is a folder, not a file")) {
            try AtomicFile.write("x", to: folder.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no temporary file is left behind")
    }
}
