import Foundation
import Reporting
import Risk
import TargetModel
import TargetTrackKit
import Workspace

/// A month's results, computed once per workspace revision and shared by every reader.
///
/// The key is the month asked for (`nil`: the newest with data) and the store's revision, which
/// changes with every import, progress report, catalog or document change (`OfficeStore.revision`).
/// Concurrent requests for the same key wait for the one computation; a newer revision drops
/// everything computed on older ones, results and rendered pages alike.
actor ResultCache {
    struct Key: Hashable {
        var month: Month?
        var revision: Int
    }

    struct PageKey: Hashable {
        var key: Key
        var page: String
    }

    private let tracker: TargetTracker
    private var revision: Int?
    private var months: [Key: Task<MonthlyResults, any Error>] = [:]
    private var pages: [PageKey: String] = [:]
    private var ranked: [Key: [TargetAssessment]] = [:]
    /// Rendered pages kept at most (filters and page numbers make many; a national overview page is
    /// about 1 MB, so at most ~200 MB); beyond it they are all dropped and rendered again.
    static let maxPages = 200

    init(tracker: TargetTracker) {
        self.tracker = tracker
    }

    /// The results of a month at a revision, computing them when no reader has yet.
    func results(_ month: Month?, revision: Int) async throws -> MonthlyResults {
        if revision > self.revision ?? .min {
            months.removeAll()
            pages.removeAll()
            ranked.removeAll()
            self.revision = revision
        }
        let key = Key(month: month, revision: revision)
        if let task = months[key] { return try await task.value }
        let tracker = tracker
        let task = Task.detached { try tracker.month(month) }
        months[key] = task
        do {
            return try await task.value
        } catch {
            months[key] = nil
            throw error
        }
    }

    /// A page rendered from a month's results, rendering it when no reader has yet at this revision.
    func page(_ name: String, month: Month?, revision: Int, render: @Sendable (MonthlyResults) throws -> String?) async throws -> String? {
        let results = try await results(month, revision: revision)
        let key = PageKey(key: Key(month: month, revision: revision), page: name)
        if let page = pages[key] { return page }
        guard let page = try render(results) else { return nil }
        if self.revision == revision {
            if pages.count >= Self.maxPages { pages.removeAll() }
            pages[key] = page
        }
        return page
    }

    /// A month's results with its assessments riskiest first (`RiskOrder`), sorted once per key.
    func ranked(_ month: Month?, revision: Int) async throws -> (MonthlyResults, [TargetAssessment]) {
        let results = try await results(month, revision: revision)
        let key = Key(month: month, revision: revision)
        if let order = ranked[key] { return (results, order) }
        let order = RiskOrder.riskiestFirst.sorted(results.assessments)
        if self.revision == revision { ranked[key] = order }
        return (results, order)
    }
}

/// Slows password guessing: after `allowedFailures` wrong passwords in a row for an account, each
/// further attempt must wait (30 s, doubling with every further failure, at most 15 minutes),
/// and is refused with 429 before the password is even checked until then.
actor LoginThrottle {
    private struct Failures {
        var count: Int
        var last: ContinuousClock.Instant
    }

    let allowedFailures: Int
    private var failures: [String: Failures] = [:]

    init(allowedFailures: Int) {
        self.allowedFailures = allowedFailures
    }

    /// How long the account must still wait before an attempt, `nil` when it may try now.
    func wait(for account: String) -> Duration? {
        guard let f = failures[account], f.count >= allowedFailures else { return nil }
        let exponent = min(f.count - allowedFailures, 5)
        let delay = min(Duration.seconds(30 * (1 << exponent)), .seconds(900))
        let remaining = ContinuousClock.now.duration(to: f.last.advanced(by: delay))
        return remaining > .zero ? remaining : nil
    }

    func failed(_ account: String) {
        failures[account] = Failures(count: (failures[account]?.count ?? 0) + 1, last: .now)
    }

    func succeeded(_ account: String) {
        failures[account] = nil
    }
}
