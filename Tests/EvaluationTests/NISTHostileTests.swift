import Evaluation
import Testing
import TextFormats
import LinearAlgebra

/// Issue 20: `.dat` files that name absurd models or hold values that are not numbers.
@Suite struct NISTHostileTests {
    static func dat(model: String = "y = B0 + B1*x + e", data: String = "1 2\n2 3\n3 5\n") -> String {
        """
        NIST/ITL StRD
        Dataset Name:  Hostile

        Model:         Linear Class
                       \(model)

                       Certified Values
                Parameter     Standard Deviation
          B0   1.0   0.1
          B1   1.0   0.1

        Residual
        Standard Deviation   0.5
        R-Squared            0.9

        Data:       y          x
        \(data)
        """
    }

    static func failure(_ text: String) -> String {
        do {
            _ = try NISTDataset(name: "h", text: text)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: ["B999999999999", "B100000", "B99999999999999999999999999"])
    func anAbsurdParameterCountIsRefusedBeforeAnythingIsAllocated(term: String) {
        #expect(Self.failure(Self.dat(model: "y = B0 + \(term)*x + e")).hasPrefix("line 5: the model names a parameter B"))
    }

    @Test(arguments: ["NaN", "Inf", "-inf", "1e309", "nan"])
    func aValueThatIsNotANumberNamesItsLine(value: String) {
        let message = Self.failure(Self.dat(data: "1 2\n\(value) 3\n3 5\n"))
        #expect(message.hasPrefix("line 18: column 1: '\(value)' is not a number"))
    }

    @Test func theHostileTemplateItselfReads() throws {
        let dataset = try NISTDataset(name: "h", text: Self.dat())
        #expect(dataset.y == [1, 2, 3])
    }
}
