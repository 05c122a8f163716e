import Foundation
import ReadoutLoader
import ReadoutModel
import Testing

struct DatasetIndexTests {
    /// The dataset is read by the loader, in the project's schema: its foreign keys are the paths followed.
    private static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/schema/datapackage.json"

    private let yaml = """
    sources:
      - {id: s001, corpus_file: a.txt}
    events:
      - {id: e01, kind: call, date_from: 2024-04-02}
    accounts:
      - {id: s001-a01, source_id: s001, event_id: e01}
    statements:
      - {id: s001-q01, account_id: s001-a01, mode: direct, text: "a red line", topic: taiwan}
      - {id: s001-q02, account_id: s001-a09, mode: direct, text: "dangling", topic: taiwan}
    """

    @Test func keysAlongForeignKeysAreTheKeysOfTheRecordsFound() throws {
        let dataset = try RecordLoader(package: DescriptorLoader.load(path: Self.schema)).load(yaml: yaml, file: "t.yaml")
        let index = DatasetIndex(dataset: dataset)
        let statements = try #require(dataset.table(named: "statements"))
        let events = try #require(dataset.table(named: "events"))
        let sources = try #require(dataset.table(named: "sources"))
        let linked = statements.records[0]
        #expect(index.eventKey(of: linked, in: "statements") == "e01")
        #expect(index.eventKey(of: linked, in: "statements") == index.event(of: linked, in: "statements").map(events.key(of:)))
        #expect(index.sourceKey(of: linked, in: "statements") == index.source(of: linked, in: "statements").map(sources.key(of:)))
        // A dangling account leads nowhere, by key as by record.
        #expect(index.sourceKey(of: statements.records[1], in: "statements") == nil)
        #expect(index.source(of: statements.records[1], in: "statements") == nil)
        // The table itself: its own key.
        #expect(index.sourceKey(of: sources.records[0], in: "sources") == "s001")
    }
}
