import ReadoutExport
import ReadoutModel
import Testing

@Suite struct CleanTablesTests {
    @Test func sortsByPrimaryKey() {
        let selection = CleanTables.select(from: Fixtures.dataset, excluding: [])
        #expect(selection.dataset.table(named: "people")?.records.map { $0.values[0] } == [.string("p1"), .string("p2")])
        #expect(selection.cascaded.isEmpty)
    }

    @Test func leavesOutExcludedRecordsAndThoseThatReferToThem() {
        let selection = CleanTables.select(from: Fixtures.dataset, excluding: [RecordID(table: "people", key: "p2")])
        #expect(selection.dataset.table(named: "people")?.records.map { $0.values[0] } == [.string("p1")])
        #expect(selection.dataset.table(named: "quotes")?.records.map { $0.values[0] } == [.string("q2")])
        #expect(selection.cascaded.map(\.subject.key) == ["q1"])
        #expect(selection.cascaded.first?.message.contains("people p2") == true)
    }

    static let numbered = TableSchema(fields: [Field(name: "id", type: .integer), Field(name: "label", type: .string)],
                                      primaryKey: ["id"])

    static func numberedTable(_ rows: [(Int, String)]) -> Table {
        Table(name: "numbered", schema: numbered, records: rows.enumerated().map { line, row in
            Fixtures.record([.integer(row.0), .string(row.1)], line: line + 1)
        })
    }

    @Test func sortIsStableAndByValueNotByText() {
        let table = Self.numberedTable([(10, "a"), (2, "b"), (10, "c"), (-1, "d"), (2, "e"), (10, "f")])
        let dataset = Dataset(package: DataPackage(resources: [DataPackage.Resource(name: "numbered", schema: Self.numbered)]),
                              tables: [table])
        let sorted = CleanTables.select(from: dataset, excluding: []).dataset.tables[0].records
        #expect(sorted.map { $0.values[1] } == ["d", "b", "e", "a", "c", "f"].map(Value.string))
    }

    @Test func aTableInOrderWithDuplicatesKeepsItsOrder() {
        let table = Self.numberedTable([(1, "a"), (1, "b"), (2, "c"), (2, "d")])
        let dataset = Dataset(package: DataPackage(resources: [DataPackage.Resource(name: "numbered", schema: Self.numbered)]),
                              tables: [table])
        #expect(CleanTables.select(from: dataset, excluding: []).dataset == dataset)
        let selection = CleanTables.select(from: dataset, excluding: [RecordID(table: "numbered", key: "1")])
        #expect(selection.dataset.tables[0].records.map { $0.values[1] } == [.string("c"), .string("d")])
    }

    /// A chain (quotes refer to people, people to orgs, listed referrers first): each level is found in the
    /// pass after the one it refers to, and the findings come in that order.
    @Test func cascadesThroughAChainPassByPass() throws {
        let orgs = TableSchema(fields: [Field(name: "id", type: .string)], primaryKey: ["id"])
        let people = TableSchema(fields: [Field(name: "id", type: .string), Field(name: "org", type: .string)],
                                 primaryKey: ["id"],
                                 foreignKeys: [ForeignKey(fields: ["org"], resource: "orgs", referencedFields: ["id"])])
        let quotes = TableSchema(fields: [Field(name: "id", type: .string), Field(name: "person", type: .string)],
                                 primaryKey: ["id"],
                                 foreignKeys: [ForeignKey(fields: ["person"], resource: "people", referencedFields: ["id"])])
        let dataset = Dataset(package: DataPackage(resources: []), tables: [
            Table(name: "quotes", schema: quotes, records: [
                Fixtures.record([.string("q2"), .string("p2")], line: 1),
                Fixtures.record([.string("q1"), .string("p1")], line: 2),
                Fixtures.record([.string("q3"), .null], line: 3),
            ]),
            Table(name: "people", schema: people, records: [
                Fixtures.record([.string("p2"), .string("o1")], line: 4),
                Fixtures.record([.string("p1"), .string("o2")], line: 5),
                Fixtures.record([.string("p3"), .string("o1")], line: 6),
            ]),
            Table(name: "orgs", schema: orgs, records: [
                Fixtures.record([.string("o1")], line: 7),
                Fixtures.record([.string("o2")], line: 8),
            ]),
        ])
        let selection = CleanTables.select(from: dataset, excluding: [RecordID(table: "orgs", key: "o1")])
        #expect(selection.cascaded.map { "\($0.subject.table ?? "") \($0.subject.key)" } == ["people p2", "people p3", "quotes q2"])
        #expect(selection.cascaded.map(\.ruleID) == Array(repeating: CleanTables.cascadeRuleID, count: 3))
        #expect(selection.dataset.tables.map { $0.records.map { $0.values[0] } }
            == [[.string("q1"), .string("q3")], [.string("p1")], [.string("o2")]])
    }
}
