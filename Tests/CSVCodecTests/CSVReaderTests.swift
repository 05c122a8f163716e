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

    /// libcsv takes lengths, not C strings: a NUL inside a cell, quoted or not, stays in it and ends nothing
    /// (table.control-character reports it).
    @Test func keepsNULBytesInsideCells() throws {
        let bytes: [UInt8] = Array("a,b".utf8) + [0] + Array("c,\"".utf8) + [0, 0] + Array("d\"\n".utf8) + [0] + Array(",e\n".utf8)
        #expect(try CSVReader.parse(bytes).map(\.fields) == [["a", "b\u{0}c", "\u{0}\u{0}d"], ["\u{0}", "e"]])
    }

    @Test func stripsByteOrderMark() throws {
        #expect(try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("id\n".utf8)).map(\.fields) == [["id"]])
    }

    /// RFC 4180 section 2, rules 5-7: quotes only around a whole field; a stray one is read as written.
    @Test(arguments: [
        ("a,b\"c,d\n", [["a", "b\"c", "d"]], [CSVRow.StrayQuote(cell: 2, line: 1)]),
        ("a,\"b\"c,d\n", [["a", "b\"c", "d"]], [CSVRow.StrayQuote(cell: 2, line: 1)]),
        ("x\"\"y,\"ok\"\"\",z\n", [["x\"\"y", "ok\"", "z"]], [CSVRow.StrayQuote(cell: 1, line: 1)]),
        ("h\n\"a\nb\"c,d\"e\n", [["h"], ["a\nb\"c", "d\"e"]], [CSVRow.StrayQuote(cell: 1, line: 3), CSVRow.StrayQuote(cell: 2, line: 3)]),
    ])
    func readsAStrayQuoteAsWrittenAndMarksItsCell(text: String, rows: [[String?]], strays: [CSVRow.StrayQuote]) throws {
        let parsed = try CSVReader.parse(Array(text.utf8))
        #expect(parsed.map(\.fields) == rows)
        #expect(parsed.flatMap(\.strayQuotes) == strays)
    }

    @Test func emptyLinesAreBlankRowsAndCRLFIsOneLineEnd() throws {
        let rows = try CSVReader.parse(Array("a\r\n\r\nb\n\n,\"\"\n".utf8))
        #expect(rows.map(\.fields) == [["a"], [], ["b"], [], [nil, ""]])
        #expect(rows.map(\.isBlank) == [false, true, false, true, true])
        #expect(rows.map(\.record) == [1, 2, 3, 4, 5])
    }

    @Test func refusesAnUnclosedQuoteAtTheLineItStarts() {
        do {
            _ = try parse("a\nb\n\"open\nc\nd\n")
            Issue.record("expected a parse error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("unclosed quote"))
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
