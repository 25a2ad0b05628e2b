import Reporting
import SeriesIO
import TargetModel
import Workspace

extension TargetTracker {
    /// Every stored series with its metadata, observation and vintage counts, and first and last periods.
    public func seriesList() throws -> TableDocument {
        let keys = ["series", "name_zh", "name_en", "unit", "frequency", "publication_lag_days",
                    "observations", "vintages", "first_period", "last_period"]
        let vintages = Dictionary(grouping: try store.vintages(series: nil), by: \.observation.series)
        let rows = try store.seriesInfo().map { info -> [ReportField] in
            let own = vintages[info.id] ?? []
            let periods = own.map(\.observation.period)
            return [.text(info.id), .text(info.nameZh ?? ""), .text(info.nameEn ?? ""), .text(info.unit),
                    .text(info.frequency ?? ""), .number(Double(info.publicationLagDays)),
                    .number(Double(Set(own.map(\.key)).count)), .number(Double(own.count)),
                    .text(periods.min()?.description ?? ""), .text(periods.max()?.description ?? "")]
        }
        return TableDocument(ReportTable(keys: keys, headers: keys, rows: rows, language: .en), name: "series")
    }

    /// A series' observations, each at its latest vintage released by `day` (everything when `nil`);
    /// a release date in brackets is unknown and assumed to be period end plus the publication lag.
    /// - Throws: `WorkspaceError.unknownSeries`.
    public func series(_ id: String, knownAt day: CalendarDay?) throws -> TableDocument {
        let keys = ["period", "measure", "value", "unit", "released", "source", "imported_from"]
        let all = try store.vintages(series: id)
        guard !all.isEmpty else { throw WorkspaceError.unknownSeries(id) }
        let rows = AsOf.latest(all, knownAt: day).map { vintage -> [ReportField] in
            let observation = vintage.observation
            let value: ReportField = observation.measure == .milestone
                ? .text(MilestoneState(code: observation.value)?.rawValue ?? "\(observation.value)")
                : .number(observation.value)
            return [.text(observation.period.description), .text(observation.measure.rawValue), value,
                    .text(observation.unit), .text(observation.released?.description ?? "[\(vintage.effectiveRelease)]"),
                    .text(observation.source), .text("\(vintage.file):\(vintage.line)")]
        }
        return TableDocument(ReportTable(keys: keys, headers: keys, rows: rows, language: .en), name: "observations",
                             context: [("series", .string(id))])
    }
}

extension TargetTracker {
    /// Writes every vintage of every observation in the long CSV format (series, measure, period,
    /// oldest release first), or with `day` each observation's latest vintage released by then, to
    /// a file (atomically) or standard output when `path` is `nil`. Importing the file gives the
    /// same store.
    public func exportSeries(knownAt day: CalendarDay?, to path: String?) throws {
        let all = try store.vintages(series: nil)
        let vintages = day.map { AsOf.latest(all, knownAt: $0) }
            ?? all.sorted { ($0.key.series, $0.key.measure.rawValue, $0.key.period) < ($1.key.series, $1.key.measure.rawValue, $1.key.period)
                || ($0.key == $1.key && Vintage.isOrderedBefore($0, $1)) }
        var writer = try LongCSVWriter(path: path)
        for vintage in vintages { try writer.write(vintage.observation) }
        try writer.finish()
    }
}
