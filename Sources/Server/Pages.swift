import Foundation
import Hummingbird
import Reporting
import Risk
import TargetModel
import TargetTrackKit
import Workspace

/// Who may see what: a department sees only the targets it leads or co-organises (by department
/// key, `Target.leadGroups`/`coGroups`) and its own department page; every other role sees all.
extension DashboardSession {
    var readsEverything: Bool { role != .department }

    func maySee(_ target: Target) -> Bool {
        readsEverything || department.map { (target.leadGroups + target.coGroups).contains($0) } == true
    }

    func maySee(department name: String) -> Bool {
        readsEverything || department == name
    }

    /// A department reports on its own targets; an administrator may report for any.
    func mayReport(on target: Target) -> Bool {
        role == .administrator || (role == .department && maySee(target))
    }

    /// The item of target `id` among `items` if this session may see it: the one place of the
    /// access rule for a target's page, API and reports — 404 when the catalog has no such
    /// target, 403 (never the data) when it is another department's.
    func visible<Item>(_ id: String, among items: [Item], target: (Item) -> Target) throws -> Item {
        guard let item = items.first(where: { target($0).id == id }) else {
            throw HTTPError(.notFound, message: "no target \(id) in the catalog")
        }
        guard maySee(target(item)) else { throw HTTPError(.forbidden, message: "\(id) is not a target of \(department ?? "")") }
        return item
    }
}

/// What every page and API call reads from the query: the month (`as_of=YYYY-MM`) and the
/// language (`lang=zh|en`).
struct PageQuery {
    var month: Month?
    var language: Language

    init(_ request: Request, default language: Language) throws {
        let query = request.uri.queryParameters
        if let text = query.get("as_of"), !text.isEmpty {
            guard let month = Month(text) else {
                throw HTTPError(.badRequest, message: "as_of '\(text)' is not a month; expected YYYY-MM, e.g. 2013-09")
            }
            self.month = month
        }
        if let text = query.get("lang"), !text.isEmpty {
            guard let language = Language(rawValue: text) else {
                throw HTTPError(.badRequest, message: "lang '\(text)' is not zh or en")
            }
            self.language = language
        } else {
            self.language = language
        }
    }

    /// The query string that keeps the month and language on links (`?as_of=2013-09&lang=en`).
    func suffix(_ defaultLanguage: Language) -> String {
        let items = [month.map { "as_of=\($0)" }, language == defaultLanguage ? nil : "lang=\(language.rawValue)"].compactMap { $0 }
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }
}

/// HTML responses.
enum HTMLResponse {
    static let bannerMarker = "<!--targettrack-banner-->"
    static let appendixMarker = "<!--targettrack-appendix-->"

    /// The report pages' embedding on the server: linked assets, and a marker where each
    /// request's navigation bar goes (so one rendering serves every reader).
    static let embedding = HTMLEmbedding(
        assets: .linked(stylesheets: ["/static/report.css", "/static/dashboard.css"], scripts: ["/static/report.js", "/static/dashboard.js"]),
        banner: bannerMarker)

    static func page(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A page of the dashboard's own (login, reports, imports) in the report's look.
    static func shell(title: String, language l: Language, banner: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(l.pick("zh-CN", "en"))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escapedHTML(title))</title>
        <link rel="stylesheet" href="/static/report.css">
        <link rel="stylesheet" href="/static/dashboard.css">
        </head>
        <body data-script="pending">
        \(banner)<h1>\(escapedHTML(title))</h1>
        \(body)
        <script src="/static/dashboard.js"></script>
        </body>
        </html>

        """
    }

    /// The navigation bar: overview (or the department's page), the month picker, who is logged
    /// in and the logout button.
    static func banner(_ session: DashboardSession, query: PageQuery, asOf: Month?) -> String {
        let l = query.language
        var links: [String] = []
        if session.readsEverything { links.append(#"<a href="/">\#(l.pick("总览", "Overview"))</a>"#) }
        if let department = session.department {
            links.append(#"<a href="/departments/\#(escapedHTML(department.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? department))">\#(escapedHTML(department))</a>"#)
        }
        if Dashboard.scenarioRoles.contains(session.role) {
            links.append(#"<a href="/scenarios">\#(l.pick("情景分析", "Scenarios"))</a>"#)
        }
        if session.role == .department || session.role == .administrator {
            links.append(#"<a href="/reports">\#(l.pick("进展报送", "Progress reports"))</a>"#)
        }
        if session.role == .administrator {
            links.append(#"<a href="/imports">\#(l.pick("数据导入", "Imports"))</a>"#)
            links.append(#"<a href="/audit">\#(l.pick("操作日志", "Audit log"))</a>"#)
        }
        let month = #"<form class="as-of" method="get"><label>\#(l.pick("截至", "As of")) <input type="month" name="as_of" value="\#(asOf.map { "\($0)" } ?? "")"></label>"#
            + (query.language == .en ? #"<input type="hidden" name="lang" value="en">"# : "")
            + #"<button type="submit">\#(l.pick("查看", "Show"))</button></form>"#
        let who = #"<span class="who">\#(escapedHTML(session.account)) · \#(escapedHTML(session.role.rawValue))</span>"#
        let logout = #"<form class="logout" method="post" action="/logout"><input type="hidden" name="csrf" value="\#(session.csrf)"><button type="submit">\#(l.pick("退出", "Log out"))</button></form>"#
        return #"<nav class="dashboard">"# + links.joined(separator: " ") + month + who + logout + "</nav>\n"
    }
}

extension Dashboard {
    /// The month's results as of the query's month, computed once per workspace revision.
    func results(_ query: PageQuery) async throws -> MonthlyResults {
        try await results.results(query.month, revision: try office.revision())
    }

    /// A report page from the cache, with this reader's navigation bar.
    /// - Parameters:
    ///   - slice: the part of the month the page shows (the overview's page), else all of it.
    ///   - top: HTML put under the navigation bar (the overview's pager).
    func reportPage(_ name: String, query: PageQuery, session: DashboardSession, slice: OverviewSlice? = nil, top: String = "",
                    render: @escaping @Sendable (HTMLReport) -> String?) async throws -> String? {
        let language = query.language
        guard let page = try await results.page("\(name)|\(language.rawValue)", month: query.month, revision: try office.revision(), render: { month in
            var report = HTMLReport(asOf: month.asOf.period, assessments: slice?.targets ?? month.assessments,
                                    departments: slice?.departments ?? month.departments, language: language)
            report.embedding = HTMLResponse.embedding
            return render(report).map { top.isEmpty ? $0 : $0.replacingFirst(HTMLResponse.bannerMarker, with: HTMLResponse.bannerMarker + top) }
        }) else { return nil }
        let asOf = try await results(query).asOf
        return page.replacingFirst(HTMLResponse.bannerMarker, with: HTMLResponse.banner(session, query: query, asOf: asOf))
    }

    func addPageRoutes(to router: Router<DashboardContext>) {
        let language = configuration.language

        router.get("/") { request, context -> Response in
            let session = try context.requireSession(request)
            let query = try PageQuery(request, default: language)
            guard session.readsEverything else {
                guard let department = session.department else { throw HTTPError(.forbidden, message: "the account has no department") }
                let path = "/departments/" + (department.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? department)
                return Response(status: .seeOther, headers: [.location: path + query.suffix(language)])
            }
            let overview = try OverviewQuery(request)
            let (month, ranked) = try await results.ranked(query.month, revision: try office.revision())
            let slice = OverviewSlice(month, ranked: ranked, query: overview)
            let html = try await reportPage("overview \(overview)", query: query, session: session, slice: slice,
                                            top: slice.pager(overview, base: query, defaultLanguage: language)) { $0.html }
            return HTMLResponse.page(html ?? "")
        }

        router.get("/targets/:id") { request, context -> Response in
            let session = try context.requireSession(request)
            let query = try PageQuery(request, default: language)
            let id = try context.parameters.require("id")
            let month = try await results(query)
            let assessment = try session.visible(id, among: month.assessments, target: \.target)
            guard let html = try await reportPage("target \(id)", query: query, session: session, render: { $0.targetPage(id, appendix: HTMLResponse.appendixMarker) }) else {
                throw HTTPError(.notFound, message: "no target \(id)")
            }
            let appendix = try reportsSection(assessment.target, session: session, language: query.language)
            return HTMLResponse.page(html.replacingFirst(HTMLResponse.appendixMarker, with: appendix))
        }

        router.get("/departments/:name") { request, context -> Response in
            let session = try context.requireSession(request)
            let query = try PageQuery(request, default: language)
            let name = try context.parameters.require("name").removingPercentEncoding ?? ""
            guard session.maySee(department: name) else { throw HTTPError(.forbidden, message: "\(session.account) may see only \(session.department ?? "")") }
            guard let html = try await reportPage("department \(name)", query: query, session: session, render: { $0.departmentPage(name) }) else {
                throw HTTPError(.notFound, message: "no department \(name) in the catalog")
            }
            return HTMLResponse.page(html)
        }
    }
}

extension String {
    /// The text with the first `marker` replaced: a cached page's marker sits near its top, so
    /// this stops early and copies the page once (Foundation's `replacingOccurrences` scans and
    /// bridges the whole megabyte page).
    func replacingFirst(_ marker: String, with replacement: String) -> String {
        guard let range = range(of: marker) else { return self }
        return self[..<range.lowerBound] + replacement + self[range.upperBound...]
    }
}
