import Synchronization
import Testing
import TextFormats

@Suite struct RowSourceTests {
    @Test func rowsAreMadeOnlyWhenRead() {
        let made = Atomic(0)
        let rows = RowSource(count: 1_000_000) { r -> [Int] in
            made.add(1, ordering: .relaxed)
            return [r, r * r]
        }
        #expect(rows.count == 1_000_000 && made.load(ordering: .relaxed) == 0)
        #expect(rows[999] == [999, 998_001])
        #expect(rows.prefix(2).map(\.[1]) == [0, 1])
        #expect(made.load(ordering: .relaxed) == 3)
    }

    @Test func madeRowsAndLiteralsReadBack() {
        let literal: RowSource<[String]> = [["a"], ["b", "c"]]
        #expect(Array(literal) == [["a"], ["b", "c"]])
        #expect(Array(RowSource([[1.5]])) == [[1.5]] && RowSource<[Int]>([]).isEmpty)
    }
}
