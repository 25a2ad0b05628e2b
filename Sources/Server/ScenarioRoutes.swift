import Foundation
import Hummingbird
import Reporting
import Scenarios
import TargetModel
import TargetTrackKit
import TextFormats
import Workspace

/// The scenario page (analysts and administrators): pick shocks on the series the targets follow
/// and other target values, run them, and see the comparison with the baseline
/// (`ScenarioPage`, as `targettrack scenario run` writes it); and its JSON API, which takes a
/// scenario file (`POST /api/scenarios`) and answers `scenario run --format json`'s JSON.
extension Dashboard {
    static let scenarioRoles: Set<Role> = [.analyst, .administrator]

    func addScenarioRoutes(to router: Router<DashboardContext>) {
        let language = configuration.language

        router.get("/scenarios") { request, context -> Response in
            let session = try context.requireRole(request, Self.scenarioRoles)
            let query = try PageQuery(request, default: language)
            let asOf = try await results(query).asOf
            let form = ScenarioForm(asOf: asOf)
            return HTMLResponse.page(try scenarioFormPage(form, session: session, query: query, asOf: asOf))
        }

        /// Runs the form's scenario; the comparison page with the form above it, or the form with
        /// what is wrong (422).
        router.post("/scenarios") { request, context -> Response in
            let session = try context.requireRole(request, Self.scenarioRoles)
            let query = try PageQuery(request, default: language)
            let form = ScenarioForm(try await FormFields.of(request))
            do {
                let scenario = try form.scenario()
                let comparison = try runScenario(scenario)
                var page = ScenarioPage(comparison: comparison, scenarios: [scenario], language: query.language)
                page.embedding = HTMLResponse.embedding
                let top = HTMLResponse.banner(session, query: query, asOf: form.asOf) + (try scenarioForm(form, session: session, language: query.language))
                return HTMLResponse.page(page.html.replacingFirst(HTMLResponse.bannerMarker, with: top))
            } catch let problem as ScenarioRunProblem {
                return HTMLResponse.page(try scenarioFormPage(form, session: session, query: query, asOf: form.asOf, problem: problem.message),
                                         status: .unprocessableContent)
            }
        }

        /// The body is a scenario file (YAML, as for `targettrack scenario run`); `file` names it
        /// in messages.
        router.post("/api/scenarios") { request, context -> Response in
            _ = try context.requireRole(request, Self.scenarioRoles)
            let query = try PageQuery(request, default: language)
            let file = String(request.uri.queryParameters.get("file") ?? "scenario.yaml")
            var request = request
            let body = try await request.collectBody(upTo: 1 << 20)
            do {
                let scenario = try ScenarioFile.parse(String(buffer: body), file: file)
                let comparison = try runScenario(scenario)
                return Self.json(TableDocument.scenarios(comparison, language: query.language).rendered(as: .json))
            } catch let problem as ScenarioRunProblem {
                throw HTTPError(.unprocessableContent, message: problem.message)
            } catch let problems as ScenarioProblems {
                throw HTTPError(.unprocessableContent, message: problems.description)
            }
        }
    }

    /// The comparison of a scenario with the baseline; what the scenario asks that the data
    /// cannot answer (unknown series, released months, no data that month) as a `ScenarioRunProblem`.
    func runScenario(_ scenario: Scenario) throws -> ScenarioComparison {
        do {
            return try tracker.compare([scenario])
        } catch let error as ScenarioProblems {
            throw ScenarioRunProblem(message: error.description)
        } catch let error as TargetTrackError {
            throw ScenarioRunProblem(message: error.description)
        }
    }

    func scenarioFormPage(_ form: ScenarioForm, session: DashboardSession, query: PageQuery, asOf: Month?, problem: String? = nil) throws -> String {
        let l = query.language
        let error = problem.map { #"<p class="error" role="alert">\#(escapedHTML($0))</p>"# } ?? ""
        return HTMLResponse.shell(title: l.pick("情景分析", "Scenarios"), language: l, banner: HTMLResponse.banner(session, query: query, asOf: asOf),
                                  body: error + (try scenarioForm(form, session: session, language: l)))
    }

    /// The form: the scenario's name and month, `ScenarioForm.shockRows` shocks (series the
    /// catalog's targets follow, kind, months, value) and `ScenarioForm.overrideRows` other target values.
    func scenarioForm(_ form: ScenarioForm, session: DashboardSession, language l: Language) throws -> String {
        let targets = try tracker.catalog().targets
        var indicators: [String: String] = [:]
        for t in targets { if let s = t.series, indicators[s] == nil { indicators[s] = t.indicator } }
        func options(_ choices: [(value: String, label: String)], selected: String) -> String {
            choices.map { #"<option value="\#(escapedHTML($0.value))"\#($0.value == selected ? " selected" : "")>\#(escapedHTML($0.label))</option>"# }.joined()
        }
        let series = [("", "—")] + indicators.keys.sorted().map { ($0, "\(indicators[$0]!)（\($0)）") }
        let kinds = ScenarioFile.shockKeys.map { ($0, ScenarioForm.kindLabel($0, l)) }
        let shocks = form.shocks.enumerated().map { i, row in
            """
            <tr><td><select name="series\(i + 1)">\(options(series, selected: row.series))</select></td>\
            <td><select name="kind\(i + 1)">\(options(kinds, selected: row.kind))</select></td>\
            <td><input name="months\(i + 1)" value="\(escapedHTML(row.months))" placeholder="10-12" size="6"></td>\
            <td><input name="value\(i + 1)" value="\(escapedHTML(row.value))" inputmode="decimal" size="8"></td></tr>
            """
        }.joined(separator: "\n")
        let targetChoices = [("", "—")] + targets.map { ($0.id, "\($0.id) \($0.indicator)") }
        let overrides = form.overrides.enumerated().map { i, row in
            """
            <tr><td><select name="target\(i + 1)">\(options(targetChoices, selected: row.id))</select></td>\
            <td><input name="target_value\(i + 1)" value="\(escapedHTML(row.value))" inputmode="decimal" size="8"></td></tr>
            """
        }.joined(separator: "\n")
        return """
            <form id="scenario" class="scenario" method="post" action="/scenarios\(l == configuration.language ? "" : "?lang=\(l.rawValue)")">
            <input type="hidden" name="csrf" value="\(session.csrf)">
            <label>\(l.pick("情景名称", "Name")) <input name="name" value="\(escapedHTML(form.name))" required></label>
            <label>\(l.pick("截至月份", "As of")) <input type="month" name="as_of" value="\(form.asOf.map { "\($0)" } ?? "")" required></label>
            <table class="shocks"><thead><tr><th>\(l.pick("序列", "series"))</th><th>\(l.pick("假设", "assumption"))</th><th>\(l.pick("月份（可选）", "months (optional)"))</th><th>\(l.pick("数值", "value"))</th></tr></thead><tbody>
            \(shocks)
            </tbody></table>
            <table class="overrides"><thead><tr><th>\(l.pick("目标", "target"))</th><th>\(l.pick("改为目标值", "judged against"))</th></tr></thead><tbody>
            \(overrides)
            </tbody></table>
            <button type="submit">\(l.pick("运行情景", "Run scenario"))</button>
            </form>
            """
    }
}

/// What a scenario asks that cannot be run, in words for the analyst.
struct ScenarioRunProblem: Error {
    var message: String
}

/// The scenario form's fields as typed, and the scenario they describe.
struct ScenarioForm {
    static let shockRows = 4
    static let overrideRows = 2

    struct ShockRow {
        var series = "", kind = ScenarioFile.shockKeys[0], months = "", value = ""
    }

    struct OverrideRow {
        var id = "", value = ""
    }

    var name: String
    var asOf: Month?
    var asOfText: String
    var shocks: [ShockRow]
    var overrides: [OverrideRow]

    /// An empty form for the month.
    init(asOf: Month) {
        name = ""
        self.asOf = asOf
        asOfText = "\(asOf)"
        shocks = Array(repeating: ShockRow(), count: Self.shockRows)
        overrides = Array(repeating: OverrideRow(), count: Self.overrideRows)
    }

    /// The form as posted.
    init(_ fields: FormFields) {
        func field(_ name: String) -> String { (fields[name] ?? "").trimmingCharacters(in: .whitespaces) }
        name = field("name")
        asOfText = field("as_of")
        asOf = Month(asOfText)
        shocks = (1...Self.shockRows).map { i in
            ShockRow(series: field("series\(i)"), kind: field("kind\(i)"), months: field("months\(i)"), value: field("value\(i)"))
        }
        overrides = (1...Self.overrideRows).map { i in OverrideRow(id: field("target\(i)"), value: field("target_value\(i)")) }
    }

    /// The scenario; every problem of the form at once, naming the row.
    func scenario() throws -> Scenario {
        var problems: [String] = []
        if name.isEmpty { problems.append("the scenario needs a name") }
        if asOf == nil { problems.append("as of '\(asOfText)' is not a month YYYY-MM") }
        var shockList: [Shock] = []
        for (i, row) in shocks.enumerated() where !row.series.isEmpty {
            let value = NumberRule.checked(Double(row.value))
            guard let value, let kind = ScenarioFile.shockKind(row.kind, value: value) else {
                problems.append("shock \(i + 1) (\(row.series)): \(row.kind) '\(row.value)' is not \(NumberRule.expectation)"
                    + (ScenarioFile.shockKeys.contains(row.kind) ? "" : "; the assumption is one of \(ScenarioFile.shockKeys.joined(separator: ", "))"))
                continue
            }
            var months: ClosedRange<Int>?
            if !row.months.isEmpty {
                months = ScenarioFile.months(row.months)
                if months == nil { problems.append("shock \(i + 1) (\(row.series)): months '\(row.months)' is not a month or range like 10-12") }
            }
            shockList.append(Shock(series: row.series, kind: kind, months: months, line: i + 1))
        }
        var overrideList: [TargetOverride] = []
        for (i, row) in overrides.enumerated() where !row.id.isEmpty {
            guard let value = NumberRule.checked(Double(row.value)) else {
                problems.append("target \(row.id): value '\(row.value)' is not \(NumberRule.expectation)")
                continue
            }
            overrideList.append(TargetOverride(id: row.id, value: value, line: i + 1))
        }
        if shockList.isEmpty && overrideList.isEmpty && problems.isEmpty { problems.append("pick at least one shock or target value") }
        guard problems.isEmpty, let asOf else { throw ScenarioRunProblem(message: problems.joined(separator: "\n")) }
        return Scenario(name: name, asOf: asOf.period, shocks: shockList, targetOverrides: overrideList, file: "form")
    }

    static func kindLabel(_ key: String, _ l: Language) -> String {
        switch key {
        case "month_growth": return l.pick("当月同比增速（%）", "each month's growth (%)")
        case "month_value": return l.pick("当月值", "each month's amount")
        case "add_pp": return l.pick("全年增速加减（百分点）", "pp on the year's growth")
        case "scale": return l.pick("剩余数量乘以", "remaining amounts × factor")
        default: return l.pick("全年值", "the year's value")
        }
    }
}
