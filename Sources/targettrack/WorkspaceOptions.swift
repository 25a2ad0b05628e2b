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

    /// Opens the workspace: reading commands open it read-only and never create one; a writer
    /// that waits for another process says so on standard error.
    func open(_ access: Workspace.Access = .read) throws -> Workspace {
        try Workspace(path: path, access: access) { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
    }

    /// The application on the workspace, opened for reading unless `access` says otherwise.
    func tracker(_ access: Workspace.Access = .read) throws -> TargetTracker {
        TargetTracker(store: try open(access))
    }
}

extension Month: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
