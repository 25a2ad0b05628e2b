/// Parses a decimal number from UTF-8 bytes: an optional sign, digits with an optional
/// fraction, and an optional exponent (`-2.15`, `8288`, `1.5e3`). Correctly rounded.
///
/// Edge Cases: `nil` for anything else, including `inf`, `nan`, hexadecimal and thousands
/// separators.
func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var index = 0
    var negative = false
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
        negative = first == UInt8(ascii: "-")
        index = 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var sawPoint = false
    while index < bytes.count {
        let byte = bytes[index]
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            guard digits < 18 else { return parseNumberSlowly(bytes) }
            mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
            if mantissa > 0 { digits += 1 }
            if sawPoint { fractionDigits += 1 }
        } else if byte == UInt8(ascii: "."), !sawPoint {
            sawPoint = true
        } else {
            return parseNumberSlowly(bytes)
        }
        index += 1
    }
    let sawDigit = bytes.count - (negative || bytes.first == UInt8(ascii: "+") ? 1 : 0) - (sawPoint ? 1 : 0) > 0
    guard sawDigit, mantissa < 1 << 53, fractionDigits < powersOfTen.count else { return parseNumberSlowly(bytes) }
    // Both operands are exact, so one division rounds correctly (Clinger's fast path).
    let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
    return negative ? -magnitude : magnitude
}

private let powersOfTen: [Double] = (0...22).map { exponent in
    (0..<exponent).reduce(1.0) { product, _ in product * 10 }
}

private func parseNumberSlowly(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    let allowed = Set("0123456789+-.eE".utf8)
    guard bytes.allSatisfy({ allowed.contains($0) }),
          bytes.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return nil }
    return Double(String(decoding: bytes, as: UTF8.self))
}
