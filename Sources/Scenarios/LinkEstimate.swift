import LinearAlgebra
import TargetModel

/// An estimated link: the indicator's YTD growth regressed on its drivers' YTD growth over every
/// period in which all of them were published (e.g. GDP on industry, investment and retail).
public struct LinkEstimate: Codable, Sendable, Equatable {
    public var series: String
    public var drivers: [String]
    /// Intercept first, then one elasticity per driver.
    public var coefficients: [Double]
    public var standardErrors: [Double]
    public var rSquared: Double
    /// Residual standard deviation: the link's own error, added to a shocked projection's spread.
    public var residualStandardDeviation: Double
    public var observations: Int
    /// The years the estimation used.
    public var years: [Int]

    /// The elasticity of the series to one driver.
    public func elasticity(of driver: String) -> Double? {
        drivers.firstIndex(of: driver).map { coefficients[$0 + 1] }
    }

    /// Estimates a link by least squares (QR on LAPACK) over the periods every series shares.
    ///
    /// - Parameter before: only periods of years before this one are used (no look-ahead).
    /// - Throws: `ScenarioProblems` when a series is unknown or the shared history is too short.
    public static func fit(_ link: LinkSpecification.Link, data: [String: SeriesData], before year: Int,
                           file: String = "links") throws -> LinkEstimate {
        var problems = ProblemList(file: file)
        for id in [link.series] + link.drivers where data[id] == nil {
            problems.add(link.line, "unknown series '\(id)'")
        }
        try problems.throwIfAny()
        let measure = Measure.ytdGrowth
        // Monthly and quarterly figures pair up by the month their period ends (2013-03 with 2013-Q1).
        func value(_ id: String, _ period: Period) -> Double? {
            let series = data[id]!
            if let v = series.value(measure, period) { return v }
            let (year, month) = (period.year, period.endMonth)
            return series.value(measure, .month(year: year, month: month))
                ?? (month % 3 == 0 ? series.value(measure, .quarter(year: year, quarter: month / 3)) : nil)
        }
        let periods = data[link.series]!.periods(measure).filter { period in
            period.year < year && link.drivers.allSatisfy { value($0, period) != nil }
        }
        let parameters = link.drivers.count + 1
        guard periods.count >= parameters + 2 else {
            problems.add(link.line, "\(link.series): only \(periods.count) periods share YTD growth with its drivers; need at least \(parameters + 2)")
            throw ScenarioProblems(problems: problems.problems)
        }
        let columns = [Array(repeating: 1.0, count: periods.count)] + link.drivers.map { driver in
            periods.map { value(driver, $0)! }
        }
        let y = periods.map { data[link.series]!.value(measure, $0)! }
        let fit = try Regression(design: Matrix(columns: columns), response: y, hasIntercept: true)
        return LinkEstimate(series: link.series, drivers: link.drivers, coefficients: fit.coefficients,
                            standardErrors: fit.standardErrors ?? [], rSquared: fit.rSquared,
                            residualStandardDeviation: fit.residualStandardDeviation,
                            observations: periods.count, years: Array(Set(periods.map(\.year))).sorted())
    }
}

/// One reason a fitted link is too weak to lean on.
public enum LinkWeakness: String, Sendable, Equatable, Codable, CaseIterable {
    /// Fewer periods than `LinkEstimate.minimumObservations`.
    case fewPoints = "few_points"
    /// A driver's standard error above `LinkEstimate.maximumRelativeStandardError` of its coefficient.
    case impreciseCoefficient = "imprecise_coefficient"
    /// R² below `LinkEstimate.minimumRSquared`.
    case lowRSquared = "low_r_squared"
}

extension LinkEstimate {
    /// A link fitted on fewer periods than this is weak: with three parameters and quarterly
    /// figures, 20 periods are five years of quarters.
    public static let minimumObservations = 20
    /// A driver whose standard error exceeds this share of its coefficient is not distinguishable
    /// from no effect at about the 95 % level (|t| < 2): the link is weak.
    public static let maximumRelativeStandardError = 0.5
    /// Below this R², the drivers explain less than half of the series' variation: the link is weak.
    public static let minimumRSquared = 0.5

    /// Why the link is weak, empty when it is not: few points, an imprecise driver coefficient, low R².
    public var weaknesses: [LinkWeakness] {
        var found: [LinkWeakness] = []
        if observations < Self.minimumObservations { found.append(.fewPoints) }
        if !impreciseDrivers.isEmpty { found.append(.impreciseCoefficient) }
        if rSquared < Self.minimumRSquared { found.append(.lowRSquared) }
        return found
    }

    /// The drivers whose standard error exceeds `maximumRelativeStandardError` of their coefficient.
    public var impreciseDrivers: [String] {
        drivers.indices.filter { k in
            k + 1 < standardErrors.count && standardErrors[k + 1] > Self.maximumRelativeStandardError * abs(coefficients[k + 1])
        }.map { drivers[$0] }
    }
}

extension Scenario {
    /// The links among `links` this scenario moves targets through: those with a shocked driver,
    /// and those driven by a series such a link moves (so its output can flag the weak ones).
    public func links(usedFrom links: [LinkEstimate]) -> [LinkEstimate] {
        var moved = Set(shocks.map(\.series))
        var used: [LinkEstimate] = []
        while let next = links.first(where: { link in !used.contains(link) && link.drivers.contains(where: moved.contains) }) {
            used.append(next)
            moved.insert(next.series)
        }
        return used
    }
}
