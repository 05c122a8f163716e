@testable import ReadoutLoader
import ReadoutModel
import Testing

struct CSVTableReaderTests {
    private let schema = TableSchema(fields: [Field(name: "id", type: .integer), Field(name: "text", type: .string)],
                                     fieldsMatch: .subset)

    private func table(rows: Int, broken: Int? = nil) -> [UInt8] {
        var text = "id,text,extra\r\n"
        for row in 1...rows {
            text += row == broken ? "\(row),a\"b,x\r\n" : "\(row),\"line \(row)\nwith \"\"quotes\"\"\",x\r\n"
        }
        return Array(text.utf8)
    }

    @Test func partsGiveTheRecordsOfAOnePieceRead() throws {
        let data = table(rows: 500)
        let whole = try CSVTableReader.read(data, file: "t.csv", schema: schema, unguard: true, partSize: .max / 4)
        let parts = try CSVTableReader.read(data, file: "t.csv", schema: schema, unguard: true, partSize: 512)
        #expect(parts == whole)
        #expect(whole.records.count == 500)
        #expect(whole.records[499].location == SourceLocation(file: "t.csv", line: 1000, column: 1, record: 500))
    }

    @Test func aStrayQuoteInAPartIsReportedAsInAOnePieceRead() throws {
        let data = table(rows: 500, broken: 400)
        let whole = try CSVTableReader.read(data, file: "t.csv", schema: schema, unguard: true, partSize: .max / 4)
        let parts = try CSVTableReader.read(data, file: "t.csv", schema: schema, unguard: true, partSize: 512)
        #expect(parts == whole)
        #expect(whole.records.count == 500)
        #expect(whole.issues == [TableIssue(.strayQuote, at: SourceLocation(file: "t.csv", line: 800, column: 2, record: 400), text: "a\"b")])
    }

    @Test func anUnclosedQuoteStopsAtTheLineItStarts() {
        var data = table(rows: 500)
        data += Array("501,\"open\r\n502,x,y\r\n".utf8)
        do {
            _ = try CSVTableReader.read(data, file: "t.csv", schema: schema, unguard: true, partSize: 512)
            Issue.record("expected an input error")
        } catch {
            #expect(error.line == 1002)
            #expect(error.message.contains("unclosed quote"))
        }
    }
}
