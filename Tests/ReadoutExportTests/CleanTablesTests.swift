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
        let selection = CleanTables.select(from: Fixtures.dataset, excluding: [CleanTables.id("people", "p2")])
        #expect(selection.dataset.table(named: "people")?.records.map { $0.values[0] } == [.string("p1")])
        #expect(selection.dataset.table(named: "quotes")?.records.map { $0.values[0] } == [.string("q2")])
        #expect(selection.cascaded.map(\.subject.key) == ["q1"])
        #expect(selection.cascaded.first?.message.contains("people p2") == true)
    }
}
