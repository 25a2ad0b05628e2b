/// What went wrong reading or writing a text file, said so that a user can act on it.
public enum TextFormatsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason):
            return "\(path): cannot write the file: \(reason)"
        }
    }
}
