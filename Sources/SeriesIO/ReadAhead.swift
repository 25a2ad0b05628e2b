import Foundation

/// Reads an observation source on a background thread, a few thousand rows ahead of its
/// consumer, so that parsing a file and storing its rows run on two cores.
///
/// The rows, their order, the errors (at the same row) and the counts are the source's own.
/// Memory is bounded: at most `queuedBatches` batches of `batchSize` rows wait.
///
/// Edge Cases: when the consumer stops early (an error while storing), `deinit` stops the
/// background thread at its next batch.
public final class ReadAhead<Source: ObservationSource>: ObservationSource {
    public let file: String
    private let shared: Shared
    private var batch: [SourcedObservation] = []
    private var nextIndex = 0

    public static var batchSize: Int { 4096 }
    static var queuedBatches: Int { 4 }

    /// Starts reading `source` in the background.
    public init(_ source: Source) {
        file = source.file
        shared = Shared(source: source)
        let shared = shared
        let thread = Thread { shared.produce() }
        thread.name = "read-ahead \(source.file)"
        thread.start()
    }

    deinit {
        shared.cancel()
    }

    public var missingCount: Int { shared.finished?.missingCount ?? 0 }
    public var checksum: String? { shared.finished?.checksum }

    public func next() throws -> SourcedObservation? {
        if nextIndex == batch.count {
            guard let filled = try shared.take() else { return nil }
            batch = filled
            nextIndex = 0
        }
        nextIndex += 1
        return batch[nextIndex - 1]
    }

    /// The state both threads use, behind one lock. The source itself is touched only by the
    /// background thread until it has finished.
    private final class Shared: @unchecked Sendable {
        private var source: Source
        private let condition = NSCondition()
        private var queue: [Result<[SourcedObservation], Error>] = []
        private var cancelled = false
        /// Set when the source is exhausted: its counts for the consumer.
        private(set) var finished: (missingCount: Int, checksum: String?)? {
            get { condition.withLock { finishedValue } }
            set { condition.withLock { finishedValue = newValue } }
        }
        private var finishedValue: (missingCount: Int, checksum: String?)?
        private var ended = false

        init(source: Source) {
            self.source = source
        }

        /// The background thread's loop.
        func produce() {
            while true {
                var rows: [SourcedObservation] = []
                rows.reserveCapacity(ReadAhead.batchSize)
                let outcome: Result<[SourcedObservation], Error>
                do {
                    while rows.count < ReadAhead.batchSize, let row = try source.next() { rows.append(row) }
                    outcome = .success(rows)
                } catch {
                    outcome = .failure(error)
                }
                let done = rows.count < ReadAhead.batchSize
                if done, case .success = outcome { finished = (source.missingCount, source.checksum) }
                condition.lock()
                while queue.count >= ReadAhead.queuedBatches && !cancelled { condition.wait() }
                if cancelled {
                    condition.unlock()
                    return
                }
                queue.append(outcome)
                let failed = if case .failure = outcome { true } else { false }
                let last = done || failed
                ended = last
                condition.broadcast()
                condition.unlock()
                if last { return }
            }
        }

        /// The next batch, `nil` when the source is exhausted.
        func take() throws -> [SourcedObservation]? {
            condition.lock()
            defer { condition.unlock() }
            while queue.isEmpty {
                if ended { return nil }
                condition.wait()
            }
            let outcome = queue.removeFirst()
            condition.broadcast()
            let rows = try outcome.get()
            return rows.isEmpty ? nil : rows
        }

        func cancel() {
            condition.withLock {
                cancelled = true
                condition.broadcast()
            }
        }
    }
}
