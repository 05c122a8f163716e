import ReadoutModel

/// A title that matches none of the person's roles or their variants.
public struct UnknownTitleRule: Rule {
    public static let description = RuleDescription(
        id: "title.unknown", severity: .warning,
        summary: "A person is given a title that matches none of their roles.",
        explanation: """
            A mention's title as written (`title-as-written`) must match, ignoring case, periods and \
            spacing, one of the person's roles (`role-title`) or its variants (`role-title-variant`). A \
            title that matches none is either an article's error ("Finance Secretary" for the Treasury \
            Secretary), which stays in the data as written, or a variant the roles table should list.
            """,
        triggering: [
            RuleExample("""
                roles:
                  - id: yellen-treasury-secretary
                    actor_id: yellen
                    title: Secretary of the Treasury
                role_variants:
                  - {role_id: yellen-treasury-secretary, variant: Treasury Secretary}
                mentions:
                  - id: s004-m01
                    source_id: s004
                    actor_id: yellen
                    title: ↓Finance Secretary
                    evidence: Finance Secretary Janet Yellen
                """),
        ],
        nonTriggering: [
            RuleExample("""
                roles:
                  - id: yellen-treasury-secretary
                    actor_id: yellen
                    title: Secretary of the Treasury
                role_variants:
                  - {role_id: yellen-treasury-secretary, variant: Treasury Secretary}
                mentions:
                  - id: s001-m01
                    source_id: s001
                    actor_id: yellen
                    title: treasury secretary
                    evidence: Treasury Secretary Janet Yellen
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let titles = MentionTitles(context: context)
        return titles.mentions.filter(\.roles.isEmpty).map { mention in
            let known = (titles.roleIndex.rolesByActor[mention.actor] ?? []).map(\.title)
            return context.finding(
                Self.self, "'\(mention.title)' matches none of \(mention.actor)'s titles in the \(titles.roleIndex.rolesTable ?? "") table (\(known.isEmpty ? "none recorded" : known.joined(separator: "; ")))",
                table: mention.table, record: mention.record, field: mention.table.schema.index(of: .titleAsWritten),
                evidence: [context.evidence(of: mention.record, in: mention.table)].compactMap { $0 })
        }
    }
}
