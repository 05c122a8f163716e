import ReadoutExport
import ReadoutModel
import Testing

@Suite struct JSONLinesTableWriterTests {
    @Test func writesEveryKeyInSchemaOrderWithTypedValues() throws {
        let table = try #require(Fixtures.dataset.table(named: "people"))
        let lines = String(decoding: JSONLinesTableWriter.render(table), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"id":"p2","name":"=HYPERLINK(\"x\")","born":null,"score":-1.5,"rank":-3,"active":true,"year":2024}"#)
        #expect(lines[1] == #"{"id":"p1","name":"Xi’s, \"red line\"\nnext","born":"2024-04-02","score":null,"rank":1,"active":false,"year":null}"#)
    }
}
