@testable import ReadoutLoader
import Testing

@Suite struct JSONLineParserTests {
    private func parse(_ line: String) throws(JSONLineParser.Failure) -> [JSONLineParser.Member] {
        try JSONLineParser.members(of: Array(line.utf8)[...])
    }

    @Test func readsScalarsWithTheirColumns() throws {
        let members = try parse(#"{"a": "x\"y\u00e9\ud83c\udde8", "n": -1.5e3, "t": true, "z": null, "l": [1, {"k": []}]}"#)
        #expect(members.map(\.key) == ["a", "n", "t", "z", "l"])
        #expect(members[0].value == .string("x\"yé\u{1F1E8}"))
        #expect(members[0].column == 7)
        #expect(members[1].value == .number("-1.5e3"))
        #expect(members[2].value == .bool(true))
        #expect(members[3].value == .null)
        #expect(members[4].value == .nested(.array([.integer(1), .object([("k", .array([]))])])))
    }

    @Test(arguments: [
        (#"[1, 2]"#, "not a JSON object"),
        (#"{"a": 1, "a": 2}"#, "duplicate key 'a'"),
        (#"{"a": 01}"#, "expected"),
        (#"{"a": "unterminated}"#, "unterminated string"),
        ("{\"a\": \"tab\there\"}", "control character"),
        (#"{"a": 1} x"#, "unexpected text"),
        (#"{"a": "\ud800"}"#, "unpaired surrogate"),
        (#"{"a": tru}"#, "invalid literal"),
        (#"{"a": 1,}"#, "expected '\"'"),
    ])
    func refusesBadLinesWithAMessage(line: String, message: String) {
        do {
            _ = try parse(line)
            Issue.record("expected a failure for \(line)")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func boundsNesting() {
        let deep = #"{"a": "# + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        do {
            _ = try parse(deep)
            Issue.record("expected a nesting failure")
        } catch {
            #expect(error.message.contains("nested"))
        }
    }
}
