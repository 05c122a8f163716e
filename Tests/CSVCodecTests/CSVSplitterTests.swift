import CSVCodec
import Testing

struct CSVSplitterTests {
    /// Every row of every part, read by a reader per part.
    private func rowsInParts(_ text: String, parts: Int) throws -> [CSVRow] {
        let bytes = Array(text.utf8)
        let header = try CSVRowReader(bytes)
        _ = try header.next()
        let cut = CSVSplitter.split(header.text, from: header.position, firstLine: header.nextLine, firstRecord: 2, parts: parts)
        var rows: [CSVRow] = []
        for part in cut {
            let reader = try CSVRowReader(text: header.text, part: part)
            while let row = try reader.next() { rows.append(row) }
        }
        return rows
    }

    @Test(arguments: [1, 2, 3, 7, 50])
    func partsReadAsTheWholeDoes(parts: Int) throws {
        // Quoted line breaks, doubled quotes, CRLF, an empty line and a last row without a line end.
        let text = "id,text\r\n1,\"a\nb\"\r\n2,\"say \"\"hi\"\"\nthere\"\n\n3,plain\r\n4,\"\"\n5,\"x,\ny\"\n6,last"
        let whole = try CSVReader.parse(Array(text.utf8)).dropFirst()
        #expect(try rowsInParts(text, parts: parts) == Array(whole))
    }

    @Test func cutsOnlyAtRowEndsAndPredictsRowNumbers() {
        let text = Array("h\n\"a\nb\"\nc\n\"d\"\"\ne\"\nf\n".utf8)
        let parts = CSVSplitter.split(text, from: 2, firstLine: 2, firstRecord: 2, parts: 4)
        #expect(parts.first?.range.lowerBound == 2)
        #expect(parts.last?.range.upperBound == text.count)
        for (part, next) in zip(parts, parts.dropFirst()) {
            #expect(part.range.upperBound == next.range.lowerBound)
            #expect(text[next.range.lowerBound - 1] == 0x0A)
        }
        // Rows "a b" (lines 2-3), c (4), "d" e" (5-6), f (7).
        #expect(parts.map(\.firstLine).allSatisfy { [2, 4, 5, 7].contains($0) })
        #expect(zip(parts.map(\.firstLine), parts.map(\.firstRecord)).allSatisfy { line, record in
            [2: 2, 4: 3, 5: 4, 7: 5][line] == record
        })
    }
}
