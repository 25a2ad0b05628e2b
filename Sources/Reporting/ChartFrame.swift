/// The plot area shared by the report's charts: a y scale with round ticks and a unit label,
/// x positions for months (or years), the target line with its good side shaded.
struct ChartFrame {
    static let width = 460.0, height = 250.0
    static let left = 56.0, right = 404.0, top = 22.0, bottom = 200.0

    let scale: YScale

    init(values: [Double]) {
        scale = YScale(values: values, top: Self.top, bottom: Self.bottom)
    }

    func y(_ value: Double) -> Double { scale.position(value) }

    /// x of slot `i` of `count` equal slots across the plot (months 1–12 are slots 0–11).
    static func x(slot i: Double, of count: Int) -> Double {
        left + (i + 0.5) / Double(count) * (right - left)
    }

    /// Grid lines, y tick labels and the unit above the axis.
    func grid(unit: String, language: Language) -> String {
        var svg = ""
        for tick in scale.ticks {
            svg += #"<line class="grid" x1="\#(f(Self.left))" x2="\#(f(Self.right))" y1="\#(f(y(tick)))" y2="\#(f(y(tick)))"/>"#
            svg += #"<text class="tick" x="\#(f(Self.left - 6))" y="\#(f(y(tick) + 4))" text-anchor="end">\#(numberText(tick))</text>"#
        }
        if !unit.isEmpty {
            svg += #"<text class="unit" x="4" y="\#(f(Self.top - 9))" text-anchor="start">\#(escapedHTML(language.pick("单位：", "unit: ") + unit))</text>"#
        }
        return svg + #"<line class="axis" x1="\#(f(Self.left))" x2="\#(f(Self.right))" y1="\#(f(Self.bottom))" y2="\#(f(Self.bottom))"/>"#
    }

    /// The side of the target line that meets the target, shaded, and the line itself labelled.
    func target(_ side: GoodSide, label: String) -> String {
        let clamp = { (v: Double) in Swift.min(Self.bottom, Swift.max(Self.top, v)) }
        let (shadeTop, shadeBottom, lines): (Double, Double, [Double])
        switch side {
        case let .above(line): (shadeTop, shadeBottom, lines) = (Self.top, clamp(y(line)), [line])
        case let .below(line): (shadeTop, shadeBottom, lines) = (clamp(y(line)), Self.bottom, [line])
        case let .between(low, high): (shadeTop, shadeBottom, lines) = (clamp(y(high)), clamp(y(low)), [low, high])
        }
        var svg = ""
        if shadeBottom > shadeTop {
            svg += #"<rect class="good-side" x="\#(f(Self.left))" y="\#(f(shadeTop))" width="\#(f(Self.right - Self.left))" height="\#(f(shadeBottom - shadeTop))"/>"#
        }
        for line in lines {
            svg += #"<line class="target-line" x1="\#(f(Self.left))" x2="\#(f(Self.right))" y1="\#(f(y(line)))" y2="\#(f(y(line)))"/>"#
        }
        let labelY = y(lines[lines.count - 1])
        svg += #"<text class="target-label" x="\#(f(Self.right + 4))" y="\#(f(labelY + 4))">\#(escapedHTML(label))</text>"#
        return svg
    }

    static func monthLabel(_ month: Int, _ language: Language) -> String {
        let english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return language == .zh ? "\(month)月" : english[month - 1]
    }

    /// The SVG element's opening tag.
    static func open(_ cls: String, target: String, label: String) -> String {
        #"<svg class="\#(cls)" data-target="\#(escapedHTML(target))" viewBox="0 0 \#(Int(width)) \#(Int(height))" role="img" aria-label="\#(escapedHTML(label))" xmlns="http://www.w3.org/2000/svg">"#
    }
}

/// A coordinate for SVG: one decimal place.
func f(_ v: Double) -> String { numberText(v, decimals: 1) }

/// `x,y x,y …` for a polyline or polygon.
func points(_ xy: [(Double, Double)]) -> String {
    xy.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
}

/// A vertical scale over the plot area with round tick values.
struct YScale {
    let low: Double, high: Double, ticks: [Double]
    let top: Double, bottom: Double

    init(values: [Double], top: Double, bottom: Double) {
        let finite = values.filter(\.isFinite)
        var lo = finite.min() ?? 0, hi = finite.max() ?? 1
        if hi - lo < 1e-9 { lo -= 1; hi += 1 }
        let step = YScale.niceStep((hi - lo) / 4)
        low = (lo / step).rounded(.down) * step
        high = (hi / step).rounded(.up) * step
        ticks = stride(from: low, through: high + step / 2, by: step).map { roundedValue($0, decimals: 6) }
        self.top = top
        self.bottom = bottom
    }

    func position(_ value: Double) -> Double {
        bottom - (value - low) / (high - low) * (bottom - top)
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
