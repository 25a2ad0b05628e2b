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
        departments (UTF-8, GBK/GB18030 or UTF-16 with BOM). Every quantitative target becomes \
        one row; tasks without a number become milestones. Review the result, then keep it as the \
        catalog (YAML is the editable form).

        Examples:
          targettrack extract --format csv \\
              Datasets/heilongjiang-2013/work-report-task-allocation-2013.txt
          targettrack extract report.txt --year 2014 -o catalog.yaml
        """
    )

    @Argument(help: "The document.", completion: .file())
    var file: String

    @Option(help: "Output format: csv, yaml or json (default: from -o's extension, else csv).")
    var format: CatalogFile.Format?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Plan year, when the text does not say it.")
    var year: Int?

    func run() throws {
        let text = try TextDecoding.decodeFile(atPath: file).text
        let catalog = try TargetExtractor(year: year).extract(text, source: file)
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
