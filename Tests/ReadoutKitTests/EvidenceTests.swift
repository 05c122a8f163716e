import Foundation
import ReadoutKit
import Testing

/// The evidence and checksum rules on the committed dataset and the real corpus.
@Suite(.enabled(if: Project.hasCorpus, "needs ../shared/seeds"))
struct EvidenceTests {
    private func copy() throws -> TestFolder {
        let folder = try TestFolder()
        try FileManager.default.copyItem(atPath: Project.root + "/data", toPath: folder.path + "/data")
        try FileManager.default.copyItem(atPath: Project.corpus, toPath: folder.path + "/corpus")
        // The corpus is read-only; its copy must be writable for the tests that change it.
        let corpus = folder.path + "/corpus"
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus) + [""] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: corpus + "/" + name)
        }
        return folder
    }

    private func validate(_ folder: TestFolder, corpus: Bool = true) throws -> Validation {
        try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/data",
            corpusFolder: corpus ? folder.path + "/corpus" : nil))
    }

    @Test func aSpanChangedByOneWordIsNotFoundAtItsLine() throws {
        let folder = try copy()
        let path = folder.path + "/data/sources/s002.yaml"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("    evidence: ") && $0.contains(" the ") })
        lines[index] = lines[index].replacingAll(" the ", with: " a ")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let findings = try validate(folder).findings.filter { $0.ruleID == "evidence.not-found" }
        #expect(findings.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0)" } == ["\(path):\(index + 1)"])
    }

    @Test func withoutTheCorpusTheEvidenceRulesAreSkippedWithALine() throws {
        let folder = try copy()
        let validation = try validate(folder, corpus: false)
        #expect(validation.notes.contains { $0.contains("skipped") && $0.contains("evidence.not-found") && $0.contains("source.checksum") })
        #expect(!validation.findings.contains { $0.ruleID.hasPrefix("evidence.") })
    }

    @Test func aChangedArticleFailsItsChecksum() throws {
        let folder = try copy()
        let article = folder.path + "/corpus/003_5eb7447165fc5c9e.txt"
        let text = try String(contentsOfFile: article, encoding: .utf8)
        try (text + "An added line.\n").write(toFile: article, atomically: true, encoding: .utf8)
        let findings = try validate(folder).findings.filter { $0.ruleID == "source.checksum" }
        #expect(findings.count == 1)
        #expect(findings.first?.location?.file.hasSuffix("s003.yaml") == true)
    }

    @Test func theCommittedEvidenceAllOccursInTheArticles() throws {
        let validation = try validate(try copy())
        #expect(!validation.findings.contains { $0.ruleID.hasPrefix("evidence.") || $0.ruleID == "source.checksum" })
    }
}
