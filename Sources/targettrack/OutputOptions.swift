import ArgumentParser
import Reporting
import TextFormats
import Workbook

/// `--format`, `-o` and `--bom/--no-bom`: how every command that writes a table writes it.
struct OutputOptions: ParsableArguments {
    /// The formats a command can write: the table formats, and HTML where the command has a page.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, html, xlsx
    }

    @Option(help: """
        table, csv or json; xlsx (an Excel workbook, with -o) for risks and departments; html for \
        `scenario run`. Each command's description gives its default.
        """)
    var format: Format?

    @Option(name: .shortAndLong, help: "Write to this file, atomically (default: standard output).")
    var output: String?

    @Flag(inversion: .prefixedNo, help: """
        CSV only: start with the UTF-8 byte order mark Excel on Chinese Windows needs \
        (default: with it for Chinese output, without for English).
        """)
    var bom: Bool?

    /// Writes a document in the chosen format (`standard` when none was chosen); `html` renders
    /// the command's page and `workbook` its workbook, which only some commands have.
    func write(_ document: TableDocument, standard: Format, html: (() -> String)? = nil,
               workbook: (() -> Workbook)? = nil) throws {
        let text: String
        switch format ?? standard {
        case .table: text = document.rendered(as: .table)
        case .csv:
            // To a file row by row: a national risk list need not be one string first.
            if let output { return try document.table.writeCSV(to: output, byteOrderMark: bom) }
            text = document.rendered(as: .csv, byteOrderMark: bom)
        case .json: text = document.rendered(as: .json)
        case .html:
            guard let html else { throw ValidationError("--format html: this command writes table, csv or json") }
            text = html()
        case .xlsx:
            guard let workbook else { throw ValidationError("--format xlsx: this command writes table, csv or json") }
            guard let output else { throw ValidationError("--format xlsx needs -o FILE.xlsx (a workbook is not text)") }
            return try workbook().write(to: output)
        }
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }
}

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`, for commands whose output has words.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of headers, status words and labels: zh or en.")
    var lang: Language = .zh
}
