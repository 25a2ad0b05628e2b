import Foundation
import Hummingbird
import Reporting
import Risk
import TargetModel
import TargetTrackKit

/// Which part of the overview a request asks for: the targets riskiest first (off track, at risk,
/// late first), optionally only one status, one department (as written or its key) or indicators
/// containing a text, `per_page` at a time (`page` from 1). The page and the API share it, so a
/// national catalog (113,840 targets) is never sent whole.
struct OverviewQuery: Hashable {
    static let defaultPerPage = 200
    static let maxPerPage = 1000

    var page = 1
    var perPage = defaultPerPage
    var status: Status?
    var department: String?
    var indicator: String?

    init(_ request: Request) throws {
        let query = request.uri.queryParameters
        func text(_ name: String) -> String? {
            query.get(name).flatMap { $0.isEmpty ? nil : $0 }
        }
        func count(_ name: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let value = text(name) else { return nil }
            guard let number = Int(value), range.contains(number) else {
                throw HTTPError(.badRequest, message: "\(name) '\(value)' is not a whole number in \(range.lowerBound)…\(range.upperBound)")
            }
            return number
        }
        page = try count("page", 1...1_000_000) ?? 1
        perPage = try count("per_page", 1...Self.maxPerPage) ?? Self.defaultPerPage
        if let value = text("status") {
            guard let status = Status(rawValue: value) else {
                throw HTTPError(.badRequest, message: "status '\(value)' is not one of \(Status.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.status = status
        }
        department = text("department")
        indicator = text("indicator")
    }

    var isFiltered: Bool { status != nil || department != nil || indicator != nil }

    func matches(_ a: TargetAssessment) -> Bool {
        let t = a.target
        return (status.map { a.status == $0 } ?? true)
            && (department.map { (t.departments + t.leadKeys + t.coKeys).contains($0) } ?? true)
            && (indicator.map { t.indicator.localizedCaseInsensitiveContains($0) || t.id == $0 } ?? true)
    }

    /// The query string of another page with the same filters, month and language.
    func link(page: Int, base: PageQuery, defaultLanguage: Language) -> String {
        let items = [base.month.map { "as_of=\($0)" }, base.language == defaultLanguage ? nil : "lang=\(base.language.rawValue)",
                     "page=\(page)", perPage == Self.defaultPerPage ? nil : "per_page=\(perPage)", status.map { "status=\($0.rawValue)" },
                     department.map { "department=\(Self.encoded($0))" }, indicator.map { "indicator=\(Self.encoded($0))" }].compactMap { $0 }
        return "?" + items.joined(separator: "&")
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

/// One page of the overview: its targets, the roll-up rows of their departments, and where it
/// sits among all the targets the query selects.
struct OverviewSlice {
    var targets: [TargetAssessment]
    var departments: [DepartmentSummary]
    /// Targets the query selects (all pages).
    var total: Int
    var page: Int
    var pages: Int
    var first: Int { targets.isEmpty ? 0 : (page - 1) * perPage + 1 }
    var perPage: Int

    /// - Parameter ranked: the month's assessments riskiest first (`ResultCache.ranked`).
    init(_ month: MonthlyResults, ranked: [TargetAssessment], query: OverviewQuery) {
        let selected = query.isFiltered ? ranked.filter(query.matches) : ranked
        total = selected.count
        perPage = query.perPage
        pages = max(1, (total + perPage - 1) / perPage)
        page = query.page
        let start = min((page - 1) * perPage, total)
        targets = Array(selected[start..<min(start + perPage, total)])
        let keys = Set(targets.flatMap { $0.target.departments + $0.target.leadKeys + $0.target.coKeys })
        departments = month.departments.filter { keys.contains($0.department) }
    }

    /// The API's JSON: the risk list of this page, with `page`, `per_page`, `pages` and `total`.
    func document(asOf: Month, language: Language) -> TableDocument {
        var document = TableDocument.risks(targets, departments: departments, asOf: asOf.period, language: language)
        document.context += [("page", .number(Double(page))), ("per_page", .number(Double(perPage))),
                             ("pages", .number(Double(pages))), ("total", .number(Double(total)))]
        return document
    }

    /// The line above the report when there is more than one page or a filter: which targets
    /// these are, previous/next links, and a form to filter by status, department and indicator.
    func pager(_ query: OverviewQuery, base: PageQuery, defaultLanguage: Language) -> String {
        guard pages > 1 || query.isFiltered else { return "" }
        let l = base.language
        let shown = l.pick("风险最高者在前，第 \(first)–\(first + targets.count - 1) 个，共 \(total) 个目标（第 \(page)/\(pages) 页）",
                           "Riskiest first: targets \(first)–\(first + targets.count - 1) of \(total) (page \(page) of \(pages))")
        let previous = page > 1 ? #" <a rel="prev" href="\#(escapedHTML(query.link(page: page - 1, base: base, defaultLanguage: defaultLanguage)))">\#(l.pick("上一页", "Previous"))</a>"# : ""
        let next = page < pages ? #" <a rel="next" href="\#(escapedHTML(query.link(page: page + 1, base: base, defaultLanguage: defaultLanguage)))">\#(l.pick("下一页", "Next"))</a>"# : ""
        let statuses = [Status.offTrack, .atRisk, .late, .onTrack, .achieved, .noData, .inProgress, .notStarted, .done]
        let options = #"<option value="">\#(l.pick("全部状态", "every status"))</option>"# + statuses.map {
            #"<option value="\#($0.rawValue)"\#(query.status == $0 ? " selected" : "")>\#(escapedHTML(l.word(for: $0)))</option>"#
        }.joined()
        let hidden = [base.month.map { ("as_of", "\($0)") }, base.language == defaultLanguage ? nil : ("lang", base.language.rawValue),
                      query.perPage == OverviewQuery.defaultPerPage ? nil : ("per_page", "\(query.perPage)")].compactMap { $0 }
            .map { #"<input type="hidden" name="\#($0.0)" value="\#(escapedHTML($0.1))">"# }.joined()
        let form = #"<form class="overview-filter" method="get">"# + hidden
            + #"<label>\#(l.pick("状态", "Status")) <select name="status">\#(options)</select></label> "#
            + #"<label>\#(l.pick("部门", "Department")) <input name="department" value="\#(escapedHTML(query.department ?? ""))"></label> "#
            + #"<label>\#(l.pick("指标", "Indicator")) <input name="indicator" value="\#(escapedHTML(query.indicator ?? ""))"></label> "#
            + #"<button type="submit">\#(l.pick("筛选", "Filter"))</button></form>"#
        return #"<nav class="pager"><span>\#(escapedHTML(shown))</span>\#(previous)\#(next)</nav>"# + "\n" + form + "\n"
    }
}
