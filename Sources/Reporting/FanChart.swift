import Projection
import Risk
import TargetModel

/// One target's fan chart as inline SVG, with the unit on the y-axis and the side of the target
/// line that meets the target shaded.
///
/// Monthly figures: the year's readings so far, last year's path over the same months (grey,
/// dashed) and the projection fanning out from the latest reading to December (10–90 % and
/// 2.5–97.5 % bands, median dashed). Annual figures (no months this year, past years in the
/// series): the past years as a line and this year's projection as a fan at the end.
///
/// Edge Cases: without readings or past years the fan is drawn at December alone; `nil` when the
/// target has no distribution (nothing to chart). Non-finite values are left out.
struct FanChart {
    let assessment: TargetAssessment
    let language: Language
    /// The target's series, for last year's path and past years; `nil` draws this year alone.
    let series: SeriesData?

    func svg() -> String? {
        guard let d = assessment.projection.distribution else { return nil }
        let past = readings.isEmpty ? pastYears : []
        return past.count >= 2 ? annual(d, past: past) : monthly(d)
    }

    private var t: Target { assessment.target }

    private func monthly(_ d: PredictiveDistribution) -> String {
        let readings = self.readings, lastYear = self.lastYear
        let outer = (d.quantile(0.025), d.quantile(0.975)), inner = (d.quantile(0.1), d.quantile(0.9))
        let side = GoodSide(t)
        let frame = ChartFrame(values: readings.map(\.value) + lastYear.map(\.value) + [outer.0, outer.1, d.median]
                               + (side.map(\.lines) ?? []))
        let x = { (month: Int) in ChartFrame.x(slot: Double(month - 1), of: 12) }
        let y = frame.y
        var svg = ChartFrame.open("fan-chart", target: t.id, label: t.indicator) + frame.grid(unit: t.unit, language: language)
        if let side { svg += frame.target(side, label: language.pick("目标", "target")) }
        for month in 1...12 {
            svg += #"<text class="tick" x="\#(f(x(month)))" y="\#(f(ChartFrame.bottom + 16))" text-anchor="middle">\#(ChartFrame.monthLabel(month, language))</text>"#
        }
        if lastYear.count > 1 {
            svg += #"<polyline class="last-year" points="\#(points(lastYear.map { (x($0.month), y($0.value)) }))"><title>\#(escapedHTML(language.pick("去年同期", "last year") + " \(t.year - 1)"))</title></polyline>"#
        }
        // Fan from the latest reading (or from just before December) to December.
        let start = readings.last.map { (x($0.month), y($0.value)) }
        let endX = x(12)
        func band(_ low: Double, _ high: Double, _ cls: String) -> String {
            let corners: [(Double, Double)]
            if let start, start.0 < endX {
                corners = [start, (endX, y(high)), (endX, y(low))]
            } else {
                corners = [(endX - 6, y(high)), (endX + 6, y(high)), (endX + 6, y(low)), (endX - 6, y(low))]
            }
            return #"<polygon class="\#(cls)" points="\#(points(corners))"/>"#
        }
        svg += band(outer.0, outer.1, "band-95") + band(inner.0, inner.1, "band-80")
        if let start, start.0 < endX {
            svg += #"<line class="median" x1="\#(f(start.0))" y1="\#(f(start.1))" x2="\#(f(endX))" y2="\#(f(y(d.median)))"/>"#
        }
        svg += projectionDot(d, x: endX, y: y(d.median))
        if readings.count > 1 {
            svg += #"<polyline class="readings" points="\#(points(readings.map { (x($0.month), y($0.value)) }))"/>"#
        }
        for r in readings {
            svg += #"<circle class="reading" cx="\#(f(x(r.month)))" cy="\#(f(y(r.value)))" r="3"><title>\#(t.year)-\#(r.month < 10 ? "0" : "")\#(r.month): \#(escapedHTML(UnitText.amount(r.value, unit: t.unit)))</title></circle>"#
        }
        return svg + "</svg>"
    }

    private func annual(_ d: PredictiveDistribution, past: [(year: Int, value: Double)]) -> String {
        let outer = (d.quantile(0.025), d.quantile(0.975)), inner = (d.quantile(0.1), d.quantile(0.9))
        let side = GoodSide(t)
        let frame = ChartFrame(values: past.map(\.value) + [outer.0, outer.1, d.median] + (side.map(\.lines) ?? []))
        let years = past.map(\.year) + [t.year]
        let x = { (year: Int) in ChartFrame.x(slot: Double(years.firstIndex(of: year)!), of: years.count) }
        let y = frame.y
        var svg = ChartFrame.open("fan-chart annual", target: t.id, label: t.indicator) + frame.grid(unit: t.unit, language: language)
        if let side { svg += frame.target(side, label: language.pick("目标", "target")) }
        for year in years {
            svg += #"<text class="tick" x="\#(f(x(year)))" y="\#(f(ChartFrame.bottom + 16))" text-anchor="middle">\#(year)</text>"#
        }
        let endX = x(t.year)
        svg += #"<rect class="band-95" x="\#(f(endX - 7))" y="\#(f(y(outer.1)))" width="14" height="\#(f(y(outer.0) - y(outer.1)))"/>"#
        svg += #"<rect class="band-80" x="\#(f(endX - 7))" y="\#(f(y(inner.1)))" width="14" height="\#(f(y(inner.0) - y(inner.1)))"/>"#
        svg += #"<polyline class="readings" points="\#(points(past.map { (x($0.year), y($0.value)) }))"/>"#
        for p in past {
            svg += #"<circle class="reading" cx="\#(f(x(p.year)))" cy="\#(f(y(p.value)))" r="3"><title>\#(p.year): \#(escapedHTML(UnitText.amount(p.value, unit: t.unit)))</title></circle>"#
        }
        return svg + projectionDot(d, x: endX, y: y(d.median)) + "</svg>"
    }

    private func projectionDot(_ d: PredictiveDistribution, x: Double, y: Double) -> String {
        let text = language.pick("预计全年", "projection") + " " + UnitText.amount(d.median, unit: t.unit)
            + "（P10–P90 " + numberText(d.quantile(0.1)) + "–" + UnitText.amount(d.quantile(0.9), unit: t.unit) + "）"
        return #"<circle class="projection" cx="\#(f(x))" cy="\#(f(y))" r="3.5"><title>\#(escapedHTML(text))</title></circle>"#
    }

    /// The year's readings in the target's measure: the year-to-date series, else the latest value.
    private var readings: [MonthReading] {
        if let ytd = assessment.yearToDate, ytd.year == t.year { return ytd.readings.filter { $0.value.isFinite } }
        let p = assessment.projection
        if case let .month(year, month)? = p.latestPeriod, year == t.year, let v = p.latestValue, v.isFinite {
            return [MonthReading(month: month, value: v)]
        }
        return []
    }

    /// Last year's path in the same measure as this year's readings.
    private var lastYear: [MonthReading] {
        guard let series, assessment.yearToDate != nil else { return [] }
        return YearToDatePath(judging: t, in: series)?.yearToDate(year: t.year - 1)?.readings.filter { $0.value.isFinite } ?? []
    }

    /// Up to eight past years' values of an annual figure: the year's own value, else its last
    /// quarter's or December's.
    private var pastYears: [(year: Int, value: Double)] {
        guard let series else { return [] }
        let measures: [Measure] = t.kind == .growthRate ? [.annualGrowth, .ytdGrowth] : [.annualValue, .level]
        guard let measure = measures.first(where: { m in series.periods(m).contains { if case .year = $0 { true } else { false } } })
                ?? measures.first(where: { !series.periods($0).isEmpty }) else { return [] }
        return ((t.year - 8)..<t.year).compactMap { year in
            let v = series.value(measure, .year(year)) ?? series.value(measure, .quarter(year: year, quarter: 4))
                ?? series.value(measure, .month(year: year, month: 12))
            return v.flatMap { $0.isFinite ? (year, $0) : nil }
        }
    }
}
