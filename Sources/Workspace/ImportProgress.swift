/// A report of how far an import has come: `report` is called with the rows stored so far every
/// `interval` rows (on the importing thread, inside the file's transaction), so a long import can
/// show that it is moving.
public struct ImportProgress {
    public var interval: Int
    public var report: (_ rowsSoFar: Int) -> Void

    public init(every interval: Int = 500_000, report: @escaping (_ rowsSoFar: Int) -> Void) {
        precondition(interval > 0, "a progress interval must be positive")
        self.interval = interval
        self.report = report
    }
}
