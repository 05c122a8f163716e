import ReadoutModel

/// Two sources naming different participants for one event.
public struct ParticipantsConflictRule: Rule {
    public static let description = RuleDescription(
        id: "conflict.participants", severity: .warning,
        summary: "Two sources disagree on who took part in an event.",
        explanation: """
            Each account's participants (`participant` records that lead to the account) are compared \
            with those of other sources' accounts of the same event. When both name participants and the \
            sets differ, the finding says who one source names and the other does not. An account with no \
            participants recorded is not compared: silence is not disagreement.
            """,
        requirements: [.checks([.participant]), .path(to: .event), .path(to: .source)],
        triggering: [
            RuleExample(ConflictExamples.with("""
                participants:
                  - {account_id: s000-a01, actor_id: biden}
                  - {account_id: s000-a01, actor_id: xi}
                  - {account_id: s001-a01, actor_id: biden}
                  - ↓{account_id: s001-a01, actor_id: blinken}
                """)),
        ],
        nonTriggering: [
            RuleExample(ConflictExamples.with("""
                participants:
                  - {account_id: s000-a01, actor_id: biden}
                  - {account_id: s000-a01, actor_id: xi}
                  - {account_id: s001-a01, actor_id: xi}
                  - {account_id: s001-a01, actor_id: biden}
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let events = context.index.eventTable.flatMap(context.dataset.table(named:))
        let sources = context.index.sourceTable.flatMap(context.dataset.table(named:))
        var findings: [Finding] = []
        for (tableIndex, table) in context.dataset.tables.enumerated() {
            guard let participantField = table.schema.index(of: .participant),
                  let accountKey = table.schema.foreignKeys.first(where: { key in
                      key.fields.count == 1 && table.schema.index(of: key.fields[0]) != participantField
                  }), let accountField = table.schema.index(of: accountKey.fields[0]) else { continue }
            let accountTable = accountKey.referencedTable(from: table.name)
            // Per account: its participants, its event, its source, and its last participant record.
            var accounts: [String: (actors: Set<String>, event: String, source: String, last: Record)] = [:]
            var order: [String] = []
            for (row, record) in table.records.enumerated() {
                guard let account = record.values[accountField].text, let actor = record.values[participantField].text,
                      let event = context.index.event(ofRow: row, inTableAt: tableIndex),
                      let source = context.index.source(ofRow: row, inTableAt: tableIndex) else { continue }
                if accounts[account] == nil {
                    order.append(account)
                    accounts[account] = ([], events?.key(of: event) ?? "", sources?.key(of: source) ?? "", record)
                }
                accounts[account]?.actors.insert(actor)
                accounts[account]?.last = record
            }
            var seenByEvent: [String: [String]] = [:]
            for account in order {
                guard let current = accounts[account] else { continue }
                let differing = (seenByEvent[current.event] ?? []).first { other in
                    guard let earlier = accounts[other] else { return false }
                    return earlier.source != current.source && earlier.actors != current.actors
                }
                seenByEvent[current.event, default: []].append(account)
                guard let differing, let earlier = accounts[differing] else { continue }
                let onlyHere = current.actors.subtracting(earlier.actors).sorted()
                let onlyThere = earlier.actors.subtracting(current.actors).sorted()
                var parts: [String] = []
                if !onlyHere.isEmpty { parts.append("\(current.source) names \(onlyHere.joined(separator: ", ")) where \(earlier.source) does not") }
                if !onlyThere.isEmpty { parts.append("\(earlier.source) names \(onlyThere.joined(separator: ", ")) where \(current.source) does not") }
                findings.append(context.finding(
                    Self.self, "\(accountTable) \(differing) and \(account) of \(current.event) disagree on who took part: " + parts.joined(separator: "; "),
                    table: table, record: current.last, role: .secondAccount,
                    related: [context.reference(table: table, record: earlier.last, role: .firstAccount)],
                    diff: Wording.diff(earlier.actors.sorted(), current.actors.sorted())))
            }
        }
        return findings
    }
}
