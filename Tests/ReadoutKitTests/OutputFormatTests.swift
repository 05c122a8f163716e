import Foundation
import Testing

/// `validate --format json|github|sarif` as tools read them: one document on standard output in every
/// exit path, and filters that change the output and the exit code together.
@Suite struct OutputFormatTests {
    let cli = CommandLineTests()

    /// xi is an error (schema.enum); the review of li matches no finding (review.stale, a warning).
    private func project(reviewing fingerprint: String = "schema.enum:actors/li") throws -> TestFolder {
        let folder = try TestFolder()
        try folder.write("data/actors.yaml", """
            actors:
              - id: xi
                name: Xi Jinping
                kind: leader
              - id: li
                name: Li Qiang
                kind: person
            """)
        try folder.write("data/reviewed.yaml", """
            reviews:
              - finding: \(fingerprint)
                reason: Checked against the article.
                date: 2026-11-30
            """)
        return folder
    }

    private func validate(_ folder: TestFolder, _ arguments: [String]) throws -> CommandLineTests.Run {
        try cli.run(["validate", "--schema", Project.root + "/schema/datapackage.json", "--data", "data"] + arguments,
                    in: folder.path)
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    private func summary(_ text: String) throws -> [String: Any] {
        try #require(try object(text)["summary"] as? [String: Any])
    }

    @Test func jsonIsOneDocumentAfterACleanRun() throws {
        let folder = try TestFolder()
        try folder.write("data/actors.yaml", "actors:\n  - id: xi\n    name: Xi Jinping\n    kind: person\n")
        let result = try validate(folder, ["--format", "json"])
        #expect(result.status == 0)
        let summary = try summary(result.output)
        #expect(summary["tables"] as? Int == 11)
        #expect(summary["records"] as? Int == 1)
        #expect(summary["findings"] as? Int == 0)
        #expect(summary["blocking"] as? Int == 0)
        #expect(summary["bySeverity"] as? [String: Int] == ["error": 0, "warning": 0, "info": 0])
        #expect(try object(result.output)["notes"] as? [String] != nil)
    }

    @Test func jsonCountsErrorsBySeverityStatusAndRule() throws {
        let result = try validate(try project(), ["--format", "json"])
        #expect(result.status == 1)
        let summary = try summary(result.output)
        #expect(summary["blocking"] as? Int == 1)
        #expect(summary["bySeverity"] as? [String: Int] == ["error": 1, "warning": 1, "info": 0])
        #expect(summary["byStatus"] as? [String: Int] == ["unreviewed": 2, "reviewed": 0])
        #expect(summary["byRule"] as? [String: Int] == ["review.stale": 1, "schema.enum": 1])
        let findings = try #require(try object(result.output)["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") } == ["review.stale", "schema.enum"])
    }

    @Test func jsonCountsAReviewedErrorAsReviewedAndPasses() throws {
        let result = try validate(try project(reviewing: "schema.enum:actors/xi"), ["--format", "json"])
        #expect(result.status == 0)
        let summary = try summary(result.output)
        #expect(summary["byStatus"] as? [String: Int] == ["unreviewed": 0, "reviewed": 1])
        #expect(summary["blocking"] as? Int == 0)
    }

    @Test func staleExportsAreFindingsInsideTheDocument() throws {
        let folder = try project()
        #expect(try cli.run(["export", "--schema", Project.root + "/schema/datapackage.json", "--data", "data", "--out", "exports"],
                            in: folder.path).status == 0)
        try folder.write("data/actors.yaml", "actors:\n  - id: xi\n    name: Xi\n    kind: person\n")
        let result = try validate(folder, ["--format", "json", "--exports", "exports"])
        #expect(result.status == 1)
        let findings = try #require(try object(result.output)["findings"] as? [[String: Any]])
        let stale = findings.filter { $0["rule"] as? String == "export.stale" }
        #expect(stale.contains { $0["file"] as? String == "exports/csv/actors.csv" && $0["line"] as? Int == 1 })
        #expect(stale.allSatisfy { $0["severity"] as? String == "error" })
        let summary = try summary(result.output)
        #expect(summary["blocking"] as? Int == stale.count)
        #expect((summary["byRule"] as? [String: Int])?["export.stale"] == stale.count)

        let github = try validate(folder, ["--format", "github", "--exports", "exports"])
        #expect(github.output.contains("::error file=exports/csv/actors.csv,line=1,col=1,title=export.stale::"))
        #expect(!github.output.split(separator: "\n").contains { $0.hasPrefix("exports/") }, "no plain-text line for a stale file")
    }

    @Test func anInputErrorIsAJSONObjectWithAnErrorMember() throws {
        let folder = try TestFolder()
        try folder.write("data/actors.yaml", "actors:\n  - id: \"xi\n")
        let result = try validate(folder, ["--format", "json"])
        #expect(result.status == 2)
        let error = try #require(try object(result.output)["error"] as? [String: Any])
        #expect(error["file"] as? String == "data/actors.yaml")
        #expect(error["line"] as? Int == 3)
        #expect((error["message"] as? String)?.contains("invalid YAML") == true)
        #expect(result.error.contains("data/actors.yaml:3:1: invalid YAML"), "people still read it on standard error")

        let sarif = try object(try validate(folder, ["--format", "sarif"]).output)
        let invocation = try #require(((sarif["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let github = try validate(folder, ["--format", "github"])
        #expect(github.output.hasPrefix("::error file=data/actors.yaml,line=3,col=1,title=readout::invalid YAML"))
    }

    @Test func aBadFlagLeavesStandardOutputEmpty() throws {
        let folder = try project()
        for arguments in [["--format", "json", "--frobnicate"], ["--format", "yaml"], ["--format", "json", "--min-severity", "fatal"],
                          ["--format", "json", "--rule", "schema.enumm"]] {
            let result = try validate(folder, arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.output.isEmpty, "\(arguments): \(result.output)")
            #expect(!result.error.isEmpty)
        }
        let unknown = try validate(folder, ["--rule", "schema.enumm"])
        #expect(unknown.error.contains("no rule 'schema.enumm'; did you mean schema.enum?"))
    }

    @Test func filtersChangeTheOutputAndTheExitCode() throws {
        let folder = try project()
        let errors = try validate(folder, ["--format", "json", "--min-severity", "error"])
        #expect(errors.status == 1)
        #expect(try summary(errors.output)["byRule"] as? [String: Int] == ["schema.enum": 1])
        #expect(try summary(errors.output)["filteredOut"] as? Int == 1)

        let stale = try validate(folder, ["--format", "json", "--rule", "review.stale"])
        #expect(stale.status == 0, "the error is filtered out, so it does not fail")
        #expect(try summary(stale.output)["byRule"] as? [String: Int] == ["review.stale": 1])

        let both = try validate(folder, ["--rule", "review.stale", "--rule", "schema.enum", "--min-severity", "info"])
        #expect(both.status == 1)
        #expect(both.output.contains("[schema.enum]") && both.output.contains("[review.stale]"))

        let text = try validate(folder, ["--min-severity", "error"])
        #expect(!text.output.contains("[review.stale]"))
        #expect(text.output.contains("1 more not shown (--min-severity, --rule)"))
    }

    @Test func textCountsFindingsPerRule() throws {
        let result = try validate(try project(), [])
        #expect(result.output.contains("readout: by rule:\n  review.stale  1 warning\n  schema.enum   1 error\n"))
        #expect(result.output.hasSuffix("readout: 11 tables, 2 records: 1 error, 1 warning, 0 infos\n"))
    }

    @Test func githubMakesEveryFindingAndNoteACommand() throws {
        let result = try validate(try project(), ["--format", "github"])
        let lines = result.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("::error file=data/actors.yaml,line=4,col=11,title=schema.enum::") })
        #expect(lines.contains { $0.hasPrefix("::warning file=data/reviewed.yaml,line=2,col=5,title=review.stale::") })
        #expect(lines.contains { $0.hasPrefix("::notice title=readout::no corpus given") })
        #expect(lines.filter { !$0.hasPrefix("::") } == ["readout: 11 tables, 2 records: 1 error, 1 warning, 0 infos"])
    }

    @Test func sarifHasTheRegistryAsRulesAndAResultPerFinding() throws {
        let result = try validate(try project(reviewing: "schema.enum:actors/xi"), ["--format", "sarif"])
        #expect(result.status == 0)
        let log = try object(result.output)
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.contains("schema.enum") && ids.contains("export.stale") && ids.contains("review.unmatched"))
        let enumRule = try #require(rules.first { $0["id"] as? String == "schema.enum" })
        #expect((enumRule["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        #expect((enumRule["shortDescription"] as? [String: Any])?["text"] as? String != nil)
        #expect((enumRule["fullDescription"] as? [String: Any])?["text"] as? String != nil)

        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == 1)
        let finding = results[0]
        #expect(finding["ruleId"] as? String == "schema.enum")
        #expect(finding["ruleIndex"] as? Int == ids.firstIndex(of: "schema.enum"))
        #expect(finding["level"] as? String == "error")
        let location = try #require((finding["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "data/actors.yaml")
        #expect(location["region"] as? [String: Int] == ["startLine": 4, "startColumn": 11])
        #expect(finding["partialFingerprints"] as? [String: String] == ["readoutFingerprint/v1": "schema.enum:actors/xi"])
        let suppression = try #require((finding["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "external")
        #expect(suppression["status"] as? String == "accepted")
        #expect(suppression["justification"] as? String == "Checked against the article.")
    }

    @Test func sarifLevelsAndURIsOutsideTheCurrentFolder() throws {
        let folder = try project()
        let result = try cli.run(["validate", "--data", folder.path + "/data", "--format", "sarif"])
        let runs = try #require(try object(result.output)["runs"] as? [[String: Any]])
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["error", "warning"])
        let uri = (results[0]["locations"] as? [[String: Any]]).flatMap { locations in
            ((locations.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        }
        #expect(uri == "file://" + folder.path + "/data/actors.yaml")
    }

    @Test func sarifGivesACSVCellAsAPropertyNotAColumn() throws {
        let folder = try TestFolder()
        try folder.write("data/actors.csv", "id,name,kind\nxi,Xi Jinping,leader\n")
        let result = try validate(folder, ["--format", "sarif"])
        let runs = try #require(try object(result.output)["runs"] as? [[String: Any]])
        let finding = try #require((runs[0]["results"] as? [[String: Any]])?.first { $0["ruleId"] as? String == "schema.enum" })
        let location = try #require((finding["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(location["region"] as? [String: Int] == ["startLine": 2])
        #expect((finding["properties"] as? [String: Any])?["cell"] as? Int == 3)
    }

    @Test func resolveExitsOneWhenItCannotResolve() throws {
        let resolved = try cli.run(["resolve", "on Tuesday", "--anchor", "2024-04-03"])
        #expect(resolved.status == 0)
        #expect(resolved.output.hasPrefix("2024-04-02"))
        let unresolved = try cli.run(["resolve", "whenever it suits", "--anchor", "2024-04-03"])
        #expect(unresolved.status == 1)
        #expect(unresolved.output.hasPrefix("unresolved: "))
    }
}
