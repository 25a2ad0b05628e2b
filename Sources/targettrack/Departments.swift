import ArgumentParser
import Reporting
import Workspace

/// `targettrack departments`: the department roll-up.
struct Departments: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the department roll-up: per department, as lead and as co-organiser, counts by status, expected misses and targets at risk.",
        discussion: """
        A target counts in full for every department it names (so each department under 分别负责 \
        answers for it), as lead or as co-organiser. Expected misses are Σ (1 − P) over the \
        department's targets; its targets at risk are listed riskiest first.

        Examples:
          targettrack departments --as-of 2013-09 -o departments-2013-09.csv
          targettrack departments --as-of 2013-09 --format json --lang en
        """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var assessment: AssessmentOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let tracker = try workspace.tracker()
        let month = try assessment.results(tracker)
        try output.write(.departments(month.departments, asOf: month.asOf.period, language: assessment.lang), standard: .csv,
                         workbook: { tracker.workbook(month, language: assessment.lang) })
    }
}
