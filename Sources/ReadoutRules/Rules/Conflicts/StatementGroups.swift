import ReadoutModel

/// Statements grouped by (event, speaker, topic), so that only accounts of the same thing are compared.
struct StatementGroups {
    struct Statement {
        /// Where the record is: the positions of its table in the dataset and of it in the table (a
        /// statement is made for every record of a big table: positions spare copying both).
        let table: Int
        let row: Int
        let source: String
        /// The speaker's key, for messages.
        let speaker: String
        let direct: Bool
        let words: [String]
        let text: String

        /// The statement with its words, tokenized only once it is known to be compared with another.
        func tokenized() -> Statement {
            Statement(table: table, row: row, source: source, speaker: speaker, direct: direct,
                      words: Wording.words(text), text: text)
        }
    }

    /// What a group's statements share: event, speaker and topic, and a source for one source's groups
    /// (empty for groups across sources); ordered source first, part by part.
    struct Key: Hashable, Comparable {
        let source: String
        let event: String
        let speaker: String
        let topic: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.source, lhs.event, lhs.speaker, lhs.topic) < (rhs.source, rhs.event, rhs.speaker, rhs.topic)
        }
    }

    /// Groups told by more than one source, in key order; each group's statements in reading order.
    let groups: [[Statement]]

    /// The groups of a run, built once for both conflict rules.
    static func shared(_ context: RuleContext) -> StatementGroups {
        context.statementGroups.value { StatementGroups(context: context) }
    }

    private init(context: RuleContext) {
        var byKey: [Key: [Statement]] = [:]
        for (tableIndex, table) in context.dataset.tables.enumerated() {
            let schema = table.schema
            guard let speakerField = schema.index(of: .speaker), let quoteField = schema.index(of: .quote),
                  let topicField = schema.index(of: .topic) else { continue }
            let modeField = schema.index(bound: StatementMode.self)
            for (row, record) in table.records.enumerated() {
                guard let speaker = record.values[speakerField].text, let topic = record.values[topicField].text,
                      let text = record.values[quoteField].stringValue,
                      let eventKey = context.index.eventKey(ofRow: row, inTableAt: tableIndex),
                      let sourceKey = context.index.sourceKey(ofRow: row, inTableAt: tableIndex) else { continue }
                let direct = modeField.map { schema.fields[$0].meaning(StatementMode.self, of: record.values[$0]) == .direct } ?? true
                byKey[Key(source: "", event: eventKey, speaker: speaker, topic: topic), default: []].append(Statement(
                    table: tableIndex, row: row, source: sourceKey, speaker: speaker, direct: direct, words: [], text: text))
            }
        }
        // Only a group told by two sources can hold a pair: only its statements are tokenized.
        let told = byKey.filter { _, group in group.contains { $0.source != group[0].source } }
        groups = told.keys.sorted().compactMap { key in told[key]?.map { $0.tokenized() } }
    }

    /// Pairs from different sources whose wordings are alike enough to be one statement told twice
    /// (similarity at least `minimum`) but not the same words; `modes` picks which pairs a rule wants.
    func divergentPairs(minimum: Double, modes: (Statement, Statement) -> Bool) -> [(Statement, Statement)] {
        var pairs: [(Statement, Statement)] = []
        for group in groups {
            for (position, later) in group.enumerated() {
                for earlier in group[..<position] where earlier.source != later.source && modes(earlier, later) {
                    // A fragment quoted by one source from a longer quote in the other agrees with it.
                    guard !Wording.contains(earlier.words, later.words), !Wording.contains(later.words, earlier.words) else { continue }
                    if Wording.similarity(earlier.words, later.words) >= minimum { pairs.append((earlier, later)) }
                }
            }
        }
        return pairs
    }

    /// The finding for a pair: on the later statement (the second account), naming the earlier (the
    /// first), with the word diff from the first to the second and both spans.
    static func finding<R: Rule>(_ rule: R.Type, _ message: String, severity: Severity? = nil,
                                 pair: (earlier: Statement, later: Statement), context: RuleContext) -> Finding {
        let (earlier, later) = pair
        let laterTable = context.dataset.tables[later.table], earlierTable = context.dataset.tables[earlier.table]
        let laterRecord = laterTable.records[later.row], earlierRecord = earlierTable.records[earlier.row]
        return context.finding(
            rule, message, severity: severity, table: laterTable, record: laterRecord, field: laterTable.schema.index(of: .quote),
            role: .secondAccount, related: [context.reference(table: earlierTable, record: earlierRecord, role: .firstAccount)],
            diff: Wording.diff(earlier.words, later.words),
            evidence: [context.evidence(of: laterRecord, in: laterTable), context.evidence(of: earlierRecord, in: earlierTable)]
                .compactMap { $0 })
    }
}
