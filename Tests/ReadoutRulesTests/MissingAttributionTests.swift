import ReadoutModel
@testable import ReadoutRules
import Testing

/// attribution.missing's severities and its one finding per sentence, beyond what the examples' markers show.
@Suite struct MissingAttributionTests {
    static let records = """
        sources:
          - id: s001
            corpus_file: 001.txt
            corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
            published_status: stated
            published: 2024-04-03
            published_earliest: 2024-04-03
            published_latest: 2024-04-03
        events:
          - {id: e-2024-04-02-call, kind: call, label: call, date_from: 2024-04-02, date_to: 2024-04-02, date_precision: day, status: occurred}
        accounts:
          - {id: s001-a01, source_id: s001, event_id: e-2024-04-02-call, evidence: spoke}
        statements:
          - {id: s001-q01, account_id: s001-a01, speaker_id: xi, mode: indirect, text: a, topic: taiwan, attribution_type: none, evidence: 'Xi said "red line"'}
          - {id: s001-q02, account_id: s001-a01, speaker_id: xi, mode: direct, text: b, topic: taiwan, attribution_type: none, evidence: '"not to be crossed."'}
          - {id: s001-q03, account_id: s001-a01, mode: indirect, text: c, topic: taiwan, attribution_type: none, evidence: The U.S. disagreed.}
        claims:
          - {id: s001-c01, source_id: s001, kind: ordinal, text: first call, event_id: e-2024-04-02-call, ordinal: 1, attribution_type: none, evidence: 'Xi said "red line"'}
        """
    static let article = #"Xi said "red line" and "not to be crossed." The U.S. disagreed."#

    func findings(corpus: Bool) throws -> [Finding] {
        let dataset = try ExampleSupport.dataset(Self.records, of: nil)
        let context = RuleContext(dataset: dataset, corpus: corpus ? ExampleSupport.corpus(["001.txt": Self.article], for: dataset) : nil)
        return MissingAttributionRule().check(context)
    }

    @Test func aSpeakersWordsWarnTheNarrativeInforms() throws {
        let found = try findings(corpus: true)
        #expect(found.map(\.subject.key) == ["s001-q01", "s001-q03", "s001-c01"])
        #expect(found.map(\.severity) == [.warning, .info, .info])
        // The fragments of one sentence: one finding, the other fragment related. "U.S." ends no sentence.
        #expect(found[0].related.map(\.key) == ["s001-q02"])
        #expect(found[1].related.isEmpty)
    }

    /// A configured severity is every finding's, the lesser ones' too: the context decides it once, as
    /// each finding is made, and nothing changes it afterwards.
    @Test func aConfiguredSeverityIsEveryFindingsSeverity() throws {
        let dataset = try ExampleSupport.dataset(Self.records, of: nil)
        let entry = RuleSettings.Entry(ruleID: MissingAttributionRule.description.id, severity: .error,
                                       location: SourceLocation(file: "rules.yaml", line: 1, column: 1))
        let context = RuleContext(dataset: dataset, corpus: ExampleSupport.corpus(["001.txt": Self.article], for: dataset),
                                  settings: RuleSettings(entries: [entry]))
        #expect(MissingAttributionRule().check(context).map(\.severity) == [.error, .error, .error])
    }

    @Test func withoutTheArticleOnlyNestedSpansAreJoined() throws {
        let found = try findings(corpus: false)
        #expect(found.map(\.subject.key) == ["s001-q01", "s001-q02", "s001-q03", "s001-c01"])
    }

    @Test func aCarriedAttributionInACircleIsReportedADanglingOneIsLeftToTheForeignKeyRule() throws {
        let records = Self.records.split(separator: "\n").prefix { !$0.hasPrefix("statements:") }.joined(separator: "\n") + """

            statements:
              - {id: s001-q01, account_id: s001-a01, speaker_id: xi, mode: indirect, text: a, topic: taiwan, attribution_type: none, attribution_carried_from: s001-q02, evidence: one}
              - {id: s001-q02, account_id: s001-a01, speaker_id: xi, mode: indirect, text: b, topic: taiwan, attribution_type: none, attribution_carried_from: s001-q01, evidence: two}
              - {id: s001-q03, account_id: s001-a01, speaker_id: xi, mode: indirect, text: c, topic: taiwan, attribution_type: none, attribution_carried_from: s001-q99, evidence: three}
            """
        let found = MissingAttributionRule().check(RuleContext(dataset: try ExampleSupport.dataset(records, of: nil)))
        #expect(found.map(\.subject.key) == ["s001-q01", "s001-q02"])
        #expect(found.first?.notes == ["its carried attribution goes round in a circle or too far: s001-q02 → s001-q01 → s001-q02"])
    }
}
