import ReadoutModel

/// One source telling the same speaker's words on one event and topic both ways.
public struct SelfContradictionRule: Rule {
    public static let description = RuleDescription(
        id: "conflict.self-contradiction", severity: .warning,
        summary: "One source reports opposite claims of one speaker (or of its own narrative) on one event and topic.",
        explanation: """
            The other conflict rules compare sources with each other; an article can also contradict \
            itself, often through a slip of the reporter's ("continued to support" where it means \
            "suppress"). A source's own statements are grouped by event, `speaker` (statements with no \
            speaker form the narrative's group) and `topic`, and two of them are reported, with the word \
            diff the conflict rules use, when one uses a verb the other opposes (MeaningChange.swift: \
            "support" against "suppress", "resolve rather than manage" against "manage"), or when they \
            are alike enough to be one remark (`min-similarity`) and one is negated where the other is \
            not. A fragment quoted from a longer quote of the same source agrees with it.
            """,
        requirements: [.checks([.quote]), .field([.speaker]), .field([.topic]), .path(to: .event), .path(to: .source)],
        options: [RuleOption("min-similarity", default: 0.6,
                             "how alike two statements must be (0 to 1) for a negation in one of them to contradict the other")],
        triggering: [
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s001-q01
                    account_id: s001-a01
                    speaker_id: xi
                    mode: indirect
                    text: Beijing would not sit idly by if Washington continued to support China's high-tech development
                    topic: technology
                    attribution_type: none
                    evidence: would not sit idly by
                  - id: s001-q02
                    account_id: s001-a01
                    speaker_id: xi
                    mode: direct
                    text: ↓The United States has launched an endless stream of measures to suppress China's economy
                    topic: technology
                    attribution_type: named-outlet
                    evidence: measures to suppress
                """)),
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s000-q01
                    account_id: s000-a01
                    mode: indirect
                    text: the goal of the talks was to resolve rather than manage tensions
                    topic: relations
                    attribution_type: generic-body
                    evidence: to resolve rather than manage tensions
                  - id: s000-q02
                    account_id: s000-a01
                    mode: indirect
                    text: ↓regular communication is needed to manage tensions
                    topic: relations
                    attribution_type: none
                    evidence: to manage
                """)),
        ],
        nonTriggering: [
            // Two sources, not one: conflict.paraphrase's pair.
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s000-q01
                    account_id: s000-a01
                    speaker_id: xi
                    mode: indirect
                    text: the US insists on suppressing China's high-tech development
                    topic: technology
                    attribution_type: none
                    evidence: suppressing
                  - id: s001-q01
                    account_id: s001-a01
                    speaker_id: xi
                    mode: indirect
                    text: Washington continued to support China's high-tech development
                    topic: technology
                    attribution_type: none
                    evidence: support
                """)),
            // One source; other speakers, and a fragment of the longer quote.
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s001-q01
                    account_id: s001-a01
                    speaker_id: xi
                    mode: indirect
                    text: Beijing would not sit idly by if Washington continued to support China's high-tech development
                    topic: technology
                    attribution_type: none
                    evidence: would not sit idly by
                  - id: s001-q02
                    account_id: s001-a01
                    speaker_id: xi
                    mode: direct
                    text: not sit idly by
                    topic: technology
                    attribution_type: none
                    evidence: not sit idly by
                  - id: s001-q03
                    account_id: s001-a01
                    speaker_id: biden
                    mode: indirect
                    text: the US does not seek to suppress China's development
                    topic: technology
                    attribution_type: none
                    evidence: does not seek
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let minimum = context.option("min-similarity", for: Self.self)
        var findings: [Finding] = []
        for group in groups(context) {
            // Each statement's verb terms and negation, once: a group of n is compared n·(n-1)/2 times.
            let terms = group.map { MeaningChange.terms($0.words) }
            let negated = group.map { Wording.isNegated($0.words) }
            for (position, later) in group.enumerated() {
                for (earlierPosition, earlier) in group[..<position].enumerated() {
                    let opposite = MeaningChange.opposes(terms[earlierPosition], terms[position])
                    let negates = negated[earlierPosition] != negated[position]
                        && Wording.similarity(earlier.words, later.words) >= minimum
                    guard opposite || negates else { continue }
                    guard !Wording.contains(earlier.words, later.words), !Wording.contains(later.words, earlier.words) else { continue }
                    let how = opposite ? "opposite verbs" : "one negates the other"
                    let who = later.speaker.isEmpty ? "its own narrative" : later.speaker
                    findings.append(StatementGroups.finding(
                        Self.self, "\(later.source) reports \(who) both ways (\(how)): \"\(earlier.text)\" against \"\(later.text)\"",
                        pair: (earlier, later), context: context))
                }
            }
        }
        return findings
    }

    /// One source's statements by (source, event, speaker or none, topic), groups of two or more in key
    /// order, each in reading order.
    private func groups(_ context: RuleContext) -> [[StatementGroups.Statement]] {
        var byKey: [StatementGroups.Key: [StatementGroups.Statement]] = [:]
        for (tableIndex, table) in context.dataset.tables.enumerated() {
            let schema = table.schema
            guard let speakerField = schema.index(of: .speaker), let quoteField = schema.index(of: .quote),
                  let topicField = schema.index(of: .topic) else { continue }
            let modeField = schema.index(bound: StatementMode.self)
            for (row, record) in table.records.enumerated() {
                guard let topic = record.values[topicField].text, let text = record.values[quoteField].stringValue,
                      let eventKey = context.index.eventKey(ofRow: row, inTableAt: tableIndex),
                      let sourceKey = context.index.sourceKey(ofRow: row, inTableAt: tableIndex) else { continue }
                let speaker = record.values[speakerField].text ?? ""
                let direct = modeField.map { schema.fields[$0].meaning(StatementMode.self, of: record.values[$0]) == .direct } ?? true
                byKey[StatementGroups.Key(source: sourceKey, event: eventKey, speaker: speaker, topic: topic), default: []].append(StatementGroups.Statement(
                    table: tableIndex, row: row, source: sourceKey, speaker: speaker, direct: direct, words: [], text: text))
            }
        }
        // Only a group of two or more holds a pair: only its statements are tokenized, only its key sorted.
        let pairs = byKey.filter { $0.value.count > 1 }
        return pairs.keys.sorted().compactMap { key in pairs[key]?.map { $0.tokenized() } }
    }
}
