import CSVCodec
import Testing

@Suite struct CSVReaderTests {
    private func parse(_ text: String) throws(CSVParseError) -> [[String?]] {
        try CSVReader.parse(Array(text.utf8)).map(\.fields)
    }

    @Test func acceptsLFAndCRLFAndNoFinalNewline() throws {
        #expect(try parse("a,b\nc,d") == [["a", "b"], ["c", "d"]])
        #expect(try parse("a,b\r\nc,d\r\n") == [["a", "b"], ["c", "d"]])
    }

    @Test func tellsEmptyFromNull() throws {
        #expect(try parse("a,,\"\"\n") == [["a", nil, ""]])
    }

    @Test func keepsSpacesAroundFields() throws {
        #expect(try parse(" a , b \n") == [[" a ", " b "]])
    }

    @Test func stripsByteOrderMark() throws {
        #expect(try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("id\n".utf8)).map(\.fields) == [["id"]])
    }

    @Test func refusesAQuoteInsideAnUnquotedField() {
        #expect(throws: CSVParseError.self) { try parse("a,b\"c\n") }
    }

    @Test func refusesAnUnclosedQuoteWithItsLine() {
        do {
            _ = try parse("a\nb\n\"open\n")
            Issue.record("expected a parse error")
        } catch {
            #expect(error.line >= 3)
        }
    }

    @Test func refusesInvalidUTF8WithItsLine() {
        do {
            _ = try CSVReader.parse(Array("a\nb".utf8) + [0xFF, 0x0A])
            Issue.record("expected a parse error")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("UTF-8"))
        }
    }
}
