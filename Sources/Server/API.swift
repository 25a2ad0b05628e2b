import Foundation
import Hummingbird
import Reporting
import Risk
import TargetTrackKit
import Workspace

/// The JSON API: each page's data as the command line's JSON (`TableDocument`), so the numbers
/// are the same; described in `/openapi.yaml`.
extension Dashboard {
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func addAPIRoutes(to router: Router<DashboardContext>) {
        let language = configuration.language

        /// The risk list (riskiest first, a page at a time, filtered by the query) with the roll-up rows
        /// of its targets' departments: `targettrack risks --format json` and the page's place among all.
        router.get("/api/overview") { request, context -> Response in
            let session = try context.requireSession(request)
            guard session.readsEverything else { throw HTTPError(.forbidden, message: "a department account sees only its own department") }
            let query = try PageQuery(request, default: language)
            let overview = try OverviewQuery(request)
            // Rendered once per month, revision, page and filter, like the pages (a national page is ~750 KB).
            let revision = try office.revision(), language = query.language
            let (month, ranked) = try await results.ranked(query.month, revision: revision)
            let text = try await results.page("api overview \(overview)|\(language.rawValue)", month: query.month, revision: revision) { _ in
                OverviewSlice(month, ranked: ranked, query: overview).document(asOf: month.asOf, language: language).rendered(as: .json)
            }
            return Self.json(text ?? "")
        }

        /// One target's row of the risk list.
        router.get("/api/targets/:id") { request, context -> Response in
            let session = try context.requireSession(request)
            let query = try PageQuery(request, default: language)
            let id = try context.parameters.require("id")
            let month = try await results(query)
            let assessment = try session.visible(id, among: month.assessments, target: \.target)
            return Self.json(TableDocument.risks([assessment], departments: [], asOf: month.asOf.period, language: query.language).rendered(as: .json))
        }

        /// A department's targets (as lead or co-organiser) and its rows of the roll-up.
        router.get("/api/departments/:name") { request, context -> Response in
            let session = try context.requireSession(request)
            let query = try PageQuery(request, default: language)
            let name = try context.parameters.require("name").removingPercentEncoding ?? ""
            guard session.maySee(department: name) else { throw HTTPError(.forbidden, message: "\(session.account) may see only \(session.department ?? "")") }
            let month = try await results(query)
            let own = month.assessments.filter { ($0.target.leadGroups + $0.target.coGroups).contains(name) }
            guard !own.isEmpty else { throw HTTPError(.notFound, message: "no department \(name) in the catalog") }
            return Self.json(TableDocument.risks(own, departments: month.departments.filter { $0.department == name },
                                                 asOf: month.asOf.period, language: query.language).rendered(as: .json))
        }

        /// The progress reports filed on a target, newest first.
        router.get("/api/targets/:id/reports") { request, context -> Response in
            let session = try context.requireSession(request)
            let id = try context.parameters.require("id")
            _ = try session.visible(id, among: try tracker.catalog().targets) { $0 }
            return Self.json(ProgressReportTable.document(try office.progressReports(target: id), target: id).rendered(as: .json))
        }
    }
}

/// Progress reports as a table (the API's JSON and the target page's list).
enum ProgressReportTable {
    static let keys = ["id", "target", "period", "state", "amount", "note", "reported_on", "author", "filed_at"]

    static func document(_ reports: [FiledProgressReport], target: String) -> TableDocument {
        let rows = reports.map { r -> [ReportField] in
            [.number(Double(r.id)), .text(r.report.target), .text(r.report.period.description), .text(r.report.state?.rawValue ?? ""),
             .number(r.report.amount), .text(r.report.note), .text(r.report.reportedOn.description), .text(r.author), .text(r.filedAt)]
        }
        return TableDocument(ReportTable(keys: keys, headers: keys, rows: rows, language: .en), name: "reports",
                             context: [("target", .string(target))])
    }
}
