/// What went wrong reading or writing a text file, said so that a user can act on it.
public enum TextFormatsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)
    /// A file could not be opened or read.
    case cannotRead(path: String, reason: String)
    /// The text is not well-formed CSV at `location`; `message` says what was expected.
    case malformedCSV(location: TextLocation, message: String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason):
            return "\(path): cannot write the file: \(reason)"
        case let .cannotRead(path, reason):
            return "\(path): cannot read the file: \(reason)"
        case let .malformedCSV(location, message):
            return "\(location): \(message)"
        }
    }
}
