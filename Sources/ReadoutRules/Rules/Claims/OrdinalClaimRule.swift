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
            `|`; by default the event's own kind) that the claim's event's participants all took part in \
            (`participant`, over every account of each event), dated after the reference event \
            (`claim-reference-event`, "since ...") and up to the claim's event. Events that occurred count, \
            and the claim's event itself. When the count differs from the ordinal, either the article is \
            wrong or the dataset misses events: the finding lists what was counted.
            """,
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
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        let counter = EventCounter(context: context, facts: facts)
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
                guard let counted = counter.count(upTo: eventKey, since: referenceKey, kinds: kinds),
                      counted.count != ordinal else { continue }
                let since = referenceKey.map { " since \($0)" } ?? ""
                let list = counted.isEmpty ? "none" : counted.joined(separator: ", ")
                findings.append(context.finding(
                    Self.self, "the claim makes \(eventKey) number \(ordinal)\(since), but the dataset holds \(counted.count) matching events: \(list)",
                    table: table, record: record, field: ordinalField))
            }
        }
        return findings
    }
}
