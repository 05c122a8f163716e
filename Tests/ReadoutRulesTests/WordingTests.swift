import ReadoutModel
@testable import ReadoutRules
import Testing

@Suite struct WordingTests {
    @Test func normalizesCasePunctuationAndCurlyQuotes() {
        #expect(Wording.words("“Uncrossable  red line,” China’s") == ["uncrossable", "red", "line", "china's"])
    }

    @Test func diffMarksRemovedAndAddedWords() {
        let firm = Wording.diff(Wording.words("a firm line"), Wording.words("a clear line"))
        #expect(firm.parts == [.common("a"), .only(.first, ["firm"]), .only(.second, ["clear"]), .common("line")])
        #expect(firm.text == "a [-firm-] {+clear+} line")
        #expect(Wording.diff(["x"], ["x", "y"]).text == "x {+y+}")
        #expect(Wording.diff(["x", "y"], ["y"]).text == "[-x-] y")
        #expect(Wording.diff(["x", "y"], ["y"]).parts == [.only(.first, ["x"]), .common("y")])
    }

    @Test func similarityAndContainment() {
        #expect(Wording.similarity(["a", "b"], ["a", "b"]) == 1)
        #expect(Wording.similarity(["a"], ["b"]) == 0)
        #expect(Wording.contains(["a", "b", "c"], ["b", "c"]))
        #expect(!Wording.contains(["a", "b", "c"], ["a", "c"]))
    }

    @Test func negationReversal() {
        #expect(Wording.reversesNegation(Wording.words("will not sit idly by"), Wording.words("will sit idly by")))
        #expect(!Wording.reversesNegation(Wording.words("won't sit"), Wording.words("will not sit")))
    }
}
