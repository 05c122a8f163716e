import Foundation
import ReadoutLoader
import ReadoutModel
@testable import ReadoutRules
import Testing

/// claim.ordinal over events known from the public record, whose participants a table of their own
/// records (no account tells them), and its notes on the events it left out.
@Suite struct OrdinalClaimTests {
    /// The project's schema with `event_participants`: participants keyed to events directly.
    private func loader() throws -> RecordLoader {
        var package = try DescriptorLoader.load(path: ExampleSupport.root + "/schema/datapackage.json")
        package.resources.append(DataPackage.Resource(name: "event_participants", schema: TableSchema(
            fields: [Field(name: "event_id", type: .string), Field(name: "actor_id", type: .string, annotation: "participant")],
            primaryKey: ["event_id", "actor_id"],
            foreignKeys: [ForeignKey(fields: ["event_id"], resource: "events", referencedFields: ["id"])])))
        return RecordLoader(package: package)
    }

    /// "The second call since November" for the call of 2 April, with a public-record call in January
    /// whose participants are `january` in event_participants.
    private func findings(january: [String], options: [String: RuleSettings.OptionValue] = [:]) throws -> [Finding] {
        let rows = january.map { "  - {event_id: e-2024-01-10-call, actor_id: \($0)}\n" }.joined()
        let text = OrdinalClaimRule.secondCall(january: "", marker: "").replacingOccurrences(of: """
              - id: s001-a02
                source_id: s001
                event_id: e-2024-01-10-call
                evidence: spoke in January

            """, with: "") + (rows.isEmpty ? "" : "\nevent_participants:\n" + rows)
        let dataset = try loader().load(yaml: text, file: "ordinal.yaml")
        let entry = RuleSettings.Entry(ruleID: "claim.ordinal", options: options, location: SourceLocation(file: "rules.yaml", line: 1, column: 1))
        return OrdinalClaimRule().check(RuleContext(dataset: dataset, settings: RuleSettings(entries: [entry])))
    }

    @Test func aPublicRecordEventCountsThroughParticipantsRecordedForIt() throws {
        #expect(try findings(january: ["biden", "xi", "sullivan"]).isEmpty)
    }

    @Test func nearMissesAreNamedWithWhy() throws {
        let found = try findings(january: ["biden", "xi"])
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.message.contains("holds 1 matching event (participants: all): e-2024-04-02-call"))
        #expect(finding.notes == ["left out e-2024-01-10-call: its participants (biden, xi) do not include sullivan"])
        #expect(try findings(january: ["biden", "xi"], options: ["participants": .name("any")]).isEmpty)
    }

    @Test func anEventWithNoParticipantsIsLeftOutUnlessCounted() throws {
        let found = try findings(january: [])
        #expect(found.first?.notes.first?.contains("no participant of it is recorded") == true)
        #expect(try findings(january: [], options: ["unrecorded-participants": .name("count")]).isEmpty)
    }

    @Test func coreAsksOnlyForTheParticipantsEverySourceNames() throws {
        // A second source names only the leaders of the April call: Sullivan is no longer required.
        let source = DateConflictRule.secondSource
        let dataset = try loader().load(yaml: OrdinalClaimRule.secondCall(january: "biden, xi", marker: "")
            .replacingOccurrences(of: "events:\n", with: source + "events:\n")
            .replacingOccurrences(of: "participants:\n", with: """
                  - id: s002-a01
                    source_id: s002
                    event_id: e-2024-04-02-call
                    evidence: the two leaders spoke
                participants:
                  - {account_id: s002-a01, actor_id: biden}
                  - {account_id: s002-a01, actor_id: xi}

                """), file: "ordinal.yaml")
        func run(_ matching: String) -> [Finding] {
            let entry = RuleSettings.Entry(ruleID: "claim.ordinal", options: ["participants": .name(matching)],
                                           location: SourceLocation(file: "rules.yaml", line: 1, column: 1))
            return OrdinalClaimRule().check(RuleContext(dataset: dataset, settings: RuleSettings(entries: [entry])))
        }
        #expect(run("all").count == 1)
        #expect(run("core").isEmpty)
    }
}
