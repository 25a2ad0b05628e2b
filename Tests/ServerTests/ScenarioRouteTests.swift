import Foundation
import Reporting
import Scenarios
import Testing
import TargetTrackKit
@testable import Server

@Suite("Dashboard scenarios")
struct ScenarioRouteTests {
    static let file = DashboardHarness.data + "/scenarios/q4-investment-slowdown.yaml"

    @Test("an analyst's scenario over the API gives `scenario run --format json`'s JSON; bad files get 422 with file:line")
    func api() async throws {
        let harness = try DashboardHarness()
        let text = try String(contentsOfFile: Self.file, encoding: .utf8)
        let expected = TableDocument.scenarios(try TargetTracker(store: harness.workspace).compare([try ScenarioFile.parse(text, file: "q4.yaml")]),
                                               language: .zh).rendered(as: .json)
        try await harness.serving { client in
            try await client.logIn("analyst")
            let token = Client.csrf(in: try await client.request("GET", "/scenarios").body)
            #expect(!token.isEmpty)
            #expect(try await client.request("POST", "/api/scenarios?file=q4.yaml", body: Data(text.utf8)).status == 403)
            let reply = try await client.request("POST", "/api/scenarios?file=q4.yaml", body: Data(text.utf8), headers: ["X-CSRF-Token": token])
            #expect(reply.status == 200)
            #expect(reply.body == expected)
            let unknown = text.replacingOccurrences(of: "series: retail", with: "series: no_such_series")
            let rejected = try await client.request("POST", "/api/scenarios?file=q4.yaml", body: Data(unknown.utf8), headers: ["X-CSRF-Token": token])
            #expect(rejected.status == 422)
            #expect(rejected.body.contains("q4.yaml:") && rejected.body.contains("no_such_series"))
            let broken = try await client.request("POST", "/api/scenarios", body: Data("name: x\nas_of: 2013-09\nshocks: [".utf8), headers: ["X-CSRF-Token": token])
            #expect(broken.status == 422 && broken.body.contains("scenario.yaml:"))
        }
    }

    @Test("the scenario form runs the picked shocks beside the baseline; leadership and departments get 403")
    func form() async throws {
        let harness = try DashboardHarness()
        try await harness.serving { client in
            try await client.logIn("analyst")
            let page = try await client.request("GET", "/scenarios?as_of=2013-09")
            #expect(page.status == 200 && page.body.contains(#"<option value="fai">"#))
            var form = ["csrf": Client.csrf(in: page.body), "name": "投资放缓", "as_of": "2013-09",
                        "series1": "fai", "kind1": "month_growth", "months1": "10-12", "value1": "15"]
            let run = try await client.request("POST", "/scenarios", form: form)
            #expect(run.status == 200)
            #expect(run.body.contains("assumption-row") && run.body.contains("投资放缓") && run.body.contains(#"id="scenario""#))
            #expect(!run.body.contains("<script>") && run.body.contains(#"<script src="/static/report.js"></script>"#))
            form["value1"] = "fast"
            form["months1"] = "13"
            let wrong = try await client.request("POST", "/scenarios", form: form)
            #expect(wrong.status == 422)
            #expect(wrong.body.contains("shock 1 (fai)") && wrong.body.contains("投资放缓"))

            for name in ["leader", "zhujian"] {
                try await client.logIn(name)
                #expect(try await client.request("GET", "/scenarios").status == 403, "\(name)")
                let token = Client.csrf(in: try await client.request("GET", name == "leader" ? "/" : "/reports").body)
                #expect(try await client.request("POST", "/scenarios", form: form.merging(["csrf": token]) { $1 }).status == 403, "\(name)")
                #expect(try await client.request("POST", "/api/scenarios", body: Data("name: x".utf8), headers: ["X-CSRF-Token": token]).status == 403, "\(name)")
            }
        }
    }
}
