import ArgumentParser
import Foundation
import Reporting
import Scenarios
import TargetModel
import TargetTrackKit

/// `targettrack goal-seek`: what the remaining months must do for a target to be met.
struct GoalSeekCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal-seek",
        abstract: "Find what the remaining months must do for a target to be met.",
        discussion: """
        Varies, in every month not yet released, what fits the target's series: the single-month \
        growth on the same month last year (monthly year-to-date series; CPI's monthly path), \
        the remaining quarters' growth (quarterly series such as GDP), the constant monthly amount \
        (cumulative progress) or the level (rates). An annual-only series is varied through a link \
        that drives it; without one, the answer says what the year's figure must be. --via varies \
        a linked driver instead. Stops when P(meet) reaches --probability (or, with --median, when \
        the median projection is on the target). Says when the growth needed is beyond anything \
        the series did in those months of past years, and flags a weak link. \
        With --format, the answer is one row of a table (table, csv or json) instead of a sentence.

        Examples:
          targettrack goal-seek T005 --as-of 2013-09
          targettrack goal-seek T001 --via fai --probability 0.5 --as-of 2013-09
        """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The target id, e.g. T005.")
    var target: String

    @Option(help: "Vary this linked driver series instead of the target's own.")
    var via: String?

    @Option(help: "The P(meet) to reach.")
    var probability = 0.7

    @Flag(help: "Put the median projection on the target instead of reaching a probability.")
    var median = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The information month.", valueName: "YYYY-MM"))
    var asOf: Month

    @OptionGroup var output: OutputOptions

    @Option(help: "Language of the answer: zh or en (default: zh for a catalog with Chinese indicator names, else en).")
    var lang: Language?

    func validate() throws {
        guard probability > 0 && probability < 1 else { throw ValidationError("--probability must be between 0 and 1") }
    }

    func run() throws {
        let result = try workspace.tracker().goalSeek(target: target, via: via, probability: median ? nil : probability, asOf: asOf)
        guard output.format == nil else {
            return try output.write(.goalSeek(result, probabilityGoal: median ? nil : probability), standard: .table)
        }
        let chinese = result.target.indicator.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        print(GoalSeekTable.sentences(result, probabilityGoal: median ? nil : probability, language: lang ?? (chinese ? .zh : .en)),
              terminator: "")
    }
}
