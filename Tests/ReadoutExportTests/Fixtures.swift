import Foundation
import ReadoutModel

/// A small two-table package with every field type, for the exporter tests.
enum Fixtures {
    static let people = TableSchema(fields: [
        Field(name: "id", type: .string),
        Field(name: "name", type: .string),
        Field(name: "born", type: .date),
        Field(name: "score", type: .number),
        Field(name: "rank", type: .integer),
        Field(name: "active", type: .boolean),
        Field(name: "year", type: .year),
    ], primaryKey: ["id"])

    static let quotes = TableSchema(fields: [
        Field(name: "id", type: .string),
        Field(name: "person_id", type: .string),
        Field(name: "text", type: .string),
    ], primaryKey: ["id"], foreignKeys: [ForeignKey(fields: ["person_id"], resource: "people", referencedFields: ["id"])])

    static let package = DataPackage(name: "fixture", resources: [
        DataPackage.Resource(name: "people", schema: people),
        DataPackage.Resource(name: "quotes", schema: quotes),
    ])

    static func record(_ values: [Value], line: Int) -> Record {
        Record(values: values, valueLocations: values.map { _ in nil },
               location: SourceLocation(file: "data.yaml", line: line, column: 5))
    }

    static var dataset: Dataset {
        Dataset(package: package, tables: [
            Table(name: "people", schema: people, records: [
                record([.string("p2"), .string("=HYPERLINK(\"x\")"), .null, .number(-1.5), .integer(-3), .boolean(true), .year(2024)], line: 1),
                record([.string("p1"), .string("Xi’s, \"red line\"\nnext"), .date(CalendarDateFixture.april2), .null, .integer(1), .boolean(false), .null], line: 9),
            ]),
            Table(name: "quotes", schema: quotes, records: [
                record([.string("q1"), .string("p2"), .string("-a dash first")], line: 20),
                record([.string("q2"), .string("p1"), .string("")], line: 24),
            ]),
        ])
    }
}

import Temporal

enum CalendarDateFixture {
    static let april2 = CalendarDate(year: 2024, month: 4, day: 2) ?? CalendarDate(dayNumber: 0)
}
