import Foundation
import Reporting
import TargetModel
import Testing
import TargetTrackKit
import Workspace
@testable import Server

@Suite("Dashboard", .serialized)
struct DashboardTests {
    @Test("pages carry the security headers and no inline script; the API gives the CLI's JSON")
    func pagesAndAPI() async throws {
        let harness = try DashboardHarness()
        try await harness.serving { client in
            #expect(try await client.request("GET", "/").status == 303)
            #expect(try await client.request("GET", "/api/overview").status == 401)
            let login = try await client.logIn("leader")
            #expect(login.status == 303)
            let cookie = login.header("Set-Cookie") ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
            let overview = try await client.request("GET", "/?as_of=2013-09")
            #expect(overview.status == 200)
            #expect(overview.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
            #expect(overview.header("Content-Security-Policy")?.contains("unsafe-inline") == false)
            #expect(overview.header("X-Content-Type-Options") == "nosniff")
            #expect(overview.header("Referrer-Policy") != nil)
            #expect(!overview.body.contains("<script>") && !overview.body.contains("<style>"))
            #expect(overview.body.contains(#"<script src="/static/report.js"></script>"#))
            #expect(overview.body.contains("截至2013-09") && overview.body.contains("需要关注的目标"))
            #expect(try await client.request("GET", "/static/report.js").body == HTMLEmbedding.script)

            let api = try Self.object(try await client.request("GET", "/api/overview?as_of=2013-09").body)
            let month = try TargetTracker(store: harness.workspace).month(Month("2013-09"))
            let cli = try Self.object(TableDocument.risks(month.assessments, departments: month.departments, asOf: month.asOf.period,
                                                          language: .zh).rendered(as: .json))
            #expect(api["targets"] as? NSArray == cli["targets"] as? NSArray && api["departments"] as? NSArray == cli["departments"] as? NSArray)
            #expect(api["total"] as? Int == month.assessments.count && api["pages"] as? Int == 1)
            #expect(try await client.request("GET", "/api/overview?as_of=2013-13").status == 400)
            #expect(try await client.request("GET", "/targets/T001?as_of=2013-09").body.contains("地区生产总值"))
            #expect(try await client.request("GET", "/openapi.yaml").body.hasPrefix("openapi: 3"))
        }
    }

    @Test("a department sees its own targets and department, and gets 403 for another's target, page or API")
    func departmentScope() async throws {
        let harness = try DashboardHarness()
        let catalog = try harness.workspace.catalog()
        let key = try #require(try harness.workspace.account(named: "zhujian")?.department)
        #expect(key != "省发改委")
        let own = try #require(catalog.targets.first { ($0.leadGroups + $0.coGroups).contains(key) })
        let other = try #require(catalog.targets.first { !($0.leadGroups + $0.coGroups).contains(key) })
        try await harness.serving { client in
            try await client.logIn("zhujian")
            let home = try await client.request("GET", "/")
            #expect(home.status == 303 && home.header("Location")?.hasPrefix("/departments/") == true)
            let department = "/departments/" + key.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            #expect(try await client.request("GET", department + "?as_of=2013-09").status == 200)
            #expect(try await client.request("GET", "/targets/\(own.id)?as_of=2013-09").status == 200)
            #expect(try await client.request("GET", "/api/targets/\(own.id)?as_of=2013-09").status == 200)
            let otherKey = try #require(try harness.workspace.account(named: "fagai")?.department)
            let elsewhere = "/departments/" + otherKey.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let apiElsewhere = "/api/departments/" + otherKey.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            for path in ["/targets/\(other.id)", "/api/targets/\(other.id)", "/api/targets/\(other.id)/reports", elsewhere, apiElsewhere, "/api/overview", "/imports"] {
                let reply = try await client.request("GET", path + "?as_of=2013-09")
                #expect(reply.status == 403, "\(path)")
                #expect(!reply.body.contains(other.indicator), "\(path)")
            }
        }
    }

    @Test("a department files a progress report with its CSRF token; without it the report is refused")
    func progressReport() async throws {
        let harness = try DashboardHarness()
        let catalog = try harness.workspace.catalog()
        let key = try #require(try harness.workspace.account(named: "zhujian")?.department)
        let task = try #require(catalog.targets.first { $0.kind == .milestone && $0.leadGroups.contains(key) })
        try await harness.serving { client in
            try await client.logIn("zhujian")
            let page = try await client.request("GET", "/targets/\(task.id)?as_of=2013-09")
            let token = Client.csrf(in: page.body)
            #expect(!token.isEmpty)
            let form = ["state": "late", "amount": "", "note": "拆迁滞后", "date": "2013-09-20"]
            #expect(try await client.request("POST", "/targets/\(task.id)/reports", form: form).status == 403)
            #expect(try harness.workspace.progressReports(target: task.id).isEmpty)
            var signed = form
            signed["csrf"] = token
            #expect(try await client.request("POST", "/targets/\(task.id)/reports", form: signed).status == 303)
            let reports = try harness.workspace.progressReports(target: task.id)
            #expect(reports.map(\.author) == ["zhujian"] && reports.first?.report.state == .late)
            #expect(try harness.workspace.auditLog(limit: 5).contains { $0.action == "report.file" && $0.subject == task.id })
            let api = try await client.request("GET", "/api/targets/\(task.id)?as_of=2013-09")
            #expect(api.body.contains(#""status":"late""#))
            try await client.logIn("leader")
            let overview = try await client.request("GET", "/?as_of=2013-09")
            #expect(overview.body.contains(#"<span class="id">\#(task.id)</span>"#))
            #expect(try await client.request("GET", "/api/overview?as_of=2013-08").body.contains(#""id":"\#(task.id)""#))
        }
    }

    @Test("a session past its expiry is refused")
    func expiredSession() async throws {
        let harness = try DashboardHarness()
        try await harness.serving(DashboardConfiguration(port: 0, sessionLifetime: .seconds(1))) { client in
            try await client.logIn("analyst")
            #expect(try await client.request("GET", "/api/targets/T001?as_of=2013-09").status == 200)
            try await Task.sleep(for: .milliseconds(1500))
            #expect(try await client.request("GET", "/api/targets/T001?as_of=2013-09").status == 401)
            #expect(try await client.request("GET", "/").status == 303)
        }
    }

    @Test("ten wrong passwords make the next attempt wait, even with the right password")
    func loginThrottle() async throws {
        let harness = try DashboardHarness()
        try await harness.serving { client in
            for _ in 0..<10 { #expect(try await client.logIn("fagai", password: "wrong password!").status == 401) }
            let next = try await client.logIn("fagai")
            #expect(next.status == 429)
            #expect(Int(next.header("Retry-After") ?? "") ?? 0 > 0)
            #expect(try await client.logIn("leader").status == 303)
        }
    }

    @Test("an upload with a bad row stores nothing and names file:line; a good one is imported")
    func upload() async throws {
        let harness = try DashboardHarness()
        let before = try harness.workspace.vintageCount()
        try await harness.serving { client in
            try await client.logIn("admin")
            let token = Client.csrf(in: try await client.request("GET", "/imports").body)
            let bad = Data("series,period,measure,value,unit,released,source\ngdp,2013-10,ytd_growth,10.1,%,2013-11-15,test\ngdp,2013-11,ytd_growth,abc,%,2013-12-15,test\n".utf8)
            #expect(try await client.request("POST", "/api/imports?file=bad.csv", body: bad).status == 403)
            let rejected = try await client.request("POST", "/api/imports?file=bad.csv", body: bad, headers: ["X-CSRF-Token": token])
            #expect(rejected.status == 422)
            #expect(rejected.body.contains("bad.csv:3"))
            #expect(try harness.workspace.vintageCount() == before)
            let good = Data("series,period,measure,value,unit,released,source\ngdp,2013-10,ytd_growth,10.1,%,2013-11-15,test\n".utf8)
            let accepted = try await client.request("POST", "/api/imports?file=good.csv", body: good, headers: ["X-CSRF-Token": token])
            #expect(accepted.status == 200)
            #expect(try harness.workspace.vintageCount() == before + 1)
            try await client.logIn("analyst")
            #expect(try await client.request("POST", "/api/imports?file=good.csv", body: good, headers: ["X-CSRF-Token": token]).status == 403)
        }
    }

    @Test("the overview comes a page at a time, riskiest first, filtered by status, department or indicator, in the API and the page")
    func overviewPages() async throws {
        let harness = try DashboardHarness()
        try await harness.serving { client in
            try await client.logIn("leader")
            let month = try TargetTracker(store: harness.workspace).month(Month("2013-09"))
            let riskiest = RiskOrder.riskiestFirst.sorted(month.assessments).map(\.target.id)
            let second = try Self.object(try await client.request("GET", "/api/overview?as_of=2013-09&per_page=50&page=2").body)
            #expect((second["targets"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == Array(riskiest[50..<100]))
            #expect(second["page"] as? Int == 2 && second["per_page"] as? Int == 50 && second["total"] as? Int == riskiest.count
                    && second["pages"] as? Int == (riskiest.count + 49) / 50)
            let offTrack = try Self.object(try await client.request("GET", "/api/overview?as_of=2013-09&status=off_track").body)
            let statuses = (offTrack["targets"] as? [[String: Any]])?.compactMap { $0["status"] as? String } ?? []
            #expect(!statuses.isEmpty && statuses.allSatisfy { $0 == "off_track" }
                    && statuses.count == month.assessments.filter { $0.status == .offTrack }.count)
            let department = try #require(month.assessments.first?.target.leadGroups.first)
            let own = try Self.object(try await client.request("GET", "/api/overview?as_of=2013-09&department=" + OverviewQuery.encoded(department)).body)
            #expect(own["total"] as? Int == month.assessments.filter { $0.target.leadGroups.contains(department) || $0.target.coGroups.contains(department) }.count)
            for bad in ["page=0", "per_page=5000", "status=fine", "page=x"] {
                #expect(try await client.request("GET", "/api/overview?" + bad).status == 400, "\(bad)")
            }
            let first = try await client.request("GET", "/?as_of=2013-09&per_page=50").body
            #expect(first.contains(#"rel="next" href="?as_of=2013-09&amp;page=2&amp;per_page=50""#) && !first.contains(#"rel="prev""#))
            #expect(first.contains(">\(riskiest[0]) ") || first.contains("\(riskiest[0])<"))
            #expect(!first.contains("/targets/\(riskiest[60])\""))
            let last = try await client.request("GET", "/?as_of=2013-09&per_page=50&page=\((riskiest.count + 49) / 50)").body
            #expect(last.contains(#"rel="prev""#) && !last.contains(#"rel="next""#))
            let whole = try await client.request("GET", "/?as_of=2013-09").body
            #expect(!whole.contains(#"class="pager""#))
        }
    }

    @Test("a national-panel workspace (one target per series) is served a page at a time")
    func nationalPanel() async throws {
        let harness = try DashboardHarness(nationalSeries: 800)
        try await harness.serving { client in
            try await client.logIn("leader")
            let first = try Self.object(try await client.request("GET", "/api/overview?as_of=2013-09").body)
            #expect(first["total"] as? Int == 800 && first["pages"] as? Int == 4 && (first["targets"] as? [Any])?.count == 200)
            let page = try await client.request("GET", "/?as_of=2013-09&page=4")
            #expect(page.status == 200 && page.body.contains(#"rel="prev""#) && !page.body.contains(#"rel="next""#))
            #expect(page.body.utf8.count < 2_000_000)
            #expect(try await client.request("GET", "/targets/B799?as_of=2013-09").status == 200)
            #expect(try await client.request("GET", "/targets/B800?as_of=2013-09").status == 404)
        }
    }

    static func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }
}

@Suite("Dashboard in Chromium")
struct DashboardBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("the login page's script runs under the Content-Security-Policy (linked, not inline)",
          .enabled(if: chromium != nil, "needs Debian's chromium (make test installs it)"))
    func scriptRunsUnderPolicy() async throws {
        let harness = try DashboardHarness()
        try await harness.serving { client in
            let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-serve-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: profile) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.chromium!)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                                 "--dump-dom", client.base + "/login"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(dom.contains(#"data-script="ok""#))
            #expect(dom.contains(#"name="csrf""#))
        }
    }
}
