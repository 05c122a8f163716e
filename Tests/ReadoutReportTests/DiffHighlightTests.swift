import ReadoutModel
@testable import ReadoutReport
import Testing

@Suite struct DiffHighlightTests {
    /// `[-uncrossable-] {+first+} red line {+not to be crossed+}`, as the rules hand it over.
    let redLine = WordDiff(parts: [
        .only(.first, ["uncrossable"]), .only(.second, ["first"]), .common("red"), .common("line"),
        .only(.second, ["not", "to", "be", "crossed"]),
    ])

    @Test func eachSideMarksOnlyItsOwnWords() {
        #expect(DiffHighlight.markup("uncrossable red line", diff: redLine, side: .first).html
            == "<del>uncrossable</del> red line")
        #expect(DiffHighlight.markup("first red line not to be crossed", diff: redLine, side: .second).html
            == "<ins>first</ins> red line <ins>not to be crossed</ins>")
    }

    @Test func theTextFormIsWhatFindingsPrint() {
        #expect(redLine.text == "[-uncrossable-] {+first+} red line {+not to be crossed+}")
        #expect(redLine.words(of: .first).map(\.word) == ["uncrossable", "red", "line"])
        #expect(redLine.words(of: .second).filter(\.own).map(\.word) == ["first", "not", "to", "be", "crossed"])
    }

    @Test func punctuationAndCaseInTheTextStayAsWritten() {
        let diff = WordDiff(parts: [
            .only(.second, ["beijing", "would", "not", "sit", "idly", "by"]), .common("if"),
            .only(.first, ["the", "us", "insists", "on", "suppressing"]), .only(.second, ["washington", "continued", "to", "support"]),
            .common("china's"), .common("high-tech"), .common("development"),
        ])
        let text = "Beijing would \"not sit idly by\" if Washington continued to support \"China's high-tech development.\""
        #expect(DiffHighlight.markup(text, diff: diff, side: .second).html
            == "<ins>Beijing would &quot;not sit idly by&quot;</ins> if <ins>Washington continued to support</ins> &quot;China&#39;s high-tech development.&quot;")
    }

    @Test func aDiffThatDoesNotLineUpLeavesThePlainText() {
        let diff = WordDiff(parts: [.only(.first, ["a"]), .common("b")])
        #expect(DiffHighlight.markup("something else <entirely>", diff: diff, side: .first).html == "something else &lt;entirely&gt;")
        #expect(DiffHighlight.markup("a b", diff: nil, side: .first).html == "a b")
    }

    @Test func tokensKeepEveryCharacter() {
        #expect(DiffHighlight.tokens(" a  b\n") == [" ", "a", "  ", "b", "\n"])
    }
}
