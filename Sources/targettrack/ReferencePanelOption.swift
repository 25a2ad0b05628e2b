import ArgumentParser
import TargetTrackKit

/// `--reference-panel`, shared by the commands that project: let series with too little history
/// borrow from the bundled China NBS national record of their indicator.
struct ReferencePanelOption: ParsableArguments {
    @Flag(help: """
        Let a series without a backtest record of its own or in the batch borrow its model choice \
        and error scale from the China NBS national record of its indicator (off by default: \
        docs/decisions/041-reference-panel-borrowing.md).
        """)
    var referencePanel = false

    /// The tracker with the option applied.
    func applied(to tracker: TargetTracker) -> TargetTracker {
        var out = tracker
        out.referencePanel = referencePanel
        return out
    }
}
