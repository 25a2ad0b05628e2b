import ArgumentParser
import Foundation
import LinearAlgebra

/// Reading the `regress` command's input files, with errors that name the file.
enum RegressionInput {
    /// Reads a NIST StRD `.dat` file.
    static func nist(_ path: String) throws -> NISTDataset {
        let text = try readText(path)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        do {
            return try NISTDataset(name: name, text: text)
        } catch let error as NISTDataset.ParseError {
            throw ValidationError("\(path):\(error.line): \(error.message)")
        }
    }

    /// Runs a fit, turning linear-algebra failures into a one-line error naming the file.
    static func fit(file: String, _ body: () throws -> Regression) throws -> Regression {
        do {
            return try body()
        } catch let error as LinearAlgebraError {
            throw ValidationError("\(file): \(error)")
        }
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(path): the file is not UTF-8 text")
        }
        return text
    }
}
