import Foundation
import ReadoutKit

/// The project's own data and a small hostile dataset, validated for the report tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let corpus = root + "/../shared/seeds"

    /// The real dataset, with the corpus when it sits beside the checkout.
    static func project() throws -> Validation {
        try Readout.validate(ValidationRequest(
            schemaPath: root + "/schema/datapackage.json", dataFolder: root + "/data",
            corpusFolder: FileManager.default.fileExists(atPath: corpus) ? corpus : nil))
    }

    /// A quote that tries to close the blockquote and run a script, in every kind of place the page shows data.
    static let hostile = "</blockquote><script>alert(1)</script>"

    static let hostileData = """
        actors:
          - id: xi
            name: "Xi <img src=x onerror=alert(2)>"
            kind: person
        sources:
          - id: s900
            corpus_file: 900_test.txt
            corpus_sha256: \(String(repeating: "0", count: 64))
            title: "<b>Headline</b> & more"
            published: 2024-04-03
            published_status: stated
            published_earliest: 2024-04-03
            published_latest: 2024-04-03
          - id: s901
            corpus_file: 901_test.txt
            corpus_sha256: \(String(repeating: "1", count: 64))
            published_status: inferred
            published_earliest: 2024-04-02
            published_latest: 2024-04-05
        events:
          - id: e-2024-03-summit
            kind: summit
            label: A summit
            date_from: 2024-03-01
            date_to: 2024-03-31
            date_precision: month
            status: occurred
          - id: e-2024-04-02-test-call
            kind: call
            label: "<script>alert('label')</script> call"
            date_from: 2024-04-02
            date_to: 2024-04-02
            date_precision: day
            status: occurred
            parent_id: e-2024-03-summit
        accounts:
          - id: s900-a01
            source_id: s900
            event_id: e-2024-04-02-test-call
            evidence: spoke on Tuesday
          - id: s901-a01
            source_id: s901
            event_id: e-2024-04-02-test-call
            evidence: spoke on Tuesday
        statements:
          - id: s900-q01
            account_id: s900-a01
            speaker_id: xi
            mode: direct
            text: "red line \(hostile) uncrossable"
            topic: taiwan
            attribution: "said <i>officials</i>"
            attribution_type: generic-body
            evidence: "said <script>"
          - id: s901-q01
            account_id: s901-a01
            speaker_id: xi
            mode: direct
            text: "red line \(hostile) first"
            topic: taiwan
            attribution_type: none
            evidence: "said <script>"
        """

    static func hostileValidation() throws -> Validation {
        let folder = NSTemporaryDirectory() + "readout-report-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try Data(hostileData.utf8).write(to: URL(fileURLWithPath: folder + "/data/records.yaml"))
        return try Readout.validate(ValidationRequest(schemaPath: root + "/schema/datapackage.json", dataFolder: folder + "/data"))
    }
}
