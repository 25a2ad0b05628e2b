import Testing
@testable import Workspace

@Suite("Restatements: the same figure at another precision")
struct RestatementTests {
    @Test("Decimals of the shortest round-trip form", arguments: [(27.31, 2), (27.30873936, 8), (100, 0), (25.9, 1), (-0.5, 1)])
    func decimals(value: Double, places: Int) {
        #expect(Restatement.decimals(value) == places)
    }

    @Test func exponentFormsAndNonFiniteValuesHaveNone() {
        #expect(Restatement.decimals(1e-7) == nil)
        #expect(Restatement.decimals(.nan) == nil)
        #expect(Restatement.decimals(.infinity) == nil)
    }

    @Test("Finer or coarser when the one with more decimals rounds to the other")
    func kinds() {
        #expect(Restatement.of(27.30873936, against: 27.31) == .finer)
        #expect(Restatement.of(27.31, against: 27.30873936) == .coarser)
        #expect(Restatement.of(18316.936, against: 18316.94) == .finer)
        #expect(Restatement.of(25.95, against: 25.9) == .finer, "the rounding interval's edge")
    }

    @Test("Equal values, revisions and whole numbers are not restatements")
    func notRestatements() {
        #expect(Restatement.of(27.31, against: 27.31) == nil)
        #expect(Restatement.of(27.32, against: 27.31) == nil, "same precision: a revision")
        #expect(Restatement.of(27.3189, against: 27.31) == nil, "outside the rounding interval")
        #expect(Restatement.of(100.3, against: 100) == nil, "a whole number revised to a fraction")
    }
}
