import ReadoutModel

/// A statement or claim the article attributes to no one.
public struct MissingAttributionRule: Rule {
    public static let description = RuleDescription(
        id: "attribution.missing", severity: .warning, otherSeverities: [.info],
        summary: "A statement or claim is attributed to no one.",
        explanation: """
            AP and Reuters standards attribute a disputable fact in the sentence that states it. A record \
            whose `attribution-type` means `none` stands on the article's word alone: what a leader said in \
            a private call with no readout cited, or the article's own "first call since ..." So does a \
            record that leaves the `attribution-type` or the `attribution` as written null (the schema \
            conventions leave an unstated value empty), in a table with either field.
            Journalists attribute once per paragraph: a record whose `attribution-carried-from` names \
            the statement whose attribution it continues is attributed when that statement is (the chain \
            is followed through records that carry theirs too, at most 8 steps); when the chain ends at a \
            record attributed to no one, the finding's notes name the chain. A key that names no record \
            is `schema.foreign-key`'s finding, not this rule's.
            A quote split into fragments is one sentence: records of one source and one speaker whose \
            evidence spans lie in one sentence of the article (with a corpus), or whose spans contain one \
            another, give one finding, on the first, with the others as related records.
            Two severities: a speaker's words passed on without a source (a `speaker` is recorded) are \
            a warning, since the reader cannot tell who reported them; the article's own narrative (no \
            speaker, or a table with no `speaker` field, such as claims) is information, since the \
            article itself is the source. The record stays in the data, and researchers can filter on it.
            """,
        requirements: [.checks([.attributionType])],
        triggering: [
            RuleExample(AttributionExamples.statement(attribution: nil, type: "none", marker: true)),
            RuleExample(AttributionExamples.statement(attribution: nil, type: nil, marker: true)),
            RuleExample(AttributionExamples.statement(attribution: "Kirby said", type: nil, marker: true)),
            // Fragments of one quote: one finding for the sentence, another for the next sentence.
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s001-q01
                    account_id: s001-a01
                    speaker_id: xi
                    mode: indirect
                    text: Beijing would not sit idly by
                    topic: technology
                    attribution_type: ↓none
                    evidence: Xi told Biden that Beijing would "not sit idly by"
                  - id: s001-q02
                    account_id: s001-a01
                    speaker_id: xi
                    mode: direct
                    text: China's high-tech development
                    topic: technology
                    attribution_type: none
                    evidence: "China's high-tech development."
                  - id: s001-q03
                    account_id: s001-a01
                    speaker_id: xi
                    mode: indirect
                    text: he called for dialogue
                    topic: technology
                    attribution_type: ↓none
                    evidence: He called for dialogue.
                """), corpus: ["001.txt": """
                Xi told Biden that Beijing would "not sit idly by" if Washington continued to support \
                "China's high-tech development." He called for dialogue.
                """]),
            // A carried attribution that ends at a record attributed to no one.
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s001-q01
                    account_id: s001-a01
                    speaker_id: biden
                    mode: indirect
                    text: Biden raised concerns about Taiwan
                    topic: taiwan
                    attribution_type: ↓none
                    evidence: Biden raised concerns
                  - id: s001-q02
                    account_id: s001-a01
                    speaker_id: biden
                    mode: indirect
                    text: he also urged restraint
                    topic: taiwan
                    attribution_type: ↓none
                    attribution_carried_from: s001-q01
                    evidence: He also urged restraint
                """)),
            RuleExample("""
                statements:
                  - ↓id: s002-q01
                    account_id: s002-a01
                    mode: indirect
                    text: the two leaders held a candid and in-depth communication
                    topic: relations
                    attribution_type: named-person
                    attributed_to: kirby
                """),
        ],
        nonTriggering: [
            RuleExample(AttributionExamples.statement(attribution: "state media Xinhua reported", type: "named-outlet", attributedTo: "xinhua")),
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s001-q01
                    account_id: s001-a01
                    speaker_id: biden
                    mode: indirect
                    text: Biden raised concerns about Taiwan
                    topic: taiwan
                    attribution: according to the White House
                    attribution_type: named-institution
                    attributed_to: white-house
                    evidence: Biden raised concerns, according to the White House
                  - id: s001-q02
                    account_id: s001-a01
                    speaker_id: biden
                    mode: indirect
                    text: he also urged restraint
                    topic: taiwan
                    attribution_type: none
                    attribution_carried_from: s001-q01
                    evidence: He also urged restraint
                """)),
        ])

    public init() {}

    /// A record the rule reports, before fragments of one sentence are joined.
    private struct Unattributed {
        let record: Record
        let message: String
        let field: Int
        let notes: [String]
        /// The speaker's key; nil for the article's own narrative.
        let speaker: String?
        let source: String?
        let sentence: Int?
    }

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        var articles: [String: ArticleSentences?] = [:]
        for (tableIndex, table) in context.dataset.tables.enumerated() {
            let schema = table.schema
            let fields = AttributionFields(schema)
            guard fields.type != nil || fields.written != nil else { continue }
            let speakerField = schema.index(of: .speaker), evidenceField = schema.index(of: .evidence)
            var flagged: [Unattributed] = []
            for (row, record) in table.records.enumerated() {
                guard let found = unattributed(record, in: table, fields: fields) else { continue }
                var notes: [String] = []
                switch carried(record, in: table, context: context) {
                case .attributed, .dangling: continue
                case .none: break
                case let .unattributed(chain):
                    notes.append("its attribution is carried from \(chain.joined(separator: " → ")), which is itself attributed to no one")
                case let .endless(chain):
                    notes.append("its carried attribution goes round in a circle or too far: \(chain.joined(separator: " → "))")
                }
                let source = context.index.sourceKey(ofRow: row, inTableAt: tableIndex)
                let sentence = source.flatMap { key -> Int? in
                    guard let span = evidenceField.flatMap({ record.values[$0].stringValue }) else { return nil }
                    let article = articles[key] ?? sentences(ofSource: key, context: context)
                    articles[key] = article
                    return article?.sentence(of: span)
                }
                flagged.append(Unattributed(record: record, message: found.message, field: found.field, notes: notes,
                                            speaker: speakerField.flatMap { record.values[$0].text }, source: source, sentence: sentence))
            }
            findings += fragmentsJoined(flagged, evidence: evidenceField).map { group in
                let first = group[0]
                let others = group.dropFirst().map { table.key(of: $0.record) }
                var message = first.message
                if !others.isEmpty { message += " (with \(others.joined(separator: ", ")), in the same sentence)" }
                message += first.speaker.map { ": \($0)'s words, passed on without a source" } ?? ": the article's own narrative"
                return context.finding(Self.self, message, severity: first.speaker == nil ? .info : nil,
                                       table: table, record: first.record, field: first.field,
                                       related: group.dropFirst().map { context.reference(table: table, record: $0.record) },
                                       notes: group.flatMap(\.notes),
                                       evidence: group.compactMap { context.evidence(of: $0.record, in: table) })
            }
        }
        return findings
    }

    /// A table's attribution fields, found once per table rather than per record.
    private struct AttributionFields {
        let type: Int?
        let written: Int?

        init(_ schema: TableSchema) {
            type = schema.index(bound: AttributionType.self)
            written = schema.index(of: .attribution)
        }
    }

    /// The message and field when a record, on its own, is attributed to no one.
    private func unattributed(_ record: Record, in table: Table, fields: AttributionFields) -> (message: String, field: Int)? {
        let schema = table.schema
        let typeField = fields.type, writtenField = fields.written
        // Made only for a record that is reported: this runs on every record of the table.
        var subject: String { "\(table.name) \(table.key(of: record)) is attributed to no one" }
        let typeValue = typeField.map { record.values[$0] } ?? .null
        let type = typeField.flatMap { schema.fields[$0].meaning(AttributionType.self, of: typeValue) }
        let unwritten = writtenField.map { record.values[$0].isNull } ?? false
        if let typeField, type == AttributionType.none { return (subject, typeField) }
        if let typeField, typeValue.isNull { return ("\(subject) ('\(schema.fields[typeField].name)' is empty)", typeField) }
        if let writtenField, unwritten, typeValue.isNull || type != nil {
            return ("\(subject) as written ('\(schema.fields[writtenField].name)' is empty)", writtenField)
        }
        return nil
    }

    /// Where a record's `attribution-carried-from` leads.
    private enum Carried {
        /// The record carries no attribution.
        case none
        /// To an attributed record: the record is attributed.
        case attributed
        /// To a key that names no record: `schema.foreign-key` reports it.
        case dangling
        /// To a record attributed to no one that carries nothing further (the keys followed, in order).
        case unattributed([String])
        /// Round in a circle, or further than `maximumSteps`.
        case endless([String])
    }

    /// Paragraphs are short: a longer chain is a modelling error, reported rather than followed.
    private static let maximumSteps = 8

    private func carried(_ record: Record, in table: Table, context: RuleContext) -> Carried {
        guard let carriedField = table.schema.index(of: .attributionCarriedFrom) else { return .none }
        let name = table.schema.fields[carriedField].name
        let referenced = table.schema.foreignKeys.first { $0.fields == [name] }
            .flatMap { context.index.table($0.referencedTable(from: table.name)) } ?? table
        var chain: [String] = []
        var current = record, currentTable = table
        while let key = currentTable.schema.index(of: .attributionCarriedFrom).flatMap({ current.values[$0].text }) {
            guard !chain.contains(key), chain.count < Self.maximumSteps else { return .endless(chain + [key]) }
            chain.append(key)
            guard let next = context.index.record(in: referenced.name, key: key) else { return .dangling }
            current = next
            currentTable = referenced
            if unattributed(current, in: currentTable, fields: AttributionFields(currentTable.schema)) == nil { return .attributed }
        }
        return chain.isEmpty ? .none : .unattributed(chain)
    }

    private func sentences(ofSource key: String, context: RuleContext) -> ArticleSentences? {
        guard let sources = context.index.sourceTable.flatMap(context.index.table),
              let fileField = sources.schema.index(of: .corpusFile),
              let file = context.index.record(in: sources.name, key: key)?.values[fileField].stringValue,
              case let .document(text, _)? = context.corpus?.entries[file] else { return nil }
        return ArticleSentences(text: text)
    }

    /// Whether one span holds the other.
    private func nested(_ left: String?, _ right: String?) -> Bool {
        guard let left, let right else { return false }
        return left.contains(right) || right.contains(left)
    }

    private struct SourceSpeaker: Hashable {
        let source: String
        let speaker: String?
    }

    /// Records of one source and speaker (or both narrative) that are fragments of one sentence: their
    /// spans lie in one sentence of the article, or (without the article) one span contains the other.
    /// Groups in the order of their first record, each in reading order.
    private func fragmentsJoined(_ flagged: [Unattributed], evidence: Int?) -> [[Unattributed]] {
        var parent = Array(flagged.indices)
        func root(_ item: Int) -> Int {
            var item = item
            while parent[item] != item { item = parent[item] }
            return item
        }
        let spans = flagged.map { item in evidence.flatMap { item.record.values[$0].stringValue }.map(WhitespaceFolding.fold) }
        // Only records of one source and speaker can join: compare within those buckets, not every pair
        // of the table (quadratic in the table: 12 s at 100k statements).
        var buckets: [SourceSpeaker: [Int]] = [:]
        for item in flagged.indices {
            guard let source = flagged[item].source else { continue }
            buckets[SourceSpeaker(source: source, speaker: flagged[item].speaker), default: []].append(item)
        }
        for bucket in buckets.values {
            for (position, later) in bucket.enumerated() {
                for earlier in bucket[..<position] {
                    let sameSentence = flagged[later].sentence != nil && flagged[earlier].sentence == flagged[later].sentence
                    if sameSentence || nested(spans[earlier], spans[later]) { parent[root(later)] = root(earlier) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for item in flagged.indices { groups[root(item), default: []].append(item) }
        return groups.values.sorted { $0[0] < $1[0] }.map { $0.map { flagged[$0] } }
    }
}
