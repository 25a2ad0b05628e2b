import ArgumentParser
import Reporting
import TextFormats

/// `targettrack report`: the monthly HTML report (or one department's or target's page).
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the monthly report: the governor's page, departments, charts and each target's projection history.",
        discussion: """
        The first screen shows only what is off track or at risk, with units, gaps, P(meet) and \
        owners; then milestones by reported state, the departments, and a fan chart and a \
        projection-history chart per target. The file has its CSS, SVG charts and script inline \
        and loads nothing from the network, so it opens offline and can be mailed as it is. \
        --department gives one department's page (by the name or the department key), --target \
        one target's; --format xlsx writes the month's workbook instead.

        Examples:
          targettrack report --as-of 2013-09 -o report-2013-09.html
          targettrack report --as-of 2013-09 --department 省住建厅 -o 住建厅.html
          targettrack report --as-of 2013-09 --format xlsx -o 2013-09.xlsx
        """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var assessment: AssessmentOptions

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String

    @Option(help: "html (default) or xlsx.")
    var format: OutputOptions.Format = .html

    @Option(help: "Only this department's page (its name or department key).")
    var department: String?

    @Option(help: "Only this target's page (its id).")
    var target: String?

    func validate() throws {
        guard format == .html || format == .xlsx else { throw ValidationError("--format: html or xlsx") }
        if department != nil && target != nil { throw ValidationError("give --department or --target, not both") }
    }

    func run() throws {
        let tracker = try workspace.tracker()
        let month = try assessment.results(tracker)
        if format == .xlsx { return try tracker.workbook(month, language: assessment.lang).write(to: output) }
        let report = try tracker.report(month, language: assessment.lang, progress: .terminal)
        let page: String
        if let department {
            guard let html = report.departmentPage(department) else {
                throw ValidationError("--department \(department): no target of the catalog names this department")
            }
            page = html
        } else if let target {
            guard let html = report.targetPage(target) else { throw ValidationError("--target \(target): no such target") }
            page = html
        } else {
            page = report.html
        }
        try AtomicFile.write(page, to: output)
    }
}
