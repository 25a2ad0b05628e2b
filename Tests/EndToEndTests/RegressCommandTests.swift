import Foundation
import Testing

@Suite("targettrack regress")
struct RegressCommandTests {
    @Test("Filip as JSON gives the certified coefficients to at least 7 digits")
    func filipJSON() throws {
        let result = try TargetTrackProcess.run(["regress", "Datasets/nist-strd/Filip.dat", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let b = try #require(json["coefficients"] as? [Double])
        #expect(b.count == 11 && (json["rank"] as? Int) == 11)
        // Certified B0 and B10 (Filip.dat header).
        #expect(abs(b[0] - -1467.48961422980) / 1467.48961422980 < 1e-7)
        #expect(abs(b[10] - -4.02962525080404e-05) / 4.02962525080404e-05 < 1e-7)
        #expect(json["standardErrors"] is [Double] && json["rSquared"] is Double && json["residualStandardDeviation"] is Double)
    }

    @Test("--certify prints every dataset's minimum LRE")
    func certify() throws {
        let files = ["Norris", "Filip", "Wampler5"].map { "Datasets/nist-strd/\($0).dat" }
        let result = try TargetTrackProcess.run(["regress", "--certify", "--format", "json"] + files)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { ($0["minimum"] as? Double ?? 0) >= 7 })
    }

    @Test("Bad CSV input: one-line errors naming file, line and column; non-zero exit", arguments: [
        ("y,x\n1,2\n2,a\n", ["--y", "y", "--x", "x"], "bad.csv:3:3: 'a' in column x is not a finite number"),
        ("y,x\n1,2\n2\n", ["--y", "y", "--x", "x"], "bad.csv:3: ragged row"),
        ("y,x\n1,2\n", ["--y", "y", "--x", "x"], "1 observations for 2 parameters"),
        ("y,x\n1,2\n2,3\n", ["--y", "y", "--x", "z"], "bad.csv:1: unknown column 'z'"),
    ])
    func badInput(text: String, options: [String], message: String) throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        try Data(text.utf8).write(to: folder.appendingPathComponent("bad.csv"))
        let result = try TargetTrackProcess.run(["regress", "bad.csv"] + options, in: folder)
        #expect(result.status != 0)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(result.error.split(separator: "\n").count == 1)
    }

    @Test("A rank-deficient design reports its rank, never NaN")
    func rankDeficient() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        try Data("y,x1,x2\n1,2,4\n2,3,6\n3,5,10\n4,1,2\n".utf8).write(to: folder.appendingPathComponent("d.csv"))
        let result = try TargetTrackProcess.run(["regress", "d.csv", "--y", "y", "--x", "x1,x2", "--format", "json"], in: folder)
        #expect(result.status == 0)
        #expect(result.output.contains("\"rank\": 2") && !result.output.lowercased().contains("nan"))
    }
}
