import ArgumentParser

/// `targettrack init`: create (or upgrade) a workspace.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace file, or upgrade one made by an older TargetTrack.",
        discussion: """
        The workspace is one SQLite file holding the target catalog, every vintage of every \
        imported figure, and the import log.

        Examples:
          targettrack init
          targettrack init --workspace ~/hlj-2013.sqlite
        """)

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        _ = try workspace.open(.create)
        print("workspace ready: \(workspace.path)")
    }
}
