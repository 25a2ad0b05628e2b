import ArgumentParser
import Reporting
import Workspace

/// `targettrack risks`: the risk list, one row per target.
struct Risks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the risk list: every target's projection, P(meet), status, required pace, owners and news.",
        discussion: """
        Projects every catalog target as of --as-of and as of the month before (or --since), and \
        writes one row per target with the columns id, section, indicator, target, comparator, \
        value, unit, latest_period, latest_value, projection, p10, p90, probability, status, \
        required_pace, pace_so_far, unprecedented, lead, co, change, news. Statuses: on_track \
        (P ≥ 0.7), at_risk, off_track (P < 0.3), achieved, no_data, and a milestone's reported state.

        With -o the file is written atomically and the targets needing attention are printed.

        Examples:
          targettrack risks --as-of 2013-09 -o risks-2013-09.csv
          targettrack risks --as-of 2013-09 --lang en --format json
          targettrack risks --as-of 2013-09 --lang en --no-bom -o risks.csv
        """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var assessment: AssessmentOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let tracker = try workspace.tracker()
        let month = try assessment.results(tracker)
        try output.write(.risks(month.assessments, departments: month.departments, asOf: month.asOf.period,
                                language: assessment.lang), standard: .csv,
                         workbook: { tracker.workbook(month, language: assessment.lang) })
        if output.output != nil { print(AttentionList.text(month.assessments, language: assessment.lang), terminator: "") }
    }
}
