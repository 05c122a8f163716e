import ReadoutModel
import Testing

@Suite struct JSONValueTests {
    @Test func escapesPerRFC8259AndKeepsKeyOrder() {
        let value = JSONValue.object([
            ("z", .string("a \"quote\", a \\ backslash\nnew line\u{01}")),
            ("a", .null), ("n", .number(1.5)), ("i", .integer(-3)), ("b", .bool(false)),
        ])
        #expect(value.compact == #"{"z":"a \"quote\", a \\ backslash\nnew line\u0001","a":null,"n":1.5,"i":-3,"b":false}"#)
    }

    @Test func prettyPrintsNestedObjectsAndInlineScalarArrays() {
        let value = JSONValue.object([("fields", .array([.object([("name", .string("id"))])])), ("key", .array([.string("id")]))])
        #expect(value.pretty == """
            {
              "fields": [
                {
                  "name": "id"
                }
              ],
              "key": ["id"]
            }

            """)
    }

    @Test func nonASCIIStaysAsUTF8() {
        #expect(JSONValue.string("Xi’s “red line” 🇨🇳").compact == "\"Xi’s “red line” 🇨🇳\"")
    }
}
