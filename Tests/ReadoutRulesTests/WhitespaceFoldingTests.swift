@testable import ReadoutRules
import Testing

struct WhitespaceFoldingTests {
    @Test func everyUnicodeWhitespaceFoldsToOneSpace() {
        let spaces = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(\.properties.isWhitespace)
        #expect(spaces.count == 25)
        for space in spaces {
            #expect(WhitespaceFolding.fold("a" + String(space) + String(space) + "b") == "a b", "U+\(String(space.value, radix: 16))")
        }
    }

    @Test func otherCharactersStayAsWritten() {
        // Non-breaking-looking but not White_Space (zero width space, word joiner), CJK, emoji.
        let text = "a\u{200B}b\u{2060}c 習近平 🇨🇳 \u{2029}end"
        #expect(WhitespaceFolding.fold(text) == "a\u{200B}b\u{2060}c 習近平 🇨🇳 end")
        #expect(WhitespaceFolding.fold("  \t red\r\n  line \u{3000}") == "red line")
        #expect(WhitespaceFolding.foldedUTF8("x\u{00A0}y") == Array("x y".utf8))
    }
}
