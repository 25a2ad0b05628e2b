import ArgumentParser
import Foundation
import Scenarios
import TargetModel
import TextFormats

/// `targettrack links fit|show`: the regression links between indicators used by scenarios.
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Estimate and show the links between indicators (elasticities by regression).",
        subcommands: [Fit.self, Show.self]
    )

    struct Fit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Estimate every declared link on history and store the estimates in the workspace.",
            discussion: """
            FILE declares which series drive which (YAML, series: [drivers]). Each link is the \
            series' YTD growth regressed on its drivers' YTD growth over every period all of them \
            published before --year (QR on LAPACK), with standard errors and R².

            Example:
              targettrack links fit Datasets/heilongjiang-2013/links.yaml --year 2013
            """
        )

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: "The links file (YAML).", completion: .file())
        var file: String

        @Option(help: "Use only periods before this year (default: the catalog's year).")
        var year: Int?

        func run() throws {
            let ws = try workspace.open(.write)
            let spec = try LinkSpecification.parse(try ReadableFile.utf8Text(file), file: file)
            let before = try year ?? ws.catalog().targets.map(\.year).max() ?? 9999
            let data = try ws.seriesData(knownAt: nil)
            let estimates = try spec.links.map { try LinkEstimate.fit($0, data: data, before: before, file: file) }
            try ws.saveDocument(estimates, name: ScenarioInputs.linksDocument)
            print(LinkTable.text(estimates), terminator: "")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the stored link estimates.")

        @OptionGroup var workspace: WorkspaceOptions

        @Flag(help: "Print JSON (coefficients, standard errors, R², years) instead of text.")
        var json = false

        func run() throws {
            let estimates = try workspace.open().document([LinkEstimate].self, name: ScenarioInputs.linksDocument) ?? []
            guard !estimates.isEmpty else {
                throw CommandFailure("no links fitted yet; run `targettrack links fit FILE`")
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                print(String(decoding: try encoder.encode(estimates), as: UTF8.self))
            } else {
                print(LinkTable.text(estimates), terminator: "")
            }
        }
    }
}

/// Link estimates as text: one block per link with coefficients, standard errors and fit.
enum LinkTable {
    static func text(_ estimates: [LinkEstimate]) -> String {
        estimates.map { e in
            let years = e.years.isEmpty ? "" : "\(e.years.first!)–\(e.years.last!)"
            var lines = ["\(e.series) ← \(e.drivers.joined(separator: ", "))   R² \(String(format: "%.3f", e.rSquared))   residual SD \(String(format: "%.3f", e.residualStandardDeviation))   n \(e.observations) (\(years))"]
            for (k, name) in (["intercept"] + e.drivers).enumerated() {
                let se = k < e.standardErrors.count ? String(format: "%.4f", e.standardErrors[k]) : "—"
                lines.append("  " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%10.4f", e.coefficients[k]) + "   SE " + se)
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }
}
