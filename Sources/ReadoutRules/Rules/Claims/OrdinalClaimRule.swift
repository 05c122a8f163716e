import ReadoutModel
import Temporal

/// "The first call since...", checked by counting the matching events the dataset holds.
public struct OrdinalClaimRule: Rule {
    public static let description = RuleDescription(
        id: "claim.ordinal", severity: .warning,
        summary: "An ordinal claim (\"the first call since ...\") does not match the events the dataset holds.",
        explanation: """
            A claim with an ordinal (`claim-ordinal`: 1 for "first", 2 for "second") about an event \
            (`claim-event`) counts the events of the kinds it names (`claim-counted-kinds`, separated by \
            `|`; by default the event's own kind) dated after the reference event \
            (`claim-reference-event`, "since ...") and up to the claim's event, from every record of the \
            event table, whatever its basis (an event known from the public record counts like one an \
            article tells). Events that occurred count, and the claim's event itself, when their \
            participants match the claim's event's (`participant` records, from accounts or from any table \
            with a foreign key to the events) by the rule `participants` names: `all` of them (the \
            default), `any`, or the `core` all its sources agree on. An event nobody recorded participants \
            for is left out unless `unrecorded-participants: count` (a corpus that records participants \
            only for the events its articles tell). When the count differs from the ordinal, either the \
            article is wrong or the dataset misses events: the finding lists the events counted, and in \
            notes each event of the counted kinds in the window that was left out, with why. A claim whose \
            own event has no participant recorded is not checked.
            """,
        requirements: [.checks([.claimOrdinal]), .field([.claimEvent]), .annotation([.eventKind], on: .event), .table(with: .participant)],
        options: [
            RuleOption("participants", default: "all", choices: [
                RuleOption.Choice("all", "every participant recorded for the claimed event is recorded for the counted one"),
                RuleOption.Choice("any", "at least one participant is shared (rounds where a delegation changed count)"),
                RuleOption.Choice("core", "every participant that all sources naming the claimed event's participants agree on"),
            ], "which participants an event must share with the claimed event to count"),
            RuleOption("unrecorded-participants", default: "leave-out", choices: [
                RuleOption.Choice("leave-out", "an event with no participant recorded is left out, and named among the near misses"),
                RuleOption.Choice("count", "it counts, whoever took part (events known only from the public record)"),
            ], "how events whose participants nobody recorded are counted"),
        ],
        triggering: [
            RuleExample(DateExamples.with(events: """
                  - id: e-2024-01-10-call
                    kind: call
                    label: An earlier call
                    date_from: 2024-01-10
                    date_to: 2024-01-10
                    date_precision: day
                    status: occurred

                """, """
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    evidence: spoke on Tuesday
                  - id: s001-a02
                    source_id: s001
                    event_id: e-2024-01-10-call
                    evidence: spoke in January
                participants:
                  - {account_id: s001-a01, actor_id: biden}
                  - {account_id: s001-a01, actor_id: xi}
                  - {account_id: s001-a02, actor_id: biden}
                  - {account_id: s001-a02, actor_id: xi}
                claims:
                  - id: s001-c01
                    source_id: s001
                    kind: ordinal
                    text: the first conversation since November
                    event_id: e-2024-04-02-call
                    reference_event_id: e-2023-11-15-meeting
                    ordinal: ↓1
                    counted_kinds: call|meeting
                    attribution_type: none
                    evidence: the first conversation since November
                """)),
            // A delegation that changed: the January call's participants lack Sullivan.
            RuleExample(secondCall(january: "biden, xi, blinken")),
            // Nobody is recorded as taking part in the January call: left out by default.
            RuleExample(secondCall(january: "")),
        ],
        nonTriggering: [
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    evidence: spoke on Tuesday
                  - id: s001-a02
                    source_id: s001
                    event_id: e-2023-11-15-meeting
                    evidence: met in November
                participants:
                  - {account_id: s001-a01, actor_id: biden}
                  - {account_id: s001-a01, actor_id: xi}
                  - {account_id: s001-a02, actor_id: biden}
                  - {account_id: s001-a02, actor_id: xi}
                claims:
                  - id: s001-c01
                    source_id: s001
                    kind: ordinal
                    text: the first conversation since November
                    event_id: e-2024-04-02-call
                    reference_event_id: e-2023-11-15-meeting
                    ordinal: 1
                    counted_kinds: call|meeting
                    attribution_type: none
                    evidence: the first conversation since November
                """)),
            RuleExample(secondCall(january: "biden, xi, blinken", marker: ""), options: ["participants": .name("any")]),
            RuleExample(secondCall(january: "", marker: ""), options: ["unrecorded-participants": .name("count")]),
            RuleExample(secondCall(january: "biden, xi, sullivan", marker: "")),
        ])

    /// "The second call since November" for the call of 2 April (Biden, Xi and Sullivan), after a call
    /// on 10 January with the participants `january` lists (comma-separated, none when empty).
    static func secondCall(january: String, marker: String = "↓") -> String {
        let participants = ["biden", "xi", "sullivan"].map { "  - {account_id: s001-a01, actor_id: \($0)}\n" }.joined()
            + january.split(separator: ",").map { "  - {account_id: s001-a02, actor_id: \($0.trimmingWhitespace())}\n" }.joined()
        return DateExamples.with(events: """
              - id: e-2024-01-10-call
                kind: call
                label: An earlier call
                date_from: 2024-01-10
                date_to: 2024-01-10
                date_precision: day
                status: occurred

            """, """
            accounts:
              - id: s001-a01
                source_id: s001
                event_id: e-2024-04-02-call
                evidence: spoke on Tuesday
              - id: s001-a02
                source_id: s001
                event_id: e-2024-01-10-call
                evidence: spoke in January
            participants:
            \(participants)claims:
              - id: s001-c01
                source_id: s001
                kind: ordinal
                text: the second call since November
                event_id: e-2024-04-02-call
                reference_event_id: e-2023-11-15-meeting
                ordinal: \(marker)2
                counted_kinds: call
                attribution_type: none
                evidence: the second call since November
            """)
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        let counter = EventCounter(context: context, facts: facts)
        let matching = EventCounter.Matching(rawValue: context.choice("participants", for: Self.self)) ?? .all
        let countUnrecorded = context.choice("unrecorded-participants", for: Self.self) == "count"
        var findings: [Finding] = []
        for table in context.dataset.tables {
            let schema = table.schema
            guard let ordinalField = schema.index(of: .claimOrdinal), let eventField = schema.index(of: .claimEvent) else { continue }
            let referenceField = schema.index(of: .claimReferenceEvent)
            let kindsField = schema.index(of: .claimCountedKinds)
            for record in table.records {
                guard let ordinal = record.values[ordinalField].integerValue,
                      let eventKey = record.values[eventField].stringValue else { continue }
                let referenceKey = referenceField.flatMap { record.values[$0].stringValue }
                let kinds = kindsField.flatMap { record.values[$0].stringValue }.map {
                    Set($0.split(separator: "|").map { $0.trimmingWhitespace() })
                }
                guard let count = counter.count(upTo: eventKey, since: referenceKey, kinds: kinds, matching: matching,
                                                countUnrecorded: countUnrecorded),
                      count.counted.count != ordinal else { continue }
                let since = referenceKey.map { " since \($0)" } ?? ""
                let list = count.counted.isEmpty ? "none" : count.counted.joined(separator: ", ")
                let events = count.counted.count == 1 ? "event" : "events"
                findings.append(context.finding(
                    Self.self, "the claim makes \(eventKey) number \(ordinal)\(since), but the dataset holds \(count.counted.count) matching \(events) (participants: \(matching.rawValue)): \(list)",
                    table: table, record: record, field: ordinalField,
                    notes: count.leftOut.map { "left out \($0.key): \($0.reason)" }))
            }
        }
        return findings
    }
}
