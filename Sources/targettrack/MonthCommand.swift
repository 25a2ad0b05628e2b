import ArgumentParser
import Reporting
import TargetModel
import TargetTrackKit

/// `targettrack month`: the whole monthly job on any workspace.
struct MonthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "month",
        abstract: "Run the month: projections, risk list, departments, report and workbook into one folder.",
        discussion: """
        Projects and assesses every target as of --as-of (default: the newest month with data) \
        against the month before, and writes projections-, risks- and departments-YYYY-MM.csv, \
        report-YYYY-MM.html (with each target's projection history) and workbook-YYYY-MM.xlsx \
        into --out. Then prints the targets off track and at risk with their owners.

        Examples:
          targettrack month --as-of 2013-09 --out out
          targettrack month --lang en
        """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var assessment: AssessmentOptions

    @Option(help: "The folder to write into (created when missing).")
    var out = "."

    func run() throws {
        let (results, files) = try assessment.reference.applied(to: workspace.tracker()).writeMonth(assessment.asOf, to: out, language: assessment.lang,
                                                                   thresholds: try assessment.thresholds(),
                                                                   progress: .terminal)
        for file in files { print("wrote \(file)") }
        print(AttentionList.text(results.assessments, language: assessment.lang), terminator: "")
    }
}
