import TargetModel

extension Target {
    /// The target as people write it: `≥30%`, `11%左右`, `≤3.5%`, `13–15%`, `下降≥3.7%`, `300所`.
    /// Empty for a milestone or a target without a value.
    public var targetText: String {
        guard let value else { return "" }
        let v = numberText(value)
        let body: String
        switch comparator {
        case .approx: body = "\(v)\(unit)左右"
        case .atLeast: body = "≥\(v)\(unit)"
        case .atMost: body = "≤\(v)\(unit)"
        case .exact: body = "\(v)\(unit)"
        case .range: body = "\(v)–\(numberText(valueMax ?? value))\(unit)"
        }
        return direction == .decrease ? "下降" + body : body
    }
}
