/// Numbers as people read them in labels: at most `decimals` places, no trailing zeros.
///
/// Edge Cases: `-0` prints as `0`; a non-finite number prints as an empty string.
func numberText(_ value: Double, decimals: Int = 2) -> String {
    guard value.isFinite else { return "" }
    let rounded = roundedValue(value, decimals: decimals)
    if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int64(rounded)) }
    var text = String(rounded)
    if text.contains("e") { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
}

/// The value rounded to `decimals` places (and `-0` made `0`).
func roundedValue(_ value: Double, decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    return rounded == 0 ? 0 : rounded
}
