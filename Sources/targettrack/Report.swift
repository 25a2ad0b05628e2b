import ArgumentParser
import Reporting
import TextFormats
import Workspace

/// `targettrack report`: the monthly HTML report.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the monthly report: one self-contained HTML file with headline counts, the risk and department tables and a fan chart per target.",
        discussion: """
        The file has its CSS, SVG charts and sorting script inline and loads nothing from the \
        network, so it opens offline and can be mailed as it is.

        Example:
          targettrack report --as-of 2013-09 -o report-2013-09.html
        """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var assessment: AssessmentOptions

    @Option(name: .shortAndLong, help: "The HTML file to write.")
    var output: String

    func run() throws {
        let month = try assessment.results(workspace)
        let report = HTMLReport(asOf: month.asOf.period, assessments: month.assessments,
                                departments: month.departments, language: assessment.lang)
        try AtomicFile.write(report.html, to: output)
    }
}
