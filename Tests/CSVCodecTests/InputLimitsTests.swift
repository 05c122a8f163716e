@testable import CSVCodec
import Testing

/// The cell and row bounds of CSVRowReader, on small inputs with the limits lowered.
@Suite struct InputLimitsTests {
    private let small = InputLimits(line: 64, cell: 16, cellsPerRow: 4, documentFile: 64)

    private func parse(_ text: String) throws(CSVParseError) -> [[String?]] {
        try CSVReader.parse(Array(text.utf8), limits: small).map(\.fields)
    }

    @Test func aCellAtTheLimitIsRead() throws {
        let cell = String(repeating: "a", count: 16)
        #expect(try parse("id,text\n1,\(cell)\n") == [["id", "text"], ["1", cell]])
    }

    /// A quoted cell spanning short lines: no line is long, the cell is, and the row's line is named.
    @Test func aLongerCellIsRefusedNamingItsRow() {
        let cell = Array(repeating: "aaaa", count: 5).joined(separator: "\n")
        #expect(throws: CSVParseError(line: 2, message: "the row on this line has a cell longer than 16 bytes, the most readout reads in one cell",
                                      exceedsLimit: true)) {
            try parse("id,text\n1,\"\(cell)\"\n3,c\n")
        }
    }

    /// Gathered within one piece given to libcsv: the bound is exact, not "the limit and a piece".
    @Test func aLongerCellOnOneLineIsRefused() {
        #expect(throws: CSVParseError(line: 3, message: "the row on this line has a cell longer than 16 bytes, the most readout reads in one cell",
                                      exceedsLimit: true)) {
            try parse("id,text\n1,a\n2,\(String(repeating: "b", count: 17)),c\n")
        }
    }

    @Test func aRowOfMoreCellsThanTheLimitIsRefused() throws {
        #expect(try parse("a,b,c,d\n") == [["a", "b", "c", "d"]])
        #expect(throws: CSVParseError(line: 2, message: "the row on this line has more than 4 cells, the most readout reads in one row",
                                      exceedsLimit: true)) {
            try parse("a,b\n1,2,3,4,5\n")
        }
    }

    /// The bound holds in a cell larger than the pieces libcsv is given (1 MiB), at the standard limits' scale.
    @Test func aCellOverManyPiecesIsRefused() throws {
        let limits = InputLimits(line: 8 << 20, cell: 3 << 20, cellsPerRow: 10, documentFile: 1)
        let text = Array("id\n\"".utf8) + [UInt8](repeating: 0x61, count: 4 << 20) + Array("\"\n".utf8)
        #expect(throws: CSVParseError.self) { try CSVReader.parse(text, limits: limits) }
        #expect(try CSVReader.parse(text, limits: InputLimits(line: 8 << 20, cell: 4 << 20, cellsPerRow: 10, documentFile: 1))[1]
            .fields[0]?.utf8.count == 4 << 20)
    }

    @Test(arguments: [(512, "512 bytes"), (2048, "2 KiB"), (64 << 20, "64 MiB"), (100 << 20 + 30, "100.0 MiB"), (17_301_504, "16.5 MiB")])
    func sizesAreDescribed(bytes: Int, text: String) {
        #expect(InputLimits.describe(bytes: bytes) == text)
    }
}
