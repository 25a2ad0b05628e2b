import Dispatch

extension Array where Element: Sendable {
    /// `map` over the array on every core, in contiguous chunks; the result keeps the order.
    ///
    /// For pure per-element work on large arrays (a national panel's targets); small arrays
    /// (under `minimumChunk` elements per core) are mapped on the calling thread.
    public func concurrentMap<T: Sendable>(minimumChunk: Int = 2_048, _ transform: @Sendable (Element) -> T) -> [T] {
        let cores = Swift.max(1, Swift.min(onlineProcessors, count / Swift.max(1, minimumChunk)))
        guard cores > 1 else { return map(transform) }
        let chunk = (count + cores - 1) / cores
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            self.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let source = input
                DispatchQueue.concurrentPerform(iterations: cores) { part in
                    for i in (part * chunk)..<Swift.min(count, (part + 1) * chunk) { output[i] = transform(source[i]) }
                }
            }
        }
        return results.map { $0! }
    }
}

/// Online processors, as the C library reports them (TargetModel does without Foundation).
private var onlineProcessors: Int {
    #if canImport(Glibc)
    return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    #else
    return 1
    #endif
}

#if canImport(Glibc)
import Glibc
#endif
