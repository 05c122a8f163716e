import CSVCodec
import Testing

@Suite struct CSVWriterTests {
    static let tricky: [String?] = [
        "plain", "with, comma", "with \"quotes\"", "line\nbreak", "crlf\r\nbreak", "=SUM(A1:A2)", "-12",
        "Xi’s “red line”", "emoji 🇨🇳 and e\u{301}", "", nil, " leading and trailing ", "\"", ",", "tab\there",
    ]

    @Test func writesQuotedFieldsNullsAndCRLF() {
        var writer = CSVWriter()
        writer.writeRow(["a", nil, "", "say \"hi\""])
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "\"a\",,\"\",\"say \"\"hi\"\"\"\r\n")
    }

    @Test func byteOrderMarkComesFirst() {
        var writer = CSVWriter(byteOrderMark: true)
        writer.writeRow(["x"])
        #expect(Array(writer.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func everyTrickyValueRoundTripsThroughLibcsv() throws {
        var writer = CSVWriter(byteOrderMark: true)
        writer.writeRow(Self.tricky)
        writer.writeRow(Self.tricky.reversed())
        let rows = try CSVReader.parse(writer.bytes)
        #expect(rows.map(\.fields) == [Self.tricky, Self.tricky.reversed()])
    }

    @Test func rowsStartOnTheirPhysicalLines() throws {
        var writer = CSVWriter()
        writer.writeRow(["header"])
        writer.writeRow(["two\nlines"])
        writer.writeRow(["after"])
        let rows = try CSVReader.parse(writer.bytes)
        #expect(rows.map(\.line) == [1, 2, 4])
        #expect(rows.map(\.record) == [1, 2, 3])
    }

    @Test func nullEmptyQuotesAndLineBreaksAreWrittenApart() {
        var writer = CSVWriter()
        writer.writeRow([nil, "", "\"", "a\nb", "c\r\nd", "x"])
        writer.writeRow([])
        writer.writeRow([nil])
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == ",\"\",\"\"\"\",\"a\nb\",\"c\r\nd\",\"x\"\r\n\r\n\r\n")
    }

    @Test func fieldByFieldWritesWhatWholeRowsDo() {
        var rows = CSVWriter(byteOrderMark: true)
        var fields = CSVWriter(byteOrderMark: true, capacity: 4)
        for row in [Self.tricky, Self.tricky.reversed(), [], [nil, nil]] {
            rows.writeRow(row)
            for field in row { fields.write(field) }
            fields.endRow()
        }
        #expect(fields.bytes == rows.bytes)
        #expect(fields.finish() == rows.bytes)
    }

    @Test func aBufferThatGrowsManyTimesKeepsEveryRow() throws {
        var writer = CSVWriter()
        let rows: [[String?]] = (0..<5_000).map { ["row \($0)", String(repeating: "\"", count: $0 % 7), nil, ""] }
        for row in rows { writer.writeRow(row) }
        let bytes = writer.finish()
        #expect(try CSVReader.parse(bytes).map(\.fields) == rows)
    }
}
