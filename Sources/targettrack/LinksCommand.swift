import ArgumentParser
import TargetTrackKit
import Foundation
import Reporting
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
            let spec = try LinkSpecification.parse(try ReadableFile.utf8Text(file), file: file)
            let estimates = try workspace.tracker(.write).fitLinks(spec, before: year, file: file)
            print(TableDocument.links(estimates).rendered(as: .table), terminator: "")
            print(LinkTable.warnings(estimates), terminator: "")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the stored link estimates.")

        @OptionGroup var workspace: WorkspaceOptions

        @OptionGroup var output: OutputOptions

        func run() throws {
            let estimates = try workspace.tracker().links()
            guard !estimates.isEmpty else {
                throw TargetTrackError("no links fitted yet; run `targettrack links fit FILE`")
            }
            try output.write(.links(estimates), standard: .table)
            FileHandle.standardError.write(Data(LinkTable.warnings(estimates).utf8))
        }
    }
}
