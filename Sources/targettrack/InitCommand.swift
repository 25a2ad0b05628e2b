import ArgumentParser
import Foundation

/// `targettrack init`: create (or upgrade) a workspace, and with `--document` extract its catalog.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace file (or upgrade an old one); with --document, extract its catalog.",
        discussion: """
        The workspace is one SQLite file holding the target catalog, every vintage of every \
        imported figure, and the import log. With --document, the targets of an allocation \
        document (text, .xlsx, .docx or .pdf) become the workspace's catalog; link them to data \
        with `catalog link --suggest`.

        Examples:
          targettrack init
          targettrack init --workspace ~/hlj-2013.sqlite
          targettrack init --document 分工意见.txt --year 2018
        """)

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "An allocation document whose targets become the catalog.", completion: .file())
    var document: String?

    @Option(help: "Plan year, instead of the one read from the document.")
    var year: Int?

    func run() throws {
        guard let document else {
            _ = try workspace.open(.create)
            print("workspace ready: \(workspace.path)")
            return
        }
        let result = try workspace.tracker(.create).initialise(document: document, year: year)
        FileHandle.standardError.write(Data(result.summary(document: document).utf8))
        print("workspace ready: \(workspace.path), catalog of \(result.catalog.targets.count) targets from \(document)")
    }
}
