import ArgumentParser
import Foundation
import Reporting
import Risk
import Scenarios
import TextFormats

/// `targettrack scenario run`: baseline and scenarios side by side.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Run what-if scenarios against the baseline.",
        subcommands: [Run.self]
    )

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Project every target under each scenario, beside the baseline.",
            discussion: """
            Each FILE is a scenario (YAML): its as_of month, shocks to months not yet released \
            (month_growth, month_value, add_pp, scale, annual_value) and optional other target \
            values. Shocks reach linked indicators through the links of `targettrack links fit`. \
            The baseline in the workspace is never changed.

            Examples:
              targettrack scenario run Datasets/heilongjiang-2013/scenarios/*.yaml
              targettrack scenario run slow-q4.yaml --format html -o scenarios.html
            """
        )

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: "Scenario files (YAML).", completion: .file())
        var files: [String]

        @Option(help: "table, csv, json or html.")
        var format: Format = .table

        @Option(name: .shortAndLong, help: "Write to this file (default: standard output).")
        var output: String?

        @Option(help: "Language: zh or en.")
        var lang: Language = .zh

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, html }

        func run() throws {
            let scenarios = try files.map { try ScenarioFile.parse(try ReadableFile.utf8Text($0), file: $0) }
            let ws = try workspace.open()
            let runner = try ScenarioInputs(workspace: ws).runner(asOf: scenarios[0].asOf)
            let comparison = try ScenarioComparison(runner: runner, scenarios: scenarios)
            let text: String
            switch format {
            case .table: text = ScenarioTable.table(comparison, language: lang).text()
            case .csv: text = ScenarioTable.table(comparison, language: lang).csv()
            case .json: text = ScenarioTable.json(comparison, language: lang)
            case .html:
                text = ScenarioPage(comparison: comparison, scenarios: scenarios, language: lang).html
            }
            try OutputFile.write(text, to: output)
        }
    }
}
