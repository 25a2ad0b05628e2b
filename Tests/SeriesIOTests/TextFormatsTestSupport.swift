import TextFormats

enum TextFormatsTestSupport {
    static func records(_ text: String) throws -> [CSVRecord] {
        var reader = CSVReader(text: text, file: "m.csv")
        return try reader.readAll()
    }
}
