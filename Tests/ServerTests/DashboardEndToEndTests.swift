import Foundation
import Scenarios
import TargetModel
import TargetTrackKit
import Testing
import Workspace

/// One run of `Checks/dashboard_browser.py`: a server on the Heilongjiang workspace, one headless
/// Chromium session that logs in as each role in turn, and what the workspace holds afterwards.
/// Every test of the suite reads the same run (made on first use).
struct BrowserRun: Sendable {
    struct Check: Sendable {
        var name: String
        var ok: Bool
        var detail: String
    }

    var checks: [Check]
    var errors: String
    var imports: [ImportRecord]
    var vintagesBefore: Int
    var vintagesAfter: Int
    var reports: [FiledProgressReport]
    var task: String

    static let shared = Task { try await run() }

    static func run() async throws -> BrowserRun {
        let harness = try DashboardHarness()
        let workspace = harness.workspace
        let catalog = try workspace.catalog()
        guard let key = try workspace.account(named: "zhujian")?.department, let otherKey = try workspace.account(named: "fagai")?.department,
              let own = catalog.targets.first(where: { ($0.leadGroups + $0.coGroups).contains(key) }),
              let other = catalog.targets.first(where: { !($0.leadGroups + $0.coGroups).contains(key) }),
              let task = catalog.targets.first(where: { $0.kind == .milestone && $0.leadGroups.contains(key) }) else {
            throw CheckError(message: "the Heilongjiang workspace lacks the departments and targets the browser run needs")
        }
        // The scenario the analyst picks in the form, run through the library: the targets it moves.
        let scenario = Scenario(name: "browser", asOf: .month(year: 2013, month: 9),
                                shocks: [Shock(series: "fai", kind: .monthGrowth(15), months: 10...12), Shock(series: "retail", kind: .addPercentagePoints(-1))])
        let changed = try TargetTracker(store: workspace).compare([scenario]).rows.filter { row in
            row.baseline.projection.projection != nil && row.projectionChanges.contains { ($0.map { abs($0) } ?? 0) >= 0.005 }
        }.map(\.target.id)
        let vintagesBefore = try workspace.vintageCount()
        let newest = try TargetTracker(store: workspace).resolve(nil)
        var outcome = PythonChecks.Outcome(status: -1, output: "", errors: "")
        try await harness.serving { client in
            let plan: [String: Any] = [
                "base": client.base, "password": DashboardHarness.password, "chromium": PythonChecks.chromium ?? "",
                "chromedriver": PythonChecks.chromedriver ?? "", "as_of": "2013-09", "newest": "\(newest)", "department": key, "other_department": otherKey,
                "own_target": own.id, "other_target": other.id, "other_indicator": other.indicator, "task": task.id,
                "scenario_changed": changed,
                "bad_file": "series,period,measure,value,unit,released,source\ngdp,2013-10,ytd_growth,10.1,%,2013-11-15,test\ngdp,2013-11,ytd_growth,abc,%,2013-12-15,test\n",
            ]
            let file = harness.folder.appendingPathComponent("plan.json")
            try JSONSerialization.data(withJSONObject: plan).write(to: file)
            outcome = try await PythonChecks.script("dashboard_browser.py", [file.path], environment: ["SE_OFFLINE": "true"])
        }
        let checks = outcome.output.split(separator: "\n").compactMap { line -> Check? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let name = object["check"] as? String, let ok = object["ok"] as? Bool else { return nil }
            return Check(name: name, ok: ok, detail: object["detail"] as? String ?? "")
        }
        return BrowserRun(checks: checks, errors: outcome.errors, imports: try workspace.importLog(), vintagesBefore: vintagesBefore, vintagesAfter: try workspace.vintageCount(),
                          reports: try workspace.progressReports(target: task.id), task: task.id)
    }

    /// Expects the run to have finished and every check of `role` (at least `count` of them) to pass.
    func expectRole(_ role: String, atLeast count: Int) {
        #expect(checks.contains { $0.name == "done" }, "the browser run stopped early: \(errors.suffix(2000))")
        let mine = checks.filter { $0.name.hasPrefix(role + ".") }
        #expect(mine.count >= count, "\(role): \(mine.count) checks ran")
        for check in mine { #expect(check.ok, "\(check.name): \(check.detail)") }
    }
}

@Suite("Dashboard end to end in Chromium", .enabled(if: PythonChecks.chromium != nil && PythonChecks.chromedriver != nil && PythonChecks.hasPython,
                                                    "needs Debian's chromium, chromium-driver and python3 (make test installs them)"))
struct DashboardEndToEndTests {
    @Test("an administrator sees imports and the audit log; an upload with a bad row shows file:line:column and stores nothing")
    func administrator() async throws {
        let run = try await BrowserRun.shared.value
        run.expectRole("administrator", atLeast: 8)
        #expect(!run.imports.contains { $0.file.hasSuffix("bad.csv") })
        // The only new vintage is the department's progress report.
        #expect(run.vintagesAfter == run.vintagesBefore + run.reports.count)
    }

    @Test("an analyst reads everything, is refused imports, and runs a scenario picked in the form against the baseline")
    func analyst() async throws {
        try await BrowserRun.shared.value.expectRole("analyst", atLeast: 10)
    }

    @Test("a department sees only its own targets, gets 403 elsewhere, and files a progress report through the form")
    func department() async throws {
        let run = try await BrowserRun.shared.value
        run.expectRole("department", atLeast: 15)
        #expect(run.reports.map(\.author) == ["zhujian"] && run.reports.first?.report.state == .late)
    }

    @Test("leadership reads the overview with the department's report on it, and nothing it may not do")
    func leadership() async throws {
        try await BrowserRun.shared.value.expectRole("leadership", atLeast: 12)
    }
}
