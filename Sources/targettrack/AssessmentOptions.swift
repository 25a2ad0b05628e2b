import ArgumentParser
import Reporting
import Risk
import TargetModel
import TargetTrackKit

/// Options shared by `risks`, `departments` and `report`: which month, compared with which, the
/// status thresholds and the language.
struct AssessmentOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Assess as of this month (default: the latest month with data).",
                                                           valueName: "YYYY-MM"))
    var asOf: Month?

    @Option(help: ArgumentHelp("Compare with this month (default: the month before --as-of).", valueName: "YYYY-MM"))
    var since: Month?

    @Option(help: "P(meet) at or above which a target is on track.")
    var onTrack = StatusThresholds.standard.onTrack

    @Option(help: "P(meet) below which a target is off track.")
    var offTrack = StatusThresholds.standard.offTrack

    @OptionGroup var language: LanguageOption
    var lang: Language { language.lang }

    @OptionGroup var reference: ReferencePanelOption

    func validate() throws {
        do {
            _ = try thresholds()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func thresholds() throws -> StatusThresholds {
        try StatusThresholds(onTrack: onTrack, offTrack: offTrack)
    }

    /// The month's results from the workspace, with progress on a terminal.
    func results(_ tracker: TargetTracker) throws -> MonthlyResults {
        try reference.applied(to: tracker).month(asOf, since: since, thresholds: try thresholds(), progress: .terminal)
    }
}
