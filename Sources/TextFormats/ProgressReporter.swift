import Foundation

/// Where long work tells its steps: standard error on a terminal, a server's log, or nowhere.
public struct ProgressReporter: Sendable {
    private let sink: (@Sendable (String) -> Void)?

    /// A reporter that hands each step's message to `sink`.
    public init(_ sink: @escaping @Sendable (String) -> Void) {
        self.sink = sink
    }

    private init() {
        sink = nil
    }

    /// Reports nothing.
    public static let silent = ProgressReporter()

    /// Whether anything is listening (work that must count to report can skip counting when not).
    public var isActive: Bool { sink != nil }

    /// `… message` lines on standard error, only when it is a terminal (never in pipes or logs).
    public static let terminal: ProgressReporter = isatty(FileHandle.standardError.fileDescriptor) == 1
        ? ProgressReporter { FileHandle.standardError.write(Data("… \($0)\n".utf8)) }
        : .silent

    /// Reports one step.
    public func step(_ message: String) { sink?(message) }
}
