import ReadoutReport
import Testing

@Suite struct HTMLEscapingTests {
    @Test func markupCharactersBecomeEntities() {
        #expect(HTMLEscaping.escape("<script>alert(\"x\" & 'y')</script>")
            == "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;")
    }

    @Test func entitiesInTheDataAreEscapedAgainSoTheyShowAsWritten() {
        #expect(HTMLEscaping.escape("&lt;b&gt;") == "&amp;lt;b&amp;gt;")
    }

    @Test func controlCharactersBecomeReplacementCharactersButLineBreaksStay() {
        #expect(HTMLEscaping.escape("a\u{0}b\u{7}c\nd\te") == "a\u{FFFD}b\u{FFFD}c\nd\te")
    }

    @Test func otherTextIsUnchanged() {
        #expect(HTMLEscaping.escape("Biden–Xi “red line” 习近平") == "Biden–Xi “red line” 习近平")
    }
}
