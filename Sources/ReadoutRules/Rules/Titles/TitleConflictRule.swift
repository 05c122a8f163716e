import ReadoutModel
import Temporal

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
        requirements: [.checks([.titleAsWritten]), .field([.mentionedActor]), .table(with: .roleTitle), .path(to: .source)],
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
        var byActor: [String: [Dated]] = [:]
        for mention in MentionTitles(context: context).mentions where !mention.roles.isEmpty {
            // A mention without a date can be compared with nothing.
            guard let date = facts.titleDate(of: mention.record, in: mention.table) else { continue }
            byActor[mention.actor, default: []].append(Dated(mention: mention, titles: Set(mention.roles.map(\.title)), span: date.span))
        }
        var findings: [Finding] = []
        for actor in byActor.keys.sorted() {
            for (later, earlier) in Self.conflicts(byActor[actor] ?? []) {
                findings.append(finding(later.mention, earlier.mention, actor: actor, laterTitles: later.titles,
                                        earlierTitles: earlier.titles, context: context))
            }
        }
        return findings
    }

    /// A mention with the roles its title may name and the days it speaks of.
    private struct Dated {
        let mention: MentionTitles.Mention
        let titles: Set<String>
        let span: DateSpan
    }

    /// Each mention paired with the first earlier one, from another source, that names other roles
    /// for overlapping days. Earlier mentions are grouped by the roles they name, so a mention is
    /// compared with a group's members only while no match is found: an actor holds few roles, and
    /// the work grows with the mentions, not with their pairs.
    private static func conflicts(_ mentions: [Dated]) -> [(later: Dated, earlier: Dated)] {
        var groups: [Set<String>: [(position: Int, dated: Dated)]] = [:]
        var order: [Set<String>] = []
        var pairs: [(later: Dated, earlier: Dated)] = []
        for (position, later) in mentions.enumerated() {
            var first: (position: Int, dated: Dated)?
            for titles in order where titles.isDisjoint(with: later.titles) {
                let match = groups[titles]?.first { candidate in
                    candidate.dated.mention.source != later.mention.source && candidate.dated.span.overlaps(later.span)
                }
                if let match, match.position < first?.position ?? Int.max { first = match }
            }
            if let first { pairs.append((later, first.dated)) }
            if groups[later.titles] == nil { order.append(later.titles) }
            groups[later.titles, default: []].append((position, later))
        }
        return pairs
    }

    private func finding(_ later: MentionTitles.Mention, _ earlier: MentionTitles.Mention, actor: String,
                         laterTitles: Set<String>, earlierTitles: Set<String>, context: RuleContext) -> Finding {
        context.finding(
            Self.self, "\(later.source) calls \(actor) '\(later.title)' (\(laterTitles.sorted().joined(separator: "; "))), \(earlier.source) '\(earlier.title)' (\(earlierTitles.sorted().joined(separator: "; "))) for the same time",
            table: later.table, record: later.record, field: later.table.schema.index(of: .titleAsWritten), role: .secondAccount,
            related: [context.reference(table: earlier.table, record: earlier.record, role: .firstAccount)],
            diff: Wording.diff(Wording.words(earlier.title), Wording.words(later.title)),
            evidence: [context.evidence(of: later.record, in: later.table), context.evidence(of: earlier.record, in: earlier.table)].compactMap { $0 })
    }
}
