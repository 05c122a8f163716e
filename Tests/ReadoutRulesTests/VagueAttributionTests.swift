import ReadoutModel
@testable import ReadoutRules
import Testing

/// attribution.vague quotes the attribution a record carries when it writes none of its own.
@Suite struct VagueAttributionTests {
    static let records = """
        sources:
          - {id: s001, corpus_file: 001.txt, published_status: stated, published: 2024-04-03, published_earliest: 2024-04-03, published_latest: 2024-04-03}
        events:
          - {id: e-2024-04-02-call, kind: call, label: call, date_from: 2024-04-02, date_to: 2024-04-02, date_precision: day, status: occurred}
        accounts:
          - {id: s001-a01, source_id: s001, event_id: e-2024-04-02-call, evidence: spoke}
        statements:
          - {id: s001-q01, account_id: s001-a01, mode: indirect, text: a, topic: taiwan, attribution: reportedly, attribution_type: unnamed-outlet, evidence: one}
          - {id: s001-q02, account_id: s001-a01, mode: indirect, text: b, topic: taiwan, attribution_type: unnamed-outlet, attribution_carried_from: s001-q01, evidence: two}
          - {id: s001-q03, account_id: s001-a01, mode: indirect, text: c, topic: taiwan, attribution_type: collective, evidence: three}
        """

    @Test func aCarriedAttributionIsQuotedFromWhereItIsWritten() throws {
        let found = VagueAttributionRule().check(RuleContext(dataset: try ExampleSupport.dataset(Self.records, of: nil)))
        #expect(found.map(\.subject.key) == ["s001-q01", "s001-q02", "s001-q03"])
        #expect(found.map(\.message) == [
            "statements s001-q01 is attributed to an unnamed outlet: 'reportedly'",
            "statements s001-q02 is attributed to an unnamed outlet: 'reportedly' (carried from s001-q01)",
            "statements s001-q03 is attributed to a country or capital, naming no office: ''",
        ])
    }
}
