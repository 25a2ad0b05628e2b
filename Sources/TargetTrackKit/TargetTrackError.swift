/// Why the application cannot do what a front end asked, in one line naming the workspace or file
/// (the command line prints it as `Error: <message>` with exit code 1, no usage text).
public struct TargetTrackError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ message: String) {
        description = message
    }
}
