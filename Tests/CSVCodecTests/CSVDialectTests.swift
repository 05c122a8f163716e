import CSVCodec
import Testing

/// Table Dialect properties at the codec level (datapackage.org, Table Dialect, "Properties").
@Suite struct CSVDialectTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let section: String
        let dialect: CSVDialect
        let text: String
        let rows: [[String?]]
        var testDescription: String { section }
    }

    static let cases: [Case] = [
        Case(section: "delimiter", dialect: CSVDialect(delimiter: "|"), text: "id|name\n1|apple\n", rows: [["id", "name"], ["1", "apple"]]),
        Case(section: "delimiter (several characters)", dialect: CSVDialect(delimiter: "||"),
             text: "id||name\n1||\"a||b\"\n", rows: [["id", "name"], ["1", "a||b"]]),
        Case(section: "delimiter (non-ASCII)", dialect: CSVDialect(delimiter: "§"), text: "a§b\n", rows: [["a", "b"]]),
        Case(section: "delimiter (tab)", dialect: CSVDialect(delimiter: "\t"), text: "a\t b \n", rows: [["a", " b "]]),
        Case(section: "quoteChar", dialect: CSVDialect(quote: "'"), text: "id,name\n1,'apple,fruits'\n",
             rows: [["id", "name"], ["1", "apple,fruits"]]),
        Case(section: "doubleQuote", dialect: CSVDialect(), text: "1,\"apple\"\"fruits\"\n", rows: [["1", "apple\"fruits"]]),
        Case(section: "escapeChar (unquoted field)", dialect: CSVDialect(escape: "|"), text: "1,apple|,fruits\n",
             rows: [["1", "apple,fruits"]]),
        Case(section: "escapeChar (quote and itself)", dialect: CSVDialect(escape: "\\"), text: "\"a\\\"b\",c\\\\d\n",
             rows: [["a\"b", "c\\d"]]),
        Case(section: "skipInitialSpace", dialect: CSVDialect(skipInitialSpace: true), text: "id, name\n1,  apple \n2, \"x, y\"\n",
             rows: [["id", "name"], ["1", "apple "], ["2", "x, y"]]),
        Case(section: "skipInitialSpace false: whitespace is data", dialect: CSVDialect(), text: " a , b\t\n",
             rows: [[" a ", " b\t"]]),
        Case(section: "lineTerminator", dialect: CSVDialect(lineTerminator: ";"), text: "id,name;1,apple;2,\"a;b\nc\"",
             rows: [["id", "name"], ["1", "apple"], ["2", "a;b\nc"]]),
        Case(section: "commentChar", dialect: CSVDialect(commentPrefix: "#"), text: "id,name\n#fruits \"x\n1,apple\n",
             rows: [["id", "name"], ["1", "apple"]]),
    ]

    @Test(arguments: cases)
    func dialectProperty(_ testCase: Case) throws {
        let rows = try CSVReader.parse(Array(testCase.text.utf8), dialect: testCase.dialect)
        #expect(rows.map(\.fields) == testCase.rows)
    }

    @Test func commentLinesCountAsRowsForNumbering() throws {
        let rows = try CSVReader.parse(Array("id\n# note\n1\n".utf8), dialect: CSVDialect(commentPrefix: "#"))
        #expect(rows.map(\.record) == [1, 3])
        #expect(rows.map(\.line) == [1, 3])
    }

    @Test func splitterCountsTheTranslatedQuote() throws {
        let dialect = CSVDialect(quote: "'", lineTerminator: ";")
        let reader = try CSVRowReader(Array("h;'a;b';c;d;e;f;g".utf8), dialect: dialect)
        let parts = CSVSplitter.split(reader.text, from: 2, firstLine: 2, firstRecord: 2, parts: 3, quote: dialect.quoteByte)
        var rows: [[String?]] = []
        for part in parts {
            let partReader = try CSVRowReader(text: reader.text, part: part, dialect: dialect)
            while let row = try partReader.next() { rows.append(row.fields) }
        }
        #expect(rows == [["a;b"], ["c"], ["d"], ["e"], ["f"], ["g"]])
    }
}
