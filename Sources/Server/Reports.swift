import Foundation
import Hummingbird
import Reporting
import TargetModel
import Workspace

/// Progress reports (按月报送进展): a department's form per task, the list on each target's page,
/// and the page of its tasks.
extension Dashboard {
    /// The target page's appendix: the reports filed on it and, for who may report, the form.
    func reportsSection(_ target: Target, session: DashboardSession, language l: Language) throws -> String {
        let reports = try office.progressReports(target: target.id)
        var html = "<h2 id=\"reports\">\(l.pick("进展报送", "Progress reports"))</h2>"
        if reports.isEmpty {
            html += #"<p class="hint">\#(l.pick("尚无报送。", "No report yet."))</p>"#
        } else {
            let rows = reports.map { r in
                "<tr><td>\(escapedHTML(r.report.reportedOn.description))</td><td>\(escapedHTML(r.report.state.map { l == .zh ? $0.chinese : $0.rawValue } ?? ""))</td>"
                    + "<td>\(r.report.amount.map { escapedHTML("\($0) \(target.unit)") } ?? "")</td><td>\(escapedHTML(r.report.note))</td>"
                    + "<td>\(escapedHTML(r.author))</td><td>\(escapedHTML(r.filedAt))</td></tr>"
            }.joined()
            html += #"<table class="reports"><thead><tr><th>\#(l.pick("日期", "date"))</th><th>\#(l.pick("状态", "state"))</th><th>\#(l.pick("完成量", "amount done"))</th><th>\#(l.pick("说明", "note"))</th><th>\#(l.pick("报送人", "author"))</th><th>\#(l.pick("报送时间", "filed at"))</th></tr></thead><tbody>\#(rows)</tbody></table>"#
        }
        if session.mayReport(on: target) { html += reportForm(target, session: session, language: l) }
        return html
    }

    func reportForm(_ target: Target, session: DashboardSession, language l: Language) -> String {
        let states = target.kind == .milestone
            ? #"<label>\#(l.pick("状态", "State")) <select name="state" required>"#
                + MilestoneState.allCases.sorted { $0.code < $1.code }.map { #"<option value="\#($0.rawValue)">\#(l == .zh ? $0.chinese : $0.rawValue)</option>"# }.joined()
                + "</select></label>"
            : ""
        return """
            <form class="report" method="post" action="/targets/\(escapedHTML(target.id))/reports">
            <input type="hidden" name="csrf" value="\(session.csrf)">
            \(states)
            <label>\(l.pick("累计完成量", "Amount done")) (\(escapedHTML(target.unit.isEmpty ? "—" : target.unit))) <input name="amount" inputmode="decimal"></label>
            <label>\(l.pick("日期", "Date")) <input name="date" type="date" required></label>
            <label>\(l.pick("说明", "Note")) <textarea name="note" rows="2"></textarea></label>
            <button type="submit">\(l.pick("报送", "File report"))</button>
            </form>
            """
    }

    func addReportRoutes(to router: Router<DashboardContext>) {
        let language = configuration.language

        /// The tasks a department may report on, with the latest report of each.
        router.get("/reports") { request, context -> Response in
            let session = try context.requireRole(request, [.department, .administrator])
            let query = try PageQuery(request, default: language)
            let l = query.language
            let targets = try tracker.catalog().targets.filter { session.mayReport(on: $0) && ($0.kind == .milestone || $0.series == nil) }
            let latest = Dictionary(try office.progressReports(target: nil).map { ($0.report.target, $0) }, uniquingKeysWith: { newer, _ in newer })
            let items = targets.map { t in
                let last = latest[t.id].map { r in
                    " · " + escapedHTML([r.report.reportedOn.description, r.report.state.map { l == .zh ? $0.chinese : $0.rawValue }, r.report.amount.map { "\($0) \(t.unit)" }]
                        .compactMap { $0 }.joined(separator: " "))
                } ?? " · " + l.pick("未报送", "not reported")
                return #"<li><a href="/targets/\#(escapedHTML(t.id))#reports"><span class="id">\#(escapedHTML(t.id))</span> \#(escapedHTML(t.indicator))</a>\#(last)</li>"#
            }.joined()
            let body = #"<p class="hint">\#(l.pick("每月报送各项任务的进展：状态、累计完成量、说明与日期。", "Report each task's progress every month: state, amount done, note and date."))</p><ul class="tasks">\#(items)</ul>"#
            return HTMLResponse.page(HTMLResponse.shell(title: l.pick("进展报送", "Progress reports"), language: l,
                                                        banner: HTMLResponse.banner(session, query: query, asOf: query.month), body: body))
        }

        /// Files a report (form fields `state`, `amount`, `note`, `date`, `csrf`), then shows the target.
        router.post("/targets/:id/reports") { request, context -> Response in
            let session = try context.requireSession(request)
            let id = try context.parameters.require("id")
            guard let target = try tracker.catalog().targets.first(where: { $0.id == id }) else {
                throw HTTPError(.notFound, message: "no target \(id) in the catalog")
            }
            guard session.mayReport(on: target) else { throw HTTPError(.forbidden, message: "\(session.account) may not report on \(id)") }
            let form = try await FormFields.of(request)
            let report = try Self.progressReport(form, target: target)
            do {
                _ = try office.fileProgressReport(report, for: target, author: session.account)
            } catch let error as WorkspaceError {
                throw HTTPError(.unprocessableContent, message: error.description)
            }
            return Response(status: .seeOther, headers: [.location: "/targets/\(id)#reports"])
        }
    }

    /// The report a form describes.
    /// - Throws: 422 naming the field that is wrong.
    static func progressReport(_ form: FormFields, target: Target) throws -> ProgressReport {
        let stateText = form["state"] ?? ""
        let state: MilestoneState?
        if stateText.isEmpty {
            state = nil
        } else {
            guard let s = MilestoneState(rawValue: stateText) else {
                throw HTTPError(.unprocessableContent, message: "state '\(stateText)' is not one of not_started, in_progress, done, late")
            }
            state = s
        }
        let amountText = (form["amount"] ?? "").trimmingCharacters(in: .whitespaces)
        let amount: Double?
        if amountText.isEmpty {
            amount = nil
        } else {
            guard let a = Double(amountText), a.isFinite else {
                throw HTTPError(.unprocessableContent, message: "amount '\(amountText)' is not a number")
            }
            amount = a
        }
        let dateText = form["date"] ?? ""
        guard let day = CalendarDay(dateText) else {
            throw HTTPError(.unprocessableContent, message: "date '\(dateText)' is not a date; expected YYYY-MM-DD")
        }
        return ProgressReport(target: target.id, state: state, amount: amount, note: form["note"] ?? "", reportedOn: day)
    }
}
