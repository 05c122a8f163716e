@testable import ReadoutLoader
import ReadoutModel
import Testing

struct CSVTableReaderTests {
    private let schema = TableSchema(fields: [Field(name: "id", type: .integer), Field(name: "text", type: .string)])

    private func table(rows: Int, broken: Int? = nil) -> [UInt8] {
        var text = "id,text,extra\r\n"
        for row in 1...rows {
            text += row == broken ? "\(row),a\"b,x\r\n" : "\(row),\"line \(row)\nwith \"\"quotes\"\"\",x\r\n"
        }
        return Array(text.utf8)
    }

    @Test func partsGiveTheRecordsOfAOnePieceRead() throws {
        let data = table(rows: 500)
        let whole = try CSVTableReader.records(data, file: "t.csv", schema: schema, unguard: true, partSize: .max / 4)
        let parts = try CSVTableReader.records(data, file: "t.csv", schema: schema, unguard: true, partSize: 512)
        #expect(parts == whole)
        #expect(whole.count == 500)
        #expect(whole[499].location == SourceLocation(file: "t.csv", line: 1000, column: 1, record: 500))
        #expect(parts[0].unknownFields.map(\.name) == ["extra"])
        #expect(parts.dropFirst().allSatisfy { $0.unknownFields.isEmpty })
    }

    @Test func malformedQuotingInAPartIsReportedAsInAOnePieceRead() {
        let data = table(rows: 500, broken: 400)
        do {
            _ = try CSVTableReader.records(data, file: "t.csv", schema: schema, unguard: true, partSize: 512)
            Issue.record("expected an input error")
        } catch {
            #expect(error.line == 800)
            #expect(error.message.contains("malformed quoting"))
        }
    }
}
