import ArgumentParser
import Foundation
import Reporting
import Risk
import Scenarios
import TargetTrackKit
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

        @OptionGroup var output: OutputOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let scenarios = try files.map { try ScenarioFile.parse(try ReadableFile.utf8Text($0), file: $0) }
            let tracker = try workspace.tracker()
            let comparison = try tracker.compare(scenarios)
            let links = try tracker.links()
            let used = links.filter { link in scenarios.contains { $0.links(usedFrom: links).contains(link) } }
            let weak = LinkTable.warnings(used, language: language.lang)
            FileHandle.standardError.write(Data(weak.utf8))
            let lang = language.lang
            try output.write(.scenarios(comparison, language: lang), standard: .table) {
                ScenarioPage(comparison: comparison, scenarios: scenarios, language: lang).html
            }
        }
    }
}
