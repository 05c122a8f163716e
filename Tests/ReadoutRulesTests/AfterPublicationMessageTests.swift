import ReadoutModel
import ReadoutRules
import Testing

/// date.after-publication names the planned event's status first, with nothing before it.
@Suite struct AfterPublicationMessageTests {
    @Test func aPlannedEventToldAsToComeIsNamedByItsStatus() throws {
        let example = try #require(AfterPublicationRule.description.triggering.last)
        let dataset = try ExampleSupport.dataset(example.unmarked.0, of: example.table)
        let findings = AfterPublicationRule().check(RuleContext(dataset: dataset, settings: RuleSettings(entries: [])))
        #expect(findings.map(\.message).map { String($0.prefix(40)) } == ["planned event e-2024-03-10-visit is date"])
    }
}
