import ReadoutModel
@testable import ReadoutRules
import Testing

@Suite struct ControlCharacterTests {
    private func messages(_ yaml: String) throws -> [String] {
        let dataset = try ExampleSupport.dataset(yaml, of: nil)
        return ControlCharacterRule().check(RuleContext(dataset: dataset)).map(\.message)
    }

    /// Yams hands a double-quoted "\0" over whole: the NUL is in the value, not where it ends.
    @Test func findsEscapedNULInADoubleQuotedYAMLScalar() throws {
        #expect(try messages("""
            actors:
              - id: biden
                name: "Joe\\0Biden"
                kind: person
            """) == ["'name' holds control character U+0000 at character 4"])
    }

    @Test func namesEachCodePointAndItsPositionUpToThree() throws {
        #expect(try messages("""
            actors:
              - id: biden
                name: "\\x01a\\x7Fb\\u0092c\\x1B"
                kind: person
            """) == ["'name' holds 4 control characters: U+0001 at character 1, U+007F at character 3, U+0092 at character 5, ..."])
    }

    @Test(arguments: [(0x00, true), (0x08, true), (0x09, false), (0x0A, false), (0x0B, true), (0x0D, false),
                      (0x1F, true), (0x20, false), (0x7E, false), (0x7F, true), (0x80, true), (0x9F, true),
                      (0xA0, false), (0x2028, false), (0xFEFF, false)])
    func reportsC0ButTabLineFeedAndReturnAndDELAndC1(_ value: UInt32, _ reported: Bool) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(ControlCharacterRule.isReported(scalar) == reported)
        #expect(ControlCharacterRule.controlCharacters(in: .string("x" + String(scalar))).isEmpty == !reported)
    }

    @Test func checksTheItemsOfAList() {
        let found = ControlCharacterRule.controlCharacters(in: .list([.string("a"), .string("b\u{7}")], delimiter: ","))
        #expect(found.map(\.position) == [2])
        #expect(ControlCharacterRule.codePoint(found[0].scalar) == "U+0007")
    }
}
