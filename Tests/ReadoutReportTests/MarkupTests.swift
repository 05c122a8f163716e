import ReadoutReport
import Testing

@Suite struct MarkupTests {
    @Test func textAndAttributeValuesAreEscaped() {
        let markup = Markup.element("a", ["href": "x\"><script>", "title": nil], text: "<b>")
        #expect(markup.html == "<a href=\"x&quot;&gt;&lt;script&gt;\">&lt;b&gt;</a>")
    }

    @Test func childrenNestAndVoidElementsHaveNoEndTag() {
        let markup = Markup.element("p", [:], [.text("a"), .void("br"), .element("code", text: "b")])
        #expect(markup.html == "<p>a<br><code>b</code></p>")
    }

    @Test func linesEndEachPartWithANewline() {
        #expect(Markup.lines([.text("a"), .text("b")]).html == "a\nb\n")
        #expect(Markup.join([.text("a"), .text("b")], separator: .text("; ")).html == "a; b")
    }
}
