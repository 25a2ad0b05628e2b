import TargetTrackKit
import Foundation
import LinearAlgebra
import TextFormats

/// Reading the `regress` command's input files, with errors that name the file.
public enum RegressionInput {
    /// Reads a NIST StRD `.dat` file.
    public static func nist(_ path: String) throws -> NISTDataset {
        let text = try ReadableFile.utf8Text(path)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        do {
            return try NISTDataset(name: name, text: text)
        } catch let error as NISTDataset.ParseError {
            throw TargetTrackError("\(path):\(error.line): \(error.message)")
        }
    }

    /// Reads a CSV file with a header row into a design (with a leading column of ones when
    /// `intercept`) and a response. Every cell must be a number.
    public static func csv(_ path: String, y: String, x: [String], intercept: Bool) throws -> (Matrix, [Double]) {
        do {
            var reader = try CSVReader(path: path)
            guard let header = try reader.next() else { throw TargetTrackError("\(path): the file is empty") }
            let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            let indices = try ([y] + x).map { column -> Int in
                guard let i = names.firstIndex(of: column) else {
                    throw TargetTrackError("\(path):\(header.line): unknown column '\(column)' (columns: \(names.joined(separator: ", ")))")
                }
                return i
            }
            var rows: [[Double]] = []
            while let record = try reader.next() {
                guard record.count == names.count else {
                    throw TargetTrackError("\(path):\(record.line): ragged row: \(record.count) cells, the header has \(names.count)")
                }
                rows.append(try indices.map { i in
                    guard let v = Double(record[i].trimmingCharacters(in: .whitespaces)), NumberRule.accepts(v) else {
                        throw TargetTrackError("\(record.locations[i]): '\(record[i].excerpt())' in column \(names[i]) is not \(NumberRule.expectation)")
                    }
                    return v
                })
            }
            let parameters = x.count + (intercept ? 1 : 0)
            guard rows.count >= parameters else {
                throw TargetTrackError("\(path): \(rows.count) observations for \(parameters) parameters; need at least as many observations")
            }
            let ones: [[Double]] = intercept ? [Array(repeating: 1, count: rows.count)] : []
            let design = Matrix(columns: ones + (1..<indices.count).map { k in rows.map { $0[k] } })
            return (design, rows.map { $0[0] })
        } catch let error as TextFormatsError {
            throw TargetTrackError("\(error)")
        }
    }

    /// Runs a fit, turning linear-algebra failures into a one-line error naming the file.
    public static func fit(file: String, _ body: () throws -> Regression) throws -> Regression {
        do {
            return try body()
        } catch let error as LinearAlgebraError {
            throw TargetTrackError("\(file): \(error)")
        }
    }

    /// Fits a file: a NIST `.dat` by its certified model, else a CSV on the named columns.
    /// - Throws: `TargetTrackError` naming the file (a CSV without `y` and `x` among them).
    public static func fit(file: String, y: String?, x: [String]?, intercept: Bool) throws -> Regression {
        if file.lowercased().hasSuffix(".dat") {
            let data = try nist(file)
            return try fit(file: file) { try data.fit() }
        }
        guard let y, let x else { throw TargetTrackError("\(file): a CSV file needs --y COLUMN and --x COLUMN[,COLUMN…]") }
        let (design, response) = try csv(file, y: y, x: x, intercept: intercept)
        return try fit(file: file) { try Regression(design: design, response: response, hasIntercept: intercept) }
    }
}
