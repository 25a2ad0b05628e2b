import ArgumentParser
import Foundation
import TargetModel
import TargetTrackKit
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

    /// The application on the workspace.
    func tracker() throws -> TargetTracker {
        TargetTracker(store: try open())
    }
}

extension Month: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
