import TargetModel

/// The models that project a year-end outcome (the `model` column of `project`).
public enum ProjectionModel: String, Sendable, Codable, CaseIterable, Comparable {
    /// The year-to-date figure so far is the year-end figure: the benchmark to beat.
    case carryForward = "carry_forward"
    /// December on the month-m figure and last year's December, across past years.
    case bridge
    /// Log monthly levels on trend and month-of-year effects from the smoothed newest deviation, aggregated.
    case seasonal
    /// Single-month change on last year regressed on time with recent months weighted more
    /// (ESCAP's time-weighted method), extrapolated over the remaining months.
    case pace
    /// The year-to-date amount over the historical share of the year completed by month m.
    case profile
    /// Linear trend on annual history (annual-only indicators).
    case trend

    public static func < (lhs: ProjectionModel, rhs: ProjectionModel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The models that apply to a measure (carry-forward always first).
    static func candidates(for measure: YearEndMeasure, hasLevels: Bool) -> [ProjectionModel] {
        switch measure {
        case .annual: return [.carryForward, .trend]
        case .progress: return [.carryForward, .profile]
        case .yearTotal: return [.carryForward, .bridge, .profile, .pace] + (hasLevels ? [.seasonal] : [])
        case .ytdGrowth, .yearEndLevel: return [.carryForward, .bridge, .pace] + (hasLevels ? [.seasonal] : [])
        case .yearAverageIndex: return [.carryForward, .bridge, .pace]
        }
    }
}
