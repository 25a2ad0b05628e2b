/// One quantitative (or milestone) target of a government work report, as assigned to departments.
///
/// A `Target` is a plain value: it is what the extractor produces from a policy document, what the
/// catalog stores, and what projection and risk assessment read. Every field has the meaning of
/// the catalog column of the same name (see the README's catalog section).
public struct Target: Codable, Hashable, Sendable {
    /// Stable identifier, e.g. `T001`.
    public var id: String
    /// Plan year the target belongs to.
    public var year: Int
    /// Section path such as `一(一)` or `七(二)3`.
    public var section: String
    /// Indicator name as written, e.g. `地区生产总值`.
    public var indicator: String
    public var kind: TargetKind
    public var comparator: Comparator
    public var direction: Direction
    /// Target value in `unit`; `nil` for milestones.
    public var value: Double?
    /// Upper end of a range target.
    public var valueMax: Double?
    /// Unit as written (`%`, `亿斤`, `万人`, `个` …).
    public var unit: String
    /// Lead departments (主办 / 牵头 / 负责).
    public var lead: [String]
    /// Co-organising departments (协办 / 配合 / 参与).
    public var co: [String]
    /// Responsible leaders (分管副省长 …), recorded apart from departments.
    public var leaders: [String]
    /// The form of responsibility as written: 负责, 主办协办, 分别负责, 牵头 …
    public var responsibility: String
    /// Line of the source document the target came from (1-based).
    public var line: Int
    /// Exact text span the target was extracted from.
    public var text: String
    /// Identifier of the data series that measures the target, when one is linked.
    public var series: String?
    /// Tolerance in the target's unit (0.5 percentage points for rates written with 左右).
    public var tolerance: Double?

    public init(
        id: String, year: Int, section: String, indicator: String, kind: TargetKind,
        comparator: Comparator, direction: Direction, value: Double?, valueMax: Double? = nil,
        unit: String, lead: [String] = [], co: [String] = [], leaders: [String] = [],
        responsibility: String = "", line: Int = 0, text: String = "",
        series: String? = nil, tolerance: Double? = nil
    ) {
        self.id = id
        self.year = year
        self.section = section
        self.indicator = indicator
        self.kind = kind
        self.comparator = comparator
        self.direction = direction
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.lead = lead
        self.co = co
        self.leaders = leaders
        self.responsibility = responsibility
        self.line = line
        self.text = text
        self.series = series
        self.tolerance = tolerance
    }

    /// The series the target's observations are read from: its linked series, else its own id
    /// (a milestone's states, or the progress of a target without a statistical series, are
    /// reported under the target's id, e.g. `T011,2013-06,progress,350`).
    public var dataSeries: String { series ?? id }

    /// The tolerance that applies when judging attainment: the catalog's value, else 0.
    public var effectiveTolerance: Double { tolerance ?? 0 }

    /// Every department answerable for the target, lead first, without repeats.
    public var departments: [String] {
        var seen = Set<String>()
        return (lead + co).filter { seen.insert($0).inserted }
    }
}

/// What a target measures.
public enum TargetKind: String, Codable, CaseIterable, Sendable {
    /// A percentage change on last year (`增长11%`).
    case growthRate = "growth_rate"
    /// An amount or count to reach or complete (`1300亿斤`, `300所`).
    case level
    /// A rate or share to reach (`城镇污水处理率提高到75%`).
    case ratio
    /// A task with no number.
    case milestone
}

/// How the outcome is compared with the target value.
public enum Comparator: String, Codable, CaseIterable, Sendable {
    /// 左右: about the value; falling short by more than the tolerance is a miss.
    case approx
    /// 以上 / 不低于 / 超过.
    case atLeast = "at_least"
    /// 以内 / 不超过 / 以下 / 低于 / 控制在.
    case atMost = "at_most"
    /// The value as written (a level to complete, a rate to reach).
    case exact
    /// Between `value` and `valueMax`.
    case range
}

/// Which way the indicator is meant to move.
public enum Direction: String, Codable, CaseIterable, Sendable {
    case increase
    case decrease
    case level
}
