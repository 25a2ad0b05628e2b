/// NIST's log relative error: the number of correct significant digits of an estimate.
///
/// LRE = −log10(|estimate − certified| / |certified|), or −log10(|estimate − certified|) when the
/// certified value is 0, capped at `cap` (15 by default, the digits NIST prints). An exact match
/// gives the cap; a NaN estimate gives 0.
public func logRelativeError(_ estimate: Double, certified: Double, cap: Double = 15) -> Double {
    guard estimate.isFinite else { return 0 }
    let error = abs(estimate - certified)
    if error == 0 { return cap }
    let relative = certified == 0 ? error : error / abs(certified)
    return Swift.min(cap, Swift.max(0, -log10(relative)))
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
