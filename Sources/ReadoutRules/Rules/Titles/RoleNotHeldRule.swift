import ReadoutModel
import Temporal

/// A person given a title on a date outside the period the roles table says they held it.
public struct RoleNotHeldRule: Rule {
    public static let description = RuleDescription(
        id: "date.role-not-held", severity: .warning,
        summary: "A person is given a title on a date when they did not hold it.",
        explanation: """
            A mention names a person (`mentioned-actor`) with a title as written (`title-as-written`). \
            The title is matched, ignoring case, periods and spacing, against the person's roles \
            (`role-title` and its `role-title-variant`s). When it matches roles, one of them must have \
            been held (`role-start` to `role-end`) on the mention's date: the date of the event named by \
            `title-as-of-event`, or else the source's publication date ("President-elect" after the \
            inauguration, "President" before it). A title that matches none of the person's roles is \
            another rule's business (`conflict.title`).
            """,
        triggering: [
            RuleExample(DateExamples.with("""
                roles:
                  - id: lai-president-elect
                    actor_id: lai
                    title: President-elect of Taiwan
                    start: 2024-01-13
                    end: 2024-05-19
                role_variants:
                  - role_id: lai-president-elect
                    variant: President-elect
                mentions:
                  - id: s001-m01
                    source_id: s001
                    actor_id: lai
                    title: ↓President-elect
                    as_of_event_id: e-2023-11-15-meeting
                    evidence: President-elect Lai Ching-te
                """)),
        ],
        nonTriggering: [
            RuleExample(DateExamples.with("""
                roles:
                  - id: lai-president-elect
                    actor_id: lai
                    title: President-elect of Taiwan
                    start: 2024-01-13
                    end: 2024-05-19
                mentions:
                  - id: s001-m01
                    source_id: s001
                    actor_id: lai
                    title: president-elect of Taiwan
                    evidence: President-elect Lai Ching-te
                  - id: s001-m02
                    source_id: s001
                    actor_id: lai
                    title: Vice President
                    evidence: Vice President Lai Ching-te
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let roles = RoleIndex(context: context)
        let facts = DateFacts(context: context)
        var findings: [Finding] = []
        for table in context.dataset.tables {
            guard let titleField = table.schema.index(of: .titleAsWritten),
                  let actorField = table.schema.index(of: .mentionedActor) else { continue }
            for record in table.records {
                guard let title = record.values[titleField].stringValue, let actor = record.values[actorField].text else { continue }
                let matching = roles.roles(of: actor, titled: title)
                guard !matching.isEmpty, let date = facts.titleDate(of: record, in: table),
                      !matching.contains(where: { $0.held(during: date.span) }) else { continue }
                let periods = matching.map { "\($0.title) \($0.period)" }.joined(separator: "; ")
                findings.append(context.finding(
                    Self.self, "\(actor) is called '\(title)' as of \(date.label), when the \(roles.rolesTable ?? "") table says they did not hold it (\(periods))",
                    table: table, record: record, field: titleField))
            }
        }
        return findings
    }
}
