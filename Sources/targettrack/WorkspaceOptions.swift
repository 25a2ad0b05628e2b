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

    /// Opens the workspace: reading commands open it read-only and never create one; a writer
    /// that waits for another process says so on standard error.
    func open(_ access: Workspace.Access = .read) throws -> Workspace {
        try Workspace(path: path, access: access) { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
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
