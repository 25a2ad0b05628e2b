import ArgumentParser
import Foundation
import TargetModel
import Workspace

/// `--workspace PATH`, shared by every command that reads or writes the workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The workspace file (default: $TARGETTRACK_WORKSPACE, else ./targettrack.sqlite).",
        valueName: "path"))
    var workspace: String?

    /// The path in use: the option, else the environment variable, else the default.
    var path: String {
        workspace ?? ProcessInfo.processInfo.environment["TARGETTRACK_WORKSPACE"] ?? "targettrack.sqlite"
    }

    /// Opens (creating or upgrading) the workspace.
    func open() throws -> Workspace {
        try Workspace(path: path)
    }
}

extension Workspace {
    /// The catalog, which the projecting commands need: a workspace without one is a failure that
    /// says how to import one.
    func requiredCatalog() throws -> Catalog {
        let catalog = try catalog()
        guard !catalog.targets.isEmpty else {
            throw CommandFailure("\(path): the workspace has no catalog yet; import one with `targettrack catalog import FILE`")
        }
        return catalog
    }
}
