import Testing
@testable import SeriesIO

@Suite struct ReleaseCellTests {
    @Test(arguments: [
        ("8,072.5", 8072.5), ("８，０７２．５", 8072.5), ("26.3%", 26.3), ("２６．３％", 26.3), ("−2.2", -2.2),
        ("－7.0", -7.0), ("+3.4", 3.4), ("＋3.4", 3.4), (" 1 200.8 ", 1200.8), ("-0.42846172179117348", -0.42846172179117348),
        ("1e3", 1000), ("0", 0),
    ])
    func numbers(text: String, value: Double) {
        #expect(ReleaseCell.parse(text) == .number(value))
    }

    @Test(arguments: ["", " ", "—", "——", "…", "……", "-", "--", "NA", "n/a", "−", "x", "无"])
    func missingMarks(text: String) {
        #expect(ReleaseCell.parse(text) == .missing)
    }

    @Test(arguments: ["abc", "12亿", "1.2.3", "%", "inf", "nan%", "2013年"])
    func invalid(text: String) {
        #expect(ReleaseCell.parse(text) == .invalid)
    }
}
