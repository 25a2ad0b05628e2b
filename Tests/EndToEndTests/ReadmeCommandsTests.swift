import Foundation
import Testing

/// The README cannot go stale: every `targettrack` command in its ```sh blocks runs on the bundled
/// data, and the figures it quotes are what the tool prints.
@Suite struct ReadmeCommandsTests {
    /// Commands of the README that are not run, each with the reason: as few as possible.
    static let skipped: [(prefix: String, reason: String)] = [
        // The narrative's own release table and map (a user's download), not bundled files.
        ("targettrack import 2013年1-10月.csv", "names a user's file that exists only in the example narrative"),
    ]

    static let readme = TargetTrackProcess.root.appendingPathComponent("README.md")

    /// One ```sh block: its commands in order, continuation lines joined.
    struct Block: Sendable {
        var line: Int
        var commands: [(line: Int, text: String)]
    }

    /// Every ```sh block of the README with its lines starting `targettrack `.
    static func blocks() throws -> [Block] {
        let lines = try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n")
        var blocks: [Block] = []
        var current: Block?
        var pending: (line: Int, text: String)?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if current == nil {
                if line == "```sh" { current = Block(line: index + 1, commands: []) }
                continue
            }
            if line.hasPrefix("```") {
                blocks.append(current!)
                current = nil
                continue
            }
            if var command = pending {
                command.text += " " + line
                pending = nil
                if command.text.hasSuffix("\\") { pending = (command.line, String(command.text.dropLast())) }
                else { current!.commands.append(command) }
                continue
            }
            guard line.hasPrefix("targettrack ") else { continue }
            if line.hasSuffix("\\") { pending = (index + 1, String(line.dropLast())) }
            else { current!.commands.append((index + 1, line)) }
        }
        return blocks.filter { !$0.commands.isEmpty }
    }

    /// Runs one README line through `/bin/sh` (globs and comments as a reader's shell treats them),
    /// with `targettrack` the built binary, in `folder`; no workspace variable from outside.
    static func shell(_ command: String, in folder: URL) throws -> TargetTrackProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let binary = TargetTrackProcess.binary.path
        process.arguments = ["-c", "'\(binary)'" + command.dropFirst("targettrack".count)]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["TARGETTRACK_WORKSPACE"] = nil
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                     error: String(decoding: errData, as: UTF8.self))
    }

    /// A folder where the README's relative paths (`Datasets/…`) resolve, with the bundled
    /// Heilongjiang example in its workspace unless `empty`.
    static func folder(empty: Bool) throws -> URL {
        let folder = try TargetTrackProcess.temporaryFolder()
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Datasets"),
                                                   withDestinationURL: TargetTrackProcess.root.appendingPathComponent("Datasets"))
        guard !empty else { return folder }
        for command in ["targettrack init", "targettrack catalog import Datasets/heilongjiang-2013/catalog.yaml",
                        "targettrack import Datasets/heilongjiang-2013/heilongjiang-2013-reconstructed.csv Datasets/heilongjiang-2013/published.csv"] {
            let result = try shell(command, in: folder)
            guard result.status == 0 else { throw PreparationFailure(message: "\(command): \(result.error)") }
        }
        return folder
    }

    struct PreparationFailure: Error { var message: String }

    @Test("Every targettrack command in the README's sh blocks runs on the bundled data")
    func everyCommandRuns() throws {
        let blocks = try Self.blocks()
        #expect(blocks.flatMap(\.commands).count >= 7)
        var ran = 0
        // A block that starts with `targettrack init` walks through a workspace of its own from an
        // empty folder; every other block runs, in README order, on the bundled example.
        let example = try Self.folder(empty: false)
        defer { try? FileManager.default.removeItem(at: example) }
        for block in blocks {
            let own = block.commands.first?.text.hasPrefix("targettrack init") == true
            let folder = own ? try Self.folder(empty: true) : example
            defer { if own { try? FileManager.default.removeItem(at: folder) } }
            for (line, command) in block.commands {
                if let skip = Self.skipped.first(where: { command.hasPrefix($0.prefix) }) {
                    print("README.md:\(line): skipped (\(skip.reason)): \(command)")
                    continue
                }
                let result = try Self.shell(command, in: folder)
                #expect(result.status == 0, "README.md:\(line): `\(command)` failed: \(result.error)")
                #expect(!result.output.lowercased().contains("nan"), "README.md:\(line): `\(command)` printed NaN")
                ran += 1
            }
        }
        #expect(ran >= 6)
    }

    /// The README's text.
    static func text() throws -> String { try String(contentsOf: readme, encoding: .utf8) }

    @Test("The main job's risk line quoted in the README is what `targettrack month` prints")
    func monthFigures() throws {
        let readme = try Self.text()
        let quoted = try #require(readme.firstMatch(of: /`(T001 地区生产总值[^`]*)`/)).1
        let folder = try Self.folder(empty: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let month = try Self.shell("targettrack month --as-of 2013-09 --out out", in: folder)
        #expect(month.status == 0, "\(month.error)")
        #expect(month.output.contains(quoted), "README quotes `\(quoted)`; the tool printed:\n\(month.output)")
    }

    @Test("The README's goal-seek example is what `targettrack goal-seek` prints")
    func goalSeekFigures() throws {
        let readme = try Self.text()
        let quoted = try #require(readme.firstMatch(of: /`(T001 地区生产总值：[^`]*)`/)).1
        let folder = try Self.folder(empty: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let answer = try Self.shell("targettrack goal-seek T001 --as-of 2013-09", in: folder)
        #expect(answer.status == 0, "\(answer.error)")
        #expect(answer.output.contains(quoted), "README quotes `\(quoted)`; the tool printed:\n\(answer.output)")
    }

    @Test("The README's NIST table is what `targettrack regress --certify` prints")
    func nistFigures() throws {
        let readme = try Self.text()
        var quoted: [String: String] = [:]
        for row in readme.matches(of: /\| (\w+) \| ([0-9.]+) \|(?: \| (\w+) \| ([0-9.]+) \|)?/) {
            quoted[String(row.1)] = String(row.2)
            if let name = row.3, let value = row.4 { quoted[String(name)] = String(value) }
        }
        let folder = try Self.folder(empty: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let certify = try Self.shell("targettrack regress --certify Datasets/nist-strd/*.dat", in: folder)
        #expect(certify.status == 0, "\(certify.error)")
        var printed: [String: String] = [:]
        for line in certify.output.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2, Double(fields[1]) != nil { printed[String(fields[0])] = String(fields[1]) }
        }
        #expect(printed.count == 11)
        for (dataset, minimum) in printed {
            #expect(quoted[dataset] == minimum, "README's NIST table gives \(dataset) \(quoted[dataset] ?? "nothing"); the tool prints \(minimum)")
        }
    }
}

extension ReadmeCommandsTests {
    @Test("The README's 四季度投资放缓 figures are what `targettrack scenario run` prints")
    func scenarioFigures() throws {
        let readme = try Self.text().replacingOccurrences(of: "\n", with: " ")
        let folder = try Self.folder(empty: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.shell("targettrack links fit Datasets/heilongjiang-2013/links.yaml", in: folder).status == 0)
        // Projections as the table prints them (2 decimals), probabilities as the CSV does (3).
        func rows(_ format: String) throws -> (header: [String], rows: [[String]]) {
            let run = try Self.shell("targettrack scenario run Datasets/heilongjiang-2013/scenarios/q4-investment-slowdown.yaml "
                                     + "--lang en --format \(format)", in: folder)
            #expect(run.status == 0, "\(run.error)")
            let lines = run.output.split(whereSeparator: \.isNewline).map { line in
                format == "csv" ? line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                                : line.split(separator: " ").map(String.init)
            }
            return (lines.first ?? [], Array(lines.dropFirst()))
        }
        let table = try rows("table"), csv = try rows("csv")
        func field(_ id: String, _ key: String, in printed: (header: [String], rows: [[String]])) throws -> String {
            let row = try #require(printed.rows.first { $0.first == id }, "no row \(id)")
            let column = try #require(printed.header.firstIndex(of: key), "no column \(key)")
            return row[column]
        }
        func projection(_ id: String, _ key: String) throws -> String { try field(id, key, in: table) }
        func p(_ id: String, _ key: String) throws -> String {
            let printed = try field(id, key, in: csv)
            return Double(printed) == 0 ? "below 0.001" : printed
        }
        let expected = [
            "moves investment (T003) from \(try projection("T003", "baseline_projection")) % to \(try projection("T003", "projection")) % "
                + "(P(meet) \(try p("T003", "baseline_probability")) → \(try p("T003", "probability")))",
            "GDP (T001) through the link from \(try projection("T001", "baseline_projection")) % to \(try projection("T001", "projection")) % "
                + "(P \(try p("T001", "baseline_probability")) → \(try p("T001", "probability")))",
            "fiscal revenue (T002) from \(try projection("T002", "baseline_projection")) % to \(try projection("T002", "projection")) % "
                + "(P \(try p("T002", "baseline_probability")) → \(try p("T002", "probability")))",
        ]
        for sentence in expected {
            #expect(readme.contains(sentence), "the README should say: \(sentence)")
        }
    }
}
