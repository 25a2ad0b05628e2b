import ArgumentParser
import TargetTrackKit
import TextFormats

/// `targettrack catalog link`: suggest links from targets to series, or apply a reviewed file.
struct LinkCatalog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Suggest a series and measure for every target, or apply a reviewed suggestion file.",
        discussion: """
        --suggest matches each indicator name (and its aliases: 规上工业增加值, 社零, 一般公共预算收入 \
        …) against the workspace's series and the bundled reference names, and writes a review \
        file (CSV with a BOM, opens in Excel): set `accept` to yes, or edit `series`, then apply \
        it. `measure` is what the target is judged on given the series' figures; a series with \
        nothing that measures the target cannot be linked. --accept-all marks and links the \
        unambiguous matches at once.

        Examples:
          targettrack catalog link --suggest -o links-review.csv
          targettrack catalog link --apply links-review.csv
        """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(help: "Write suggestions to a review file.")
    var suggest = false

    @Option(name: .shortAndLong, help: "The review file to write (default: links-review.csv).")
    var output = "links-review.csv"

    @Flag(help: "With --suggest: accept and link every unambiguous match now.")
    var acceptAll = false

    @Option(help: "A reviewed file whose accepted rows become the catalog's links.", completion: .file())
    var apply: String?

    func validate() throws {
        guard suggest != (apply != nil) else { throw ValidationError("give either --suggest or --apply FILE") }
    }

    func run() throws {
        let tracker = try workspace.tracker(.write)
        if let apply {
            let applied = try tracker.applyLinks(reviewFile: apply)
            for link in applied.linked { print("\(link.target) → \(link.series) (\(link.measure.rawValue))") }
            print("\(apply): \(applied.linked.count) targets linked, \(applied.skipped) rows not accepted")
            return
        }
        let suggestions = try tracker.suggestLinks()
        try AtomicFile.write(LinkReview.text(suggestions, acceptUnambiguous: acceptAll), to: output)
        let unambiguous = suggestions.filter(\.isUnambiguous).count
        print("\(output): \(suggestions.count) targets, \(unambiguous) unambiguous, "
            + "\(suggestions.filter { $0.series == nil }.count) without a match")
        if acceptAll {
            let applied = try tracker.applyLinks(reviewFile: output)
            print("\(applied.linked.count) unambiguous links accepted; review the rest in \(output)")
        }
    }
}
