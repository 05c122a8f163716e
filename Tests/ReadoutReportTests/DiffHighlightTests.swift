@testable import ReadoutReport
import Testing

@Suite struct DiffHighlightTests {
    @Test func eachSideMarksOnlyItsOwnWords() {
        let diff = "[-uncrossable-] {+first+} red line {+not to be crossed+}"
        #expect(DiffHighlight.markup("uncrossable red line", diff: diff, side: .first).html
            == "<del>uncrossable</del> red line")
        #expect(DiffHighlight.markup("first red line not to be crossed", diff: diff, side: .second).html
            == "<ins>first</ins> red line <ins>not to be crossed</ins>")
    }

    @Test func punctuationAndCaseInTheTextStayAsWritten() {
        let diff = "{+beijing would not sit idly by+} if [-the us insists on suppressing-] {+washington continued to support+} china's high-tech development"
        let text = "Beijing would \"not sit idly by\" if Washington continued to support \"China's high-tech development.\""
        #expect(DiffHighlight.markup(text, diff: diff, side: .second).html
            == "<ins>Beijing would &quot;not sit idly by&quot;</ins> if <ins>Washington continued to support</ins> &quot;China&#39;s high-tech development.&quot;")
    }

    @Test func aDiffThatDoesNotLineUpLeavesThePlainText() {
        #expect(DiffHighlight.markup("something else <entirely>", diff: "[-a-] b", side: .first).html == "something else &lt;entirely&gt;")
        #expect(DiffHighlight.markup("a b", diff: nil, side: .first).html == "a b")
    }

    @Test func tokensKeepEveryCharacter() {
        #expect(DiffHighlight.tokens(" a  b\n") == [" ", "a", "  ", "b", "\n"])
    }
}
