import ArgumentParser
import Reporting
import TextFormats

/// `--format`, `-o` and `--bom/--no-bom`: how every command that writes a table writes it.
struct OutputOptions: ParsableArguments {
    /// The formats a command can write: the table formats, and HTML where the command has a page.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, html
    }

    @Option(help: "table, csv or json (html for `scenario run`); each command's description gives its default.")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write to this file, atomically (default: standard output).")
    var output: String?

    @Flag(inversion: .prefixedNo, help: """
        CSV only: start with the UTF-8 byte order mark Excel on Chinese Windows needs \
        (default: with it for Chinese output, without for English).
        """)
    var bom: Bool?

    /// Writes a document in the chosen format (`standard` when none was chosen); `html` renders
    /// the command's page, which only some commands have.
    func write(_ document: TableDocument, standard: Format, html: (() -> String)? = nil) throws {
        let text: String
        switch format ?? standard {
        case .table: text = document.rendered(as: .table)
        case .csv: text = document.rendered(as: .csv, byteOrderMark: bom)
        case .json: text = document.rendered(as: .json)
        case .html:
            guard let html else { throw ValidationError("--format html: this command writes table, csv or json") }
            text = html()
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
