import Risk
import TargetModel

/// How one target's year-end projection moved through the year (as the Atlanta Fed's GDPNow
/// shows its nowcast's evolution): the projection and its bands as of each month, the target,
/// last year's path and what moved the projection each month.
///
/// ```swift
/// let history = ProjectionHistory(target: gdp, months: [
///     .init(month: 3, projection: 9.1, band80: 8.2...10.0, band95: 7.6...10.6, news: ["3月发布8.4，预期8.9"]),
///     .init(month: 6, projection: 8.6, band80: 8.0...9.2, band95: 7.7...9.5)],
///     lastYear: [MonthReading(month: 3, value: 10.2), MonthReading(month: 6, value: 10.1)])
/// let svg = ProjectionHistoryChart.svg(history, language: .zh)
/// ```
public struct ProjectionHistory: Sendable {
    /// The projection as of one month.
    public struct Month: Sendable {
        /// The month of the data the projection was made with (1–12 of the target's year).
        public var month: Int
        /// The median year-end projection.
        public var projection: Double
        /// The 10–90 % range of the year-end outcome.
        public var band80: ClosedRange<Double>
        /// The 2.5–97.5 % range.
        public var band95: ClosedRange<Double>
        /// What moved the projection this month, one sentence each (releases against expectations).
        public var news: [String]

        public init(month: Int, projection: Double, band80: ClosedRange<Double>, band95: ClosedRange<Double>,
                    news: [String] = []) {
            self.month = month
            self.projection = projection
            self.band80 = band80
            self.band95 = band95
            self.news = news
        }
    }

    public var target: Target
    /// One entry per month projected, in any order.
    public var months: [Month]
    /// Last year's path over the same months in the target's measure (year-to-date growth or amount).
    public var lastYear: [MonthReading]

    public init(target: Target, months: [Month], lastYear: [MonthReading] = []) {
        self.target = target
        self.months = months
        self.lastYear = lastYear
    }
}

/// Draws a `ProjectionHistory` as inline SVG: months along the bottom, the 95 % and 80 % bands
/// as shaded areas, the projection as a line of dots, the target line with its good side shaded,
/// last year's path grey and dashed, and a marker under each month with news (its sentences in
/// the marker's tooltip).
///
/// Edge Cases: months outside 1–12 and non-finite values are left out; with no month left the
/// chart shows the axes, the target and last year alone; a single month is a dot with its bands
/// as a bar.
public enum ProjectionHistoryChart {
    public static func svg(_ history: ProjectionHistory, language: Language) -> String {
        let t = history.target
        let months = history.months
            .filter { (1...12).contains($0.month) && [$0.projection, $0.band95.lowerBound, $0.band95.upperBound,
                                                      $0.band80.lowerBound, $0.band80.upperBound].allSatisfy(\.isFinite) }
            .sorted { $0.month < $1.month }
        let lastYear = history.lastYear.filter { (1...12).contains($0.month) && $0.value.isFinite }.sorted { $0.month < $1.month }
        let side = GoodSide(t)
        let lines = side?.lines ?? []
        let frame = ChartFrame(values: months.flatMap { [$0.band95.lowerBound, $0.band95.upperBound, $0.projection] }
                               + lastYear.map(\.value) + lines)
        let x = { (month: Int) in ChartFrame.x(slot: Double(month - 1), of: 12) }
        let y = frame.y
        var svg = ChartFrame.open("history-chart", target: t.id, label: t.indicator + language.pick(" 预测演变", " projection history"))
            + frame.grid(unit: t.unit, language: language)
        if let side { svg += frame.target(side, label: language.pick("目标", "target")) }
        for month in 1...12 {
            svg += #"<text class="tick" x="\#(f(x(month)))" y="\#(f(ChartFrame.bottom + 16))" text-anchor="middle">\#(ChartFrame.monthLabel(month, language))</text>"#
        }
        func area(_ band: (ProjectionHistory.Month) -> ClosedRange<Double>, _ cls: String) -> String {
            if months.count == 1, let m = months.first {
                return #"<rect class="\#(cls)" x="\#(f(x(m.month) - 6))" y="\#(f(y(band(m).upperBound)))" width="12" height="\#(f(y(band(m).lowerBound) - y(band(m).upperBound)))"/>"#
            }
            let upper = months.map { (x($0.month), y(band($0).upperBound)) }
            let lower = months.reversed().map { (x($0.month), y(band($0).lowerBound)) }
            return #"<polygon class="\#(cls)" points="\#(points(upper + lower))"/>"#
        }
        if !months.isEmpty { svg += area(\.band95, "band-95") + area(\.band80, "band-80") }
        if lastYear.count > 1 {
            svg += #"<polyline class="last-year" points="\#(points(lastYear.map { (x($0.month), y($0.value)) }))"><title>\#(escapedHTML(language.pick("去年同期", "last year") + " \(t.year - 1)"))</title></polyline>"#
        }
        if months.count > 1 {
            svg += #"<polyline class="history" points="\#(points(months.map { (x($0.month), y($0.projection)) }))"/>"#
        }
        for m in months {
            let tip = language.pick("\(m.month)月预计全年 ", "projection as of \(ChartFrame.monthLabel(m.month, language)): ")
                + UnitText.amount(m.projection, unit: t.unit)
                + "（P10–P90 \(numberText(m.band80.lowerBound))–\(UnitText.amount(m.band80.upperBound, unit: t.unit))）"
            svg += #"<circle class="projection" cx="\#(f(x(m.month)))" cy="\#(f(y(m.projection)))" r="3.5"><title>\#(escapedHTML(tip))</title></circle>"#
            if !m.news.isEmpty {
                let news = language.pick("\(m.month)月动态：", "news, \(ChartFrame.monthLabel(m.month, language)): ") + m.news.joined(separator: language.pick("；", "; "))
                svg += #"<path class="news" d="M\#(f(x(m.month) - 5)),\#(f(ChartFrame.bottom + 32)) l5,-8 l5,8 z"><title>\#(escapedHTML(news))</title></path>"#
            }
        }
        return svg + "</svg>"
    }
}
