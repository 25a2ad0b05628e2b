import Evaluation
import Foundation
import Testing
import LinearAlgebra

/// The repository's `Datasets/` folder, found from this source file's location.
let datasetsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Datasets")

func loadNIST(_ name: String) throws -> NISTDataset {
    let url = datasetsFolder.appendingPathComponent("nist-strd/\(name).dat")
    return try NISTDataset(name: name, text: String(contentsOf: url, encoding: .utf8))
}

@Suite("NIST StRD certified values")
struct NISTCertifiedTests {
    @Test("Lower and average difficulty, Longley and Wampler1–3 reach LRE ≥ 9",
          arguments: ["Norris", "Pontius", "NoInt1", "NoInt2", "Longley", "Wampler1", "Wampler2", "Wampler3"])
    func nineDigits(name: String) throws {
        let result = try NISTCertification(loadNIST(name))
        #expect(result.minimum >= 9, "\(name): minimum LRE \(result.minimum)")
    }

    @Test("Filip, Wampler4 and Wampler5 reach LRE ≥ 7", arguments: ["Filip", "Wampler4", "Wampler5"])
    func sevenDigits(name: String) throws {
        let result = try NISTCertification(loadNIST(name))
        #expect(result.minimum >= 7, "\(name): minimum LRE \(result.minimum)")
    }

    @Test("Every dataset reaches LRE ≥ 10 with exact polynomial residuals and augmented refinement",
          arguments: ["Norris", "Pontius", "NoInt1", "NoInt2", "Longley", "Wampler1", "Wampler2", "Wampler3",
                      "Filip", "Wampler4", "Wampler5"])
    func tenDigits(name: String) throws {
        let result = try NISTCertification(loadNIST(name))
        #expect(result.minimum >= 10, "\(name): minimum LRE \(result.minimum)")
    }

    @Test("The parser reads the model from the header")
    func modelShapes() throws {
        let filip = try loadNIST("Filip")
        #expect(filip.degree == 10 && filip.hasIntercept && filip.y.count == 82)
        let longley = try loadNIST("Longley")
        #expect(longley.predictors.count == 6 && longley.design.columns == 7)
        let noint = try loadNIST("NoInt1")
        #expect(!noint.hasIntercept && noint.design.columns == 1)
        let pontius = try loadNIST("Pontius")
        #expect(pontius.y.count == 40 && pontius.certified.coefficients.count == 3)
    }

    @Test("A ragged data row is reported with its line")
    func raggedRow() throws {
        var text = try String(contentsOf: datasetsFolder.appendingPathComponent("nist-strd/Norris.dat"), encoding: .utf8)
        text += "1.0 2.0 3.0\r\n"
        #expect(throws: NISTDataset.ParseError.self) { try NISTDataset(name: "Norris", text: text) }
    }
}
