import Evaluation
import Foundation
import TargetModel

/// A seeded, structure-aware fuzzer run inside the test command.
///
/// Inputs start from a seed corpus of well-formed examples and are mutated by the parser's own
/// grammar (cells, rows, keys, brackets, numbers) and by raw edits (deleting, repeating,
/// truncating). An input that makes the parser answer in a way not seen before (its outcome
/// signature: accepted with how much, or refused with which message shape) joins the corpus,
/// so later mutations build on it. Every answer must be an accepted value that passes the
/// parser's invariants or a thrown error; a crash ends the test process, so a finished run is
/// a run with no crash.
struct Fuzzer {
    /// The figures of one run, printed and written into the notes.
    struct Report: CustomStringConvertible {
        var target: String
        var executions = 0
        var accepted = 0
        var refused = 0
        var corpus = 0
        var elapsed: Duration = .zero
        var violations: [String] = []

        var description: String {
            "fuzz \(target): \(executions) executions in \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 2)))), "
                + "corpus \(corpus), accepted \(accepted), refused \(refused), invariant violations \(violations.count)"
        }
    }

    /// The one seed of every run: the same inputs on every machine.
    static let seed: UInt64 = 20_200_420
    /// Time given to each parser: the whole fuzz suite stays under half a minute in a debug build.
    static let budget: Duration = .seconds(3)

    var random = SeededGenerator(seed: Fuzzer.seed)

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ p: Double) -> Bool { random.uniform() < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    /// Runs `parse` on mutated inputs for `budget`; `parse` returns `nil` when the input was
    /// accepted and its result keeps the invariants, or a description of what was wrong.
    /// Errors it throws are refusals (the parser said no, with a message).
    static func run(_ target: String, corpus seeds: [String], budget: Duration = Fuzzer.budget,
                    mutate: (inout Fuzzer, String) -> String,
                    parse: (String) throws -> (signature: String, violation: String?)) -> Report {
        var fuzzer = Fuzzer()
        var report = Report(target: target)
        var corpus = seeds
        // Accepted inputs (the seeds first) are mutated half the time, so that the run keeps
        // exploring what the parser reads, not only the ways it refuses.
        var acceptedCorpus = seeds
        var signatures = Set<String>()
        let clock = ContinuousClock()
        let start = clock.now
        while clock.now - start < budget {
            let base = fuzzer.chance(0.5) ? fuzzer.pick(acceptedCorpus) : fuzzer.pick(corpus)
            var input = base
            for _ in 0..<fuzzer.int(1...4) { input = mutate(&fuzzer, input) }
            let signature: String
            do {
                let (shape, violation) = try parse(input)
                report.accepted += 1
                signature = "ok " + shape
                if let violation { report.violations.append("\(violation) for input \(input.debugDescription.prefix(300))") }
            } catch {
                report.refused += 1
                signature = "error " + Self.shape(of: "\(error)")
            }
            report.executions += 1
            if signatures.insert(signature).inserted, input.utf8.count < 1 << 16 {
                corpus.append(input)
                if signature.hasPrefix("ok ") { acceptedCorpus.append(input) }
            }
        }
        report.elapsed = clock.now - start
        report.corpus = corpus.count
        print(report)
        return report
    }

    /// A message with numbers and quoted text removed: the kind of refusal, not its instance.
    static func shape(of message: String) -> String {
        var out = ""
        var quoted = false
        for c in message.prefix(60) {
            if c == "'" || c == "\"" { quoted.toggle(); continue }
            if quoted || c.isNumber { continue }
            out.append(c)
        }
        return out
    }

    // MARK: - Generic mutations

    /// Text a hostile file holds: numbers past every range, invisible characters, quotes,
    /// brackets, separators, formula starts, escape sequences.
    static let hostileTokens = [
        "1e309", "-1e309", "1e308", "inf", "-inf", "NaN", "nan", ".inf", ".nan", "Infinity", String(repeating: "9", count: 400),
        "0x10", "1,234", "１２", "−2.2", "%", "\u{FEFF}", "\u{200B}", "\u{2060}", "\u{202E}", "\u{0}", "\u{7}", "\u{1B}[31m",
        "\"", "\"\"", ",", ",,", "\n", "\r\n", "\r", "\t", " ", "[", "]", "{", "}", "&a ", "*a", ": ", "- ", "#", "|", ">",
        "=1+1", "+cmd", "@x", "＝", "0001-01-01", "9999-12-31", "2013-02-30", "2013-13", "2013-Q5", "", "—", "…", "NA",
    ]

    /// One raw edit: insert a hostile token, delete or repeat a span, truncate.
    mutating func rawEdit(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        let at = scalars.isEmpty ? 0 : int(0...scalars.count)
        switch int(0...5) {
        case 0, 1:
            scalars.insert(contentsOf: pick(Self.hostileTokens).unicodeScalars, at: at)
        case 2:
            let end = min(scalars.count, at + int(1...20))
            if at < end { scalars.removeSubrange(at..<end) }
        case 3:
            let end = min(scalars.count, at + int(1...40))
            if at < end { scalars.insert(contentsOf: Array(repeating: scalars[at..<end], count: int(2...50)).joined(), at: end) }
        case 4:
            scalars = Array(scalars.prefix(at))
        default:
            if at < scalars.count { scalars[at] = pick(Array("0123456789-.,\"\n:[]{}- ".unicodeScalars)) }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
