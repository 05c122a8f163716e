import Foundation
import ReadoutKit
@testable import ReadoutReport
import Testing

/// The report speaks of the schema's own tables and fields: display names and the outlet come from
/// the `display-name` and `source-outlet` annotations, headings and labels from table and field names.
@Suite struct SchemaNamesTests {
    static let example = Fixtures.root + "/examples/parliament-quotes"

    static func page(_ validation: Validation) -> String {
        ReportPage.render(validation)
    }

    static func examplePage() throws -> String {
        page(try Readout.validate(ValidationRequest(
            schemaPath: example + "/datapackage.json", dataFolder: example + "/data", corpusFolder: example + "/corpus")))
    }

    @Test func headingsAndLabelsUseTheExamplesTableAndFieldNames() throws {
        let html = try Self.examplePage()
        #expect(html.contains(#"<h2 id="events-heading">Sittings</h2>"#))
        #expect(html.contains(##"<a href="#events">Sittings</a>"##))
        #expect(html.contains("One section per record of table sittings (Sittings, debates, hearings and votes)."))
        #expect(html.contains("<h4>First account: papers ec</h4>"))
        #expect(html.contains("<dt>Rendering</dt>") && html.contains("<dt>Sitting type</dt>") && html.contains("<dt>Papers</dt>"))
        #expect(html.contains("<caption>Remarks and timing claims whose attribution is missing"))
        #expect(!html.contains("Statements and claims"))
        #expect(!html.contains("Source hd") && !html.contains(": source "))
    }

    @Test func displayNamesAndTheOutletComeFromAnnotations() throws {
        let html = try Self.examplePage()
        // sittings.description and people.full_name carry display-name; papers.masthead carries source-outlet.
        #expect(html.contains(#"<h3 id="event-3-heading">Question Time with the Finance Minister</h3>"#))
        #expect(html.contains("<dd>Tomas Orr</dd>"))
        #expect(html.contains("<dt>Papers</dt><dd>hd, The Coastal Herald, \u{201C}Orr rules out harbour levy rise"))
    }

    @Test func aColumnCalledNameOrOutletIsNotTakenWithoutItsAnnotation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readout-names-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try """
            {"name": "plain", "resources": [
              {"name": "papers", "schema": {"fields": [
                {"name": "id", "type": "string"}, {"name": "file", "type": "string", "readout": "corpus-file"},
                {"name": "outlet", "type": "string"}], "primaryKey": "id"}},
              {"name": "gatherings", "schema": {"fields": [
                {"name": "id", "type": "string"}, {"name": "label", "type": "string"},
                {"name": "first", "type": "date", "readout": "event-date-from"}], "primaryKey": "id"}}]}
            """.write(toFile: folder + "/datapackage.json", atomically: true, encoding: .utf8)
        try """
            papers:
              - {id: p1, file: one.txt, outlet: Daily Unannotated}
            gatherings:
              - {id: g1, label: Unannotated label, first: 2025-01-01}
            """.write(toFile: folder + "/data/records.yaml", atomically: true, encoding: .utf8)
        let html = Self.page(try Readout.validate(ValidationRequest(schemaPath: folder + "/datapackage.json",
                                                                   dataFolder: folder + "/data")))
        #expect(html.contains(#"<h2 id="events-heading">Gatherings</h2>"#))
        #expect(html.contains(#"<h3 id="event-1-heading">g1</h3>"#))
        #expect(!html.contains("Unannotated label"))
        #expect(!html.contains("Daily Unannotated"))
    }
}
