import Foundation
import ReadoutKit
import ReadoutModel
import Testing

/// Reviewed findings: a review keeps CI green while the finding stays in the export; a review of a
/// finding whose cause is gone is stale.
@Suite struct ReviewTests {
    static let data = """
        accounts:
          - id: s002-a01
            source_id: s002
            event_id: e-2021-09-09-call
            weekday: Thursday
            stated_date: 2021-09-10
            evidence: on Thursday, Sep. 10
        """

    private func validate(_ folder: TestFolder) throws -> Validation {
        try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/data",
            rulesPath: nil, reviewsPath: folder.path + "/data/reviewed.yaml"))
    }

    private func weekdayFinding(_ validation: Validation) -> Finding? {
        validation.findings.first { $0.ruleID == "date.weekday-mismatch" }
    }

    @Test func aReviewedErrorNoLongerFailsButStaysInTheExport() throws {
        let folder = try TestFolder()
        try folder.write("data/s002.yaml", Self.data)
        try folder.write("data/reviewed.yaml", "reviews: []\n")
        let before = try #require(weekdayFinding(try validate(folder)))
        #expect(before.fingerprint == "date.weekday-mismatch:accounts/s002-a01")

        try folder.write("data/reviewed.yaml", """
            reviews:
              - finding: date.weekday-mismatch:accounts/s002-a01
                reason: The article writes Thursday, Sep. 10; kept as written.
                date: 2026-11-25
            """)
        let validation = try validate(folder)
        let finding = try #require(weekdayFinding(validation))
        #expect(finding.review?.date == "2026-11-25")
        #expect(!validation.findings.contains { $0.ruleID == "date.weekday-mismatch" && $0.isBlocking })
        let findings = try #require(Readout.export(validation).first { $0.path == "findings.csv" })
        let text = String(decoding: findings.bytes, as: UTF8.self)
        #expect(text.contains("\"date.weekday-mismatch\",\"error\",\"reviewed\""))
        #expect(text.contains("kept as written"))
    }

    @Test func aReviewWhoseCauseIsGoneIsStale() throws {
        let folder = try TestFolder()
        try folder.write("data/s002.yaml", Self.data.replacingAll("2021-09-10", with: "2021-09-09"))
        try folder.write("data/reviewed.yaml", """
            reviews:
              - finding: date.weekday-mismatch:accounts/s002-a01
                reason: The article writes Thursday, Sep. 10.
                date: 2026-11-25
            """)
        let validation = try validate(folder)
        #expect(weekdayFinding(validation) == nil)
        let stale = try #require(validation.findings.first { $0.ruleID == "review.stale" })
        #expect(stale.location?.line == 2)
        #expect(stale.location?.file.hasSuffix("reviewed.yaml") == true)
    }

    @Test func theReviewFileIsNotReadAsRecords() throws {
        let folder = try TestFolder()
        try folder.write("data/s002.yaml", Self.data)
        try folder.write("data/reviewed.yaml", "reviews: []\n")
        #expect(try validate(folder).dataset.recordCount == 1)
    }

    @Test func aReviewWithoutAReasonIsRefused() throws {
        let folder = try TestFolder()
        try folder.write("data/s002.yaml", Self.data)
        try folder.write("data/reviewed.yaml", "reviews:\n  - finding: x\n    reason: ''\n    date: 2026-11-25\n")
        #expect(throws: InputError.self) { try validate(folder) }
    }
}
