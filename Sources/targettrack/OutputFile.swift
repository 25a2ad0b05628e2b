import TextFormats

/// Where a command's document goes: a file, written atomically, or standard output.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        if let path {
            try AtomicFile.write(text, to: path)
        } else {
            print(text, terminator: "")
        }
    }
}
