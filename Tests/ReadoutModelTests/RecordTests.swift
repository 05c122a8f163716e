import ReadoutModel
import Testing

struct RecordTests {
    private let start = ReadoutModel.SourceLocation(file: "t.csv", line: 7, column: 1, record: 6)

    @Test func fieldLocationsAreInTheRecordsFile() {
        let record = Record(values: [.string("a"), .null], fieldPositions: [Record.FieldPosition(line: 7, column: 3), .absent],
                            location: start)
        #expect(record.location(ofField: 0) == ReadoutModel.SourceLocation(file: "t.csv", line: 7, column: 3, record: 6))
        // An absent field, and a field the record has no position for, point at the record.
        #expect(record.location(ofField: 1) == start)
        #expect(record.location(ofField: 5) == start)
        #expect(record.valueLocations == [ReadoutModel.SourceLocation(file: "t.csv", line: 7, column: 3, record: 6), nil])
    }

    @Test func locationsGivenInFullRoundTrip() {
        let locations: [ReadoutModel.SourceLocation?] = [nil, ReadoutModel.SourceLocation(file: "t.csv", line: 9, column: 4, record: 6)]
        let record = Record(values: [.null, .integer(1)], valueLocations: locations, location: start)
        #expect(record.valueLocations == locations)
        #expect(record == Record(values: [.null, .integer(1)],
                                 fieldPositions: [.absent, Record.FieldPosition(line: 9, column: 4)], location: start))
        #expect(record != Record(values: [.null, .integer(2)], valueLocations: locations, location: start))
    }

    @Test func rowsSharingColumnsLocateOnTheirOwnLine() {
        let columns: [Int32] = [2, 0, 1]
        let record = Record(values: [.string("a"), .null, .integer(3)], columns: columns, location: start)
        #expect(record.location(ofField: 0) == ReadoutModel.SourceLocation(file: "t.csv", line: 7, column: 2, record: 6))
        #expect(record.location(ofField: 1) == start)
        #expect(record.fieldPositions == [Record.FieldPosition(line: 7, column: 2), .absent, Record.FieldPosition(line: 7, column: 1)])
        #expect(record == Record(values: record.values, fieldPositions: record.fieldPositions, location: start))
    }
}
