/// Why a release file could not be read, said so that a user can act on it: where (file and
/// line and column, or sheet and cell) and what was expected there.
public struct ReleaseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The offending place; its `file` alone when the problem is the whole file.
    public var location: ReleaseLocation?
    public var file: String
    public var message: String

    public init(_ location: ReleaseLocation, _ message: String) {
        self.location = location
        self.file = location.file
        self.message = message
    }

    public init(file: String, _ message: String) {
        self.location = nil
        self.file = file
        self.message = message
    }

    public var description: String {
        "\(location.map(String.init(describing:)) ?? file): \(message)"
    }
}
