/// A command-line failure with a one-line message naming the file and place; printed as
/// `Error: <message>` with exit code 1 (no usage text: the command line itself was fine).
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) {
        description = message
    }
}
