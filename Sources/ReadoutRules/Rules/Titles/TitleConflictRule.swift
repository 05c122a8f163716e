import ReadoutModel

/// Two sources giving one person titles of different roles for the same time.
public struct TitleConflictRule: Rule {
    public static let description = RuleDescription(
        id: "conflict.title", severity: .warning,
        summary: "Two sources give one person titles of different roles for the same time.",
        explanation: """
            Mentions of one person (`mentioned-actor`) are compared across sources: each title as \
            written is matched to the person's roles (`role-title`, `role-title-variant`). When two \
            sources' titles match different roles and the dates they are given for overlap (the \
            `title-as-of-event`'s date, or the publication date), the sources disagree on who the person \
            was ("President" against "President-elect"). Titles that match no role are `title.unknown`.
            """,
        triggering: [
            RuleExample("""
                sources:
                  - {id: s000, corpus_file: 000.txt, corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000, published_status: stated, published: 2024-04-03, published_earliest: 2024-04-03, published_latest: 2024-04-03}
                  - {id: s001, corpus_file: 001.txt, corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000, published_status: stated, published: 2024-04-03, published_earliest: 2024-04-03, published_latest: 2024-04-03}
                roles:
                  - {id: lai-president-elect, actor_id: lai, title: President-elect of Taiwan}
                  - {id: lai-president, actor_id: lai, title: President of Taiwan}
                role_variants:
                  - {role_id: lai-president-elect, variant: President-elect}
                  - {role_id: lai-president, variant: President}
                mentions:
                  - {id: s000-m01, source_id: s000, actor_id: lai, title: President-elect, evidence: President-elect Lai}
                  - id: s001-m01
                    source_id: s001
                    actor_id: lai
                    title: ↓President
                    evidence: President Lai
                """),
        ],
        nonTriggering: [
            RuleExample("""
                sources:
                  - {id: s000, corpus_file: 000.txt, corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000, published_status: stated, published: 2024-04-03, published_earliest: 2024-04-03, published_latest: 2024-04-03}
                  - {id: s001, corpus_file: 001.txt, corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000, published_status: stated, published: 2024-06-03, published_earliest: 2024-06-03, published_latest: 2024-06-03}
                roles:
                  - {id: lai-president-elect, actor_id: lai, title: President-elect of Taiwan}
                  - {id: lai-president, actor_id: lai, title: President of Taiwan}
                role_variants:
                  - {role_id: lai-president-elect, variant: President-elect}
                  - {role_id: lai-president, variant: President}
                mentions:
                  - {id: s000-m01, source_id: s000, actor_id: lai, title: President-elect, evidence: President-elect Lai}
                  - {id: s001-m01, source_id: s001, actor_id: lai, title: President, evidence: President Lai}
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        var byActor: [String: [MentionTitles.Mention]] = [:]
        for mention in MentionTitles(context: context).mentions where !mention.roles.isEmpty {
            byActor[mention.actor, default: []].append(mention)
        }
        var findings: [Finding] = []
        for actor in byActor.keys.sorted() {
            let mentions = byActor[actor] ?? []
            for (position, later) in mentions.enumerated() {
                let laterRoles = Set(later.roles.map(\.title))
                guard let laterDate = facts.titleDate(of: later.record, in: later.table) else { continue }
                let earlier = mentions[..<position].first { other in
                    guard other.source != later.source, Set(other.roles.map(\.title)).isDisjoint(with: laterRoles),
                          let otherDate = facts.titleDate(of: other.record, in: other.table) else { return false }
                    return otherDate.span.overlaps(laterDate.span)
                }
                guard let earlier else { continue }
                findings.append(context.finding(
                    Self.self, "\(later.source) calls \(actor) '\(later.title)' (\(laterRoles.sorted().joined(separator: "; "))), \(earlier.source) '\(earlier.title)' (\(Set(earlier.roles.map(\.title)).sorted().joined(separator: "; "))) for the same time",
                    table: later.table, record: later.record, field: later.table.schema.index(of: .titleAsWritten),
                    related: [context.reference(table: earlier.table, record: earlier.record)],
                    diff: Wording.diff(Wording.words(earlier.title), Wording.words(later.title)),
                    evidence: [context.evidence(of: later.record, in: later.table), context.evidence(of: earlier.record, in: earlier.table)].compactMap { $0 }))
            }
        }
        return findings
    }
}
