import TargetModel

/// A model that projects the year-end outcome of a batch of series from any (year, month) origin.
///
/// Adding a model is one file with a type conforming to this protocol and one line in
/// `ModelSuite.models`; the rolling-origin backtest (`RollingOrigin`) scores it against the
/// benchmark and combines it with the others where it earns a weight.
///
/// ```swift
/// enum LastYearModel: YearEndModel {
///     static let id: ModelID = "last_year"
///     static func serves(_ measure: YearEndMeasure, hasLevels: Bool) -> Bool { measure != .progress }
///     static func forecasts(_ grids: [YearGrid], months: [Int]) -> ModelForecasts { … }
/// }
/// ```
package protocol YearEndModel: Sendable {
    /// The model's stable id: the text of the `model` column and of the backtest's MAE columns.
    static var id: ModelID { get }

    /// Whether the model projects series judged on `measure`; `hasLevels` tells whether the series
    /// has single-month levels.
    static func serves(_ measure: YearEndMeasure, hasLevels: Bool) -> Bool

    /// Whether the model projects this grid (by default: whether it serves the grid's measure).
    static func serves(_ grid: YearGrid, hasLevels: Bool) -> Bool

    /// The projections of every grid's outcome at every year and each of `months` (NaN where the
    /// model has none). `grids` holds only grids of measures the model serves.
    static func forecasts(_ grids: [YearGrid], months: [Int]) throws -> ModelForecasts
}

extension YearEndModel {
    package static func serves(_ grid: YearGrid, hasLevels: Bool) -> Bool {
        serves(grid.measure, hasLevels: hasLevels)
    }
}

/// The stable id of a year-end model (`carry_forward`, `bridge`, …): how outputs name it.
public struct ModelID: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The id as outputs show it.
    public let rawValue: String

    /// The model with this id.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The model with this id: `let id: ModelID = "bridge"`.
    public init(stringLiteral value: String) { rawValue = value }

    /// The id as outputs show it.
    public var description: String { rawValue }
}
