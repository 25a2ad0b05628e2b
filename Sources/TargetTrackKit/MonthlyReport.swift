import Foundation
import Projection
import Reporting
import Risk
import Scenarios
import TargetModel
import TextFormats
import Workbook

extension TargetTracker {
    /// How each target's projection moved through its year: the projection and its 80 % and 95 %
    /// bands as of every month from January to `month`, each month's news, and last year's path
    /// in the same measure, by target id (targets with a projection only).
    public func projectionHistories(through month: Month, thresholds: StatusThresholds = .standard,
                                    progress: ProgressReporter = .silent) throws -> [String: ProjectionHistory] {
        var points: [String: [ProjectionHistory.Month]] = [:]
        var targets: [String: Target] = [:]
        for m in 1...month.month {
            guard let asOf = Month(year: month.year, month: m) else { continue }
            progress.step("projection history: \(asOf)")
            for a in try self.month(asOf, thresholds: thresholds).assessments {
                guard let d = a.projection.distribution, let median = a.projection.projection,
                      a.projection.latestPeriod?.year == month.year else { continue }
                targets[a.target.id] = a.target
                let news = a.news.map { RiskList.newsText($0, language: .zh) }.map { $0.isEmpty ? [] : [$0] } ?? []
                points[a.target.id, default: []].append(ProjectionHistory.Month(
                    month: m, projection: median, band80: d.quantile(0.1)...d.quantile(0.9),
                    band95: d.quantile(0.025)...d.quantile(0.975), news: news))
            }
        }
        let data = try store.seriesData(asOfPeriod: month.period)
        return points.reduce(into: [:]) { out, entry in
            guard let target = targets[entry.key] else { return }
            let lastYear = data[target.dataSeries].flatMap { YearToDatePath(judging: target, in: $0) }?
                .yearToDate(year: target.year - 1)?.readings ?? []
            out[entry.key] = ProjectionHistory(target: target, months: entry.value, lastYear: lastYear)
        }
    }

    /// The monthly report page: the month's results with the series for the charts and each
    /// target's projection history.
    public func report(_ results: MonthlyResults, language: Language, progress: ProgressReporter = .silent) throws -> HTMLReport {
        HTMLReport(asOf: results.asOf.period, assessments: results.assessments, departments: results.departments,
                   language: language, series: try store.seriesData(asOfPeriod: results.asOf.period),
                   histories: try projectionHistories(through: results.asOf, progress: progress))
    }

    /// The month's workbook: risk list, departments and projections (and scenarios when given).
    public func workbook(_ results: MonthlyResults, language: Language, scenarios: ScenarioComparison? = nil) -> Workbook {
        ReportWorkbook.workbook(asOf: results.asOf.period, assessments: results.assessments,
                                departments: results.departments, language: language, scenarios: scenarios)
    }

    /// The whole monthly job into a folder: projections, risk list and departments (CSV), the
    /// report (HTML) and the workbook (XLSX), each written atomically.
    /// - Returns: the month's results and the files written, in that order.
    public func writeMonth(_ month: Month?, to folder: String, language: Language = .zh,
                           thresholds: StatusThresholds = .standard,
                           progress: ProgressReporter = .silent) throws -> (results: MonthlyResults, files: [String]) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let results = try self.month(month, thresholds: thresholds, progress: progress)
        let asOf = results.asOf.period
        let name = { (stem: String, ext: String) in (folder as NSString).appendingPathComponent("\(stem)-\(results.asOf).\(ext)") }
        let tables: [(String, TableDocument)] = [
            ("projections", .projections(results.assessments.map(\.projection), asOf: asOf)),
            ("risks", .risks(results.assessments, departments: results.departments, asOf: asOf, language: language)),
            ("departments", .departments(results.departments, asOf: asOf, language: language)),
        ]
        var files: [String] = []
        for (stem, document) in tables {
            let path = name(stem, "csv")
            try AtomicFile.write(document.rendered(as: .csv), to: path)
            files.append(path)
        }
        progress.step("writing the report")
        let report = name("report", "html")
        try AtomicFile.write(try self.report(results, language: language, progress: progress).html, to: report)
        let workbook = name("workbook", "xlsx")
        try self.workbook(results, language: language).write(to: workbook)
        return (results, files + [report, workbook])
    }
}
