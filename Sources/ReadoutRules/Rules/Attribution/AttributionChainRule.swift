import ReadoutModel

/// One outlet reporting another's report: every link of the relay chain should be named.
public struct AttributionChainRule: Rule {
    public static let description = RuleDescription(
        id: "attribution.chain", severity: .warning, otherSeverities: [.info],
        summary: "A statement reaches the article through a relay chain (one outlet reporting another's report).",
        explanation: """
            A statement whose attribution links (`chain-position`, `chain-actor`, `chain-as-written`) \
            number two or more was relayed: "Xinhua reported ..., according to RTHK". Each hop is a chance \
            for the words to change (PROV-O models each as wasQuotedFrom). A chain whose every link names \
            its actor is reported as information; a chain with an unnamed link ("state media") as a warning.
            """,
        requirements: [.checks([.chainPosition]), .field([.chainAsWritten])],
        triggering: [
            RuleExample("""
                statements:
                  - ↓id: s002-q01
                    account_id: s002-a01
                    mode: indirect
                    text: a candid and in-depth communication
                    topic: relations
                    attribution_type: named-outlet
                    evidence: held a "candid" and "in-depth" communication
                attribution_links:
                  - {statement_id: s002-q01, position: 1, actor_id: rthk, as_written: according to Hong Kong public broadcaster RTHK}
                  - {statement_id: s002-q01, position: 2, as_written: state media}
                """),
        ],
        nonTriggering: [
            RuleExample("""
                statements:
                  - id: s002-q01
                    account_id: s002-a01
                    mode: indirect
                    text: a candid and in-depth communication
                    topic: relations
                    attribution_type: named-outlet
                    evidence: held a "candid" and "in-depth" communication
                attribution_links:
                  - {statement_id: s002-q01, position: 1, actor_id: xinhua, as_written: state media Xinhua reported}
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            let schema = table.schema
            guard let positionField = schema.index(of: .chainPosition), let writtenField = schema.index(of: .chainAsWritten),
                  let key = schema.foreignKeys.first(where: { key in
                      key.fields.count == 1 && schema.index(of: key.fields[0]).map { schema.fields[$0].annotation == nil } == true
                  }), let ownerField = schema.index(of: key.fields[0]),
                  let owners = context.dataset.table(named: key.referencedTable(from: table.name)) else { continue }
            let actorField = schema.index(of: .chainActor)
            var chains: [String: [Record]] = [:]
            for record in table.records {
                guard let owner = record.values[ownerField].text else { continue }
                chains[owner, default: []].append(record)
            }
            for ownerKey in chains.keys.sorted() {
                guard let links = chains[ownerKey], links.count >= 2,
                      let owner = context.index.record(in: owners.name, key: ownerKey) else { continue }
                let ordered = links.sorted { ($0.values[positionField].integerValue ?? 0) < ($1.values[positionField].integerValue ?? 0) }
                let unnamed = ordered.filter { record in actorField.map { !record.values[$0].isPresent } ?? true }
                let shown = ordered.map { $0.values[writtenField].stringValue ?? "?" }.joined(separator: " ← ")
                findings.append(context.finding(
                    Self.self, unnamed.isEmpty
                        ? "\(owners.name) \(ownerKey) is relayed through \(links.count) named links: \(shown)"
                        : "\(owners.name) \(ownerKey) is relayed through \(links.count) links, \(unnamed.count) of them unnamed: \(shown)",
                    severity: unnamed.isEmpty ? .info : nil, table: owners, record: owner,
                    related: ordered.map { context.reference(table: table, record: $0) },
                    evidence: [context.evidence(of: owner, in: owners)].compactMap { $0 }))
            }
        }
        return findings
    }
}
