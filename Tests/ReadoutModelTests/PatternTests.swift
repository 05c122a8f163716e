import ReadoutModel
import Testing

/// XML Schema regular expressions (XML Schema Part 2, appendix F), as Table Schema `pattern` uses them.
@Suite struct PatternTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let pattern: String
        let value: String
        let matches: Bool
        let section: String
        var testDescription: String { "\(pattern) ~ \(value) (\(section))" }
    }

    static let cases: [Case] = [
        // F: "regular expressions are implicitly anchored at the head and tail".
        Case(pattern: "[a-z]+", value: "abc", matches: true, section: "F anchoring"),
        Case(pattern: "[a-z]+", value: "abc1", matches: false, section: "F anchoring"),
        Case(pattern: "b", value: "abc", matches: false, section: "F anchoring"),
        Case(pattern: "a|bc", value: "bc", matches: true, section: "F.1 regExp"),
        Case(pattern: "a|bc", value: "abc", matches: false, section: "F.1 regExp"),
        Case(pattern: "a|", value: "", matches: true, section: "F.1 branch ::= piece*"),
        // F.1 quantifiers.
        Case(pattern: "s[0-9]{3,}", value: "s001", matches: true, section: "F.1 quantMin"),
        Case(pattern: "s[0-9]{3,}", value: "s01", matches: false, section: "F.1 quantMin"),
        Case(pattern: "a{2}", value: "aa", matches: true, section: "F.1 QuantExact"),
        Case(pattern: "a{1,2}", value: "aaa", matches: false, section: "F.1 quantRange"),
        Case(pattern: "(ab)+", value: "abab", matches: true, section: "F.1 atom"),
        // F.1 Char: ^ and $ are ordinary characters in the middle of a branch.
        Case(pattern: "a^b", value: "a^b", matches: true, section: "F.1 Char"),
        Case(pattern: "a$b", value: "a$b", matches: true, section: "F.1 Char"),
        Case(pattern: "\\^a", value: "^a", matches: true, section: "F.1.1 SingleCharEsc"),
        Case(pattern: "[$]", value: "$", matches: true, section: "F.1 XmlChar"),
        // F.1.1 character classes.
        Case(pattern: "[a-z-[aeiou]]+", value: "xyz", matches: true, section: "F.1 charClassSub"),
        Case(pattern: "[a-z-[aeiou]]+", value: "xaz", matches: false, section: "F.1 charClassSub"),
        Case(pattern: "[^a-z-[x]]", value: "x", matches: false, section: "F.1 charClassSub (negative)"),
        Case(pattern: "[^a-z-[x]]", value: "A", matches: true, section: "F.1 charClassSub (negative)"),
        Case(pattern: "[A-Za-z0-9_.-]+", value: "a.b-c_9", matches: true, section: "F.1 charRange, '-' last"),
        Case(pattern: "[-a]", value: "-", matches: true, section: "F.1 charRange, '-' first"),
        Case(pattern: "[a^]", value: "^", matches: true, section: "F.1 XmlChar"),
        Case(pattern: "[&&a]", value: "&", matches: true, section: "F.1 XmlChar (ICU set operators are literal)"),
        Case(pattern: "\\p{Lu}+", value: "ABC", matches: true, section: "F.1.1 catEsc"),
        Case(pattern: "\\P{Lu}", value: "A", matches: false, section: "F.1.1 complEsc"),
        Case(pattern: "\\p{IsBasicLatin}+", value: "abc", matches: true, section: "F.1.1 IsBlock"),
        Case(pattern: "\\p{IsBasicLatin}", value: "é", matches: false, section: "F.1.1 IsBlock"),
        // F.1.1 multi-character escapes.
        Case(pattern: ".", value: "\n", matches: false, section: "F.1.1 WildcardEsc [^\\n\\r]"),
        Case(pattern: ".", value: "😀", matches: true, section: "F.1.1 WildcardEsc: one code point"),
        Case(pattern: "\\s", value: "\u{A0}", matches: false, section: "F.1.1 \\s is [#x20\\t\\n\\r]"),
        Case(pattern: "\\d", value: "٣", matches: true, section: "F.1.1 \\d is \\p{Nd}"),
        Case(pattern: "\\w", value: "-", matches: false, section: "F.1.1 \\w excludes \\p{P}"),
        Case(pattern: "\\w+", value: "a_b", matches: false, section: "F.1.1 \\w excludes '_' (Pc)"),
        Case(pattern: "\\w", value: "$", matches: true, section: "F.1.1 \\w includes symbols (Sc)"),
        Case(pattern: "\\i\\c*", value: "_a-1.b", matches: true, section: "F.1.1 \\i \\c name characters"),
        Case(pattern: "\\i", value: "1", matches: false, section: "F.1.1 \\i"),
        Case(pattern: "\\I", value: "1", matches: true, section: "F.1.1 \\I"),
        Case(pattern: "\\C", value: "a", matches: false, section: "F.1.1 \\C"),
    ]

    @Test(arguments: cases)
    func matchesAsXMLSchemaDoes(_ example: Case) throws {
        #expect(try Pattern(xmlSchema: example.pattern).matches(example.value) == example.matches)
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        let pattern: String
        let mentions: String
        var testDescription: String { pattern }
    }

    /// Constructs XML Schema lacks, and anchors, are refused with a reason.
    static let refusals: [Refusal] = [
        Refusal(pattern: "^a.*$", mentions: "'^' at the start"),
        Refusal(pattern: "a.*$", mentions: "'$' at the end"),
        Refusal(pattern: "(a|^b)", mentions: "'^' at the start"),
        Refusal(pattern: "(?=a)a", mentions: "lookaround"),
        Refusal(pattern: "(?:a)", mentions: "non-capturing"),
        Refusal(pattern: "(a)\\1", mentions: "backreferences"),
        Refusal(pattern: "a*?", mentions: "lazy quantifiers"),
        Refusal(pattern: "a++", mentions: "possessive"),
        Refusal(pattern: "\\bword", mentions: "'\\b' is not an XML Schema escape"),
        Refusal(pattern: "\\$", mentions: "'\\$' is not an XML Schema escape"),
        Refusal(pattern: "[a-z", mentions: "no closing ']'"),
        Refusal(pattern: "(a", mentions: "no closing ')'"),
        Refusal(pattern: "a)", mentions: "closes no group"),
        Refusal(pattern: "*a", mentions: "nothing to repeat"),
        Refusal(pattern: "a{3,1}", mentions: "minimum above its maximum"),
        Refusal(pattern: "[z-a]", mentions: "runs backwards"),
        Refusal(pattern: "[a-c-e]", mentions: "'-' in a character class"),
        Refusal(pattern: "[]", mentions: "empty"),
        Refusal(pattern: "\\p{Foo}", mentions: "not a Unicode general category"),
        Refusal(pattern: "a]", mentions: "must be escaped"),
    ]

    @Test(arguments: refusals)
    func refusesWhatXMLSchemaLacks(_ refusal: Refusal) {
        #expect {
            _ = try Pattern(xmlSchema: refusal.pattern)
        } throws: { error in
            (error as? PatternError)?.message.contains(refusal.mentions) == true
        }
    }

    @Test func keepsItsSource() throws {
        #expect(try Pattern(xmlSchema: "s[0-9]{3,}").source == "s[0-9]{3,}")
    }

    /// Foundation copies a pattern of more than 256 UTF-16 units to the heap and never frees the copy
    /// (found by fuzz-descriptor; Tests/lsan.supp and Fuzz/lsan.supp name it): such a pattern still
    /// compiles and matches whole values like any other.
    @Test func aPatternLongerThanFoundationsBufferMatchesWholeValues() throws {
        let pattern = try Pattern(xmlSchema: String(repeating: "a", count: 300))
        #expect(pattern.matches(String(repeating: "a", count: 300)))
        #expect(!pattern.matches(String(repeating: "a", count: 299)))
        #expect(!pattern.matches(String(repeating: "a", count: 301)))
    }
}
