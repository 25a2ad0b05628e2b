import Projection
import Risk
import TargetModel

/// One target's fan chart as inline SVG: the year's readings so far, the projection fanning out
/// from the latest reading to December (10–90 % and 2.5–97.5 % bands, median dashed), and the
/// target as a red line (or a band for a range or a tolerance).
///
/// Edge Cases: without monthly readings the fan is drawn at December alone; `nil` when the target
/// has no distribution (nothing to chart).
struct FanChart {
    let assessment: TargetAssessment
    let language: Language

    static let width = 440.0, height = 230.0
    static let left = 52.0, right = 396.0, top = 14.0, bottom = 196.0

    func svg() -> String? {
        guard let d = assessment.projection.distribution else { return nil }
        let t = assessment.target
        let readings = self.readings
        let anchor = readings.last
        let outer = (d.quantile(0.025), d.quantile(0.975)), inner = (d.quantile(0.1), d.quantile(0.9))
        let goal = targetBand
        let values = readings.map(\.value) + [outer.0, outer.1, d.median] + (goal.map { [$0.0, $0.1] } ?? [])
        let scale = YScale(values: values)
        let x = { (month: Double) in Self.left + (month - 0.5) / 12 * (Self.right - Self.left) }
        let y = scale.position

        var svg = #"<svg class="fan-chart" data-target="\#(escapedHTML(t.id))" viewBox="0 0 \#(Int(Self.width)) \#(Int(Self.height))" role="img" aria-label="\#(escapedHTML(t.indicator))" xmlns="http://www.w3.org/2000/svg">"#
        // Grid and y-axis labels.
        for tick in scale.ticks {
            svg += #"<line class="grid" x1="\#(f(Self.left))" x2="\#(f(Self.right))" y1="\#(f(y(tick)))" y2="\#(f(y(tick)))"/>"#
            svg += #"<text class="tick" x="\#(f(Self.left - 6))" y="\#(f(y(tick) + 4))" text-anchor="end">\#(numberText(tick))</text>"#
        }
        for month in 1...12 {
            svg += #"<text class="tick" x="\#(f(x(Double(month))))" y="\#(f(Self.bottom + 16))" text-anchor="middle">\#(monthLabel(month))</text>"#
        }
        // Target.
        if let goal {
            if goal.1 - goal.0 > 0 {
                svg += #"<rect class="target-band" x="\#(f(Self.left))" y="\#(f(y(goal.1)))" width="\#(f(Self.right - Self.left))" height="\#(f(y(goal.0) - y(goal.1)))"/>"#
            }
            if let line = t.outcomeOnTarget {
                svg += #"<line class="target-line" x1="\#(f(Self.left))" x2="\#(f(Self.right))" y1="\#(f(y(line)))" y2="\#(f(y(line)))"/>"#
                svg += #"<text class="target-label" x="\#(f(Self.right + 4))" y="\#(f(y(line) + 4))">\#(escapedHTML(language.pick("目标", "target")))</text>"#
            }
        }
        // Fan from the latest reading (or from just before December) to December.
        let start = anchor.map { (x(Double($0.month)), y($0.value)) }
        let endX = x(12)
        func band(_ low: Double, _ high: Double, _ cls: String) -> String {
            let points: [(Double, Double)]
            if let start, start.0 < endX {
                points = [start, (endX, y(high)), (endX, y(low))]
            } else {
                points = [(endX - 6, y(high)), (endX + 6, y(high)), (endX + 6, y(low)), (endX - 6, y(low))]
            }
            return #"<polygon class="\#(cls)" points="\#(points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " "))"/>"#
        }
        svg += band(outer.0, outer.1, "band-95")
        svg += band(inner.0, inner.1, "band-80")
        if let start, start.0 < endX {
            svg += #"<line class="median" x1="\#(f(start.0))" y1="\#(f(start.1))" x2="\#(f(endX))" y2="\#(f(y(d.median)))"/>"#
        }
        svg += #"<circle class="projection" cx="\#(f(endX))" cy="\#(f(y(d.median)))" r="3.5"><title>\#(escapedHTML(language.pick("预计全年", "projection"))) \#(numberText(d.median))</title></circle>"#
        // Readings so far.
        if readings.count > 1 {
            svg += #"<polyline class="readings" points="\#(readings.map { "\(f(x(Double($0.month)))),\(f(y($0.value)))" }.joined(separator: " "))"/>"#
        }
        for r in readings {
            svg += #"<circle class="reading" cx="\#(f(x(Double(r.month))))" cy="\#(f(y(r.value)))" r="3"><title>\#(assessment.target.year)-\#(r.month < 10 ? "0" : "")\#(r.month): \#(numberText(r.value))</title></circle>"#
        }
        svg += #"<line class="axis" x1="\#(f(Self.left))" x2="\#(f(Self.right))" y1="\#(f(Self.bottom))" y2="\#(f(Self.bottom))"/>"#
        return svg + "</svg>"
    }

    /// The year's readings in the target's measure: the year-to-date series, else the latest value.
    private var readings: [MonthReading] {
        if let ytd = assessment.yearToDate, ytd.year == assessment.target.year { return ytd.readings }
        let p = assessment.projection
        if case let .month(year, month)? = p.latestPeriod, year == assessment.target.year, let v = p.latestValue {
            return [MonthReading(month: month, value: v)]
        }
        return []
    }

    /// The range of outcomes that meet the target exactly or within tolerance.
    private var targetBand: (Double, Double)? {
        let t = assessment.target
        guard let on = t.outcomeOnTarget else { return nil }
        if t.comparator == .range, let high = t.valueMax { return (on - t.effectiveTolerance, high + t.effectiveTolerance) }
        return (on - t.effectiveTolerance, on + t.effectiveTolerance)
    }

    private func monthLabel(_ month: Int) -> String {
        let english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return language == .zh ? "\(month)月" : english[month - 1]
    }

    private func f(_ v: Double) -> String { numberText(v, decimals: 1) }
}

/// A vertical scale over the plot area with round tick values.
struct YScale {
    let low: Double, high: Double, ticks: [Double]

    init(values: [Double]) {
        let finite = values.filter(\.isFinite)
        var lo = finite.min() ?? 0, hi = finite.max() ?? 1
        if hi - lo < 1e-9 { lo -= 1; hi += 1 }
        let step = YScale.niceStep((hi - lo) / 4)
        low = (lo / step).rounded(.down) * step
        high = (hi / step).rounded(.up) * step
        ticks = stride(from: low, through: high + step / 2, by: step).map { roundedValue($0, decimals: 6) }
    }

    func position(_ value: Double) -> Double {
        FanChart.bottom - (value - low) / (high - low) * (FanChart.bottom - FanChart.top)
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for m in [1.0, 2, 5, 10] where m * power >= raw { return m * power }
        return 10 * power
    }
}
