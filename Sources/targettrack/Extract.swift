import ArgumentParser
import Foundation
import PolicyText
import TextFormats

/// `targettrack extract`: a target-allocation document → a catalog of targets.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract every target and its responsible departments from a target-allocation document.",
        discussion: """
        FILE is a Chinese government document that allocates the tasks of a work report to \
        departments: text (UTF-8, GBK/GB18030 or UTF-16 with BOM; tab-, comma- or space-separated \
        分解表 tables too), Excel (.xlsx), Word (.docx) or PDF (.pdf, read with poppler's \
        pdftotext), told apart by the extension. Every quantitative target becomes one row; tasks \
        without a number become milestones. The plan year is read from the text (congress \
        session, title or date) unless --year is given; standard error says which clue gave it \
        and how many numbers were seen, extracted and skipped. Review the result, then keep it as \
        the catalog (YAML is the editable form).

        Examples:
          targettrack extract --format csv \\
              Datasets/heilongjiang-2013/work-report-task-allocation-2013.txt
          targettrack extract 分解表.xlsx --explain -o catalog.yaml
          targettrack extract report.pdf --year 2014 -o catalog.yaml
        """
    )

    @Argument(help: "The document.", completion: .file())
    var file: String

    @Option(help: "Output format: csv, yaml or json (default: from -o's extension, else csv).")
    var format: CatalogFile.Format?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Plan year, instead of the one read from the text.")
    var year: Int?

    @Flag(help: "List on standard error every number with a unit that is not a target, with its line and why.")
    var explain = false

    func run() throws {
        let extraction = try TargetExtractor(year: year).read(try DocumentReader.lines(path: file), source: file)
        let catalog = extraction.catalog
        var report = ["\(file): \(extraction.year)"]
        report += extraction.warnings.map { "\(file): warning: \($0)" }
        report.append("\(file): \(extraction.numbersSeen) numbers with a unit seen, \(extraction.numbersExtracted) extracted, "
            + "\(extraction.skipped.count) skipped as non-targets; \(catalog.targets.count) targets")
        if explain {
            report += extraction.skipped.map { "\(file):\($0.line): skipped `\($0.written)`: \($0.reason)" }
        }
        FileHandle.standardError.write(Data((report.joined(separator: "\n") + "\n").utf8))
        let chosen = format ?? output.flatMap { CatalogFile.Format(path: $0) } ?? .csv
        let rendered = try CatalogFile.text(catalog, format: chosen)
        if let output {
            try AtomicFile.write(rendered, to: output)
        } else {
            print(rendered, terminator: "")
        }
    }
}

extension CatalogFile.Format: ExpressibleByArgument {}
