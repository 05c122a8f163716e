import ReadoutModel

/// Reported statements of one speaker at one event on one topic that diverge between sources.
public struct ParaphraseConflictRule: Rule {
    public static let description = RuleDescription(
        id: "conflict.paraphrase", severity: .warning,
        summary: "Two sources report what one speaker said at one event on one topic in diverging words.",
        explanation: """
            Like `conflict.quote`, for pairs where at least one side is reported speech (`statement-mode` \
            indirect): paraphrases are grouped by event, `speaker` and `topic`, compared after \
            normalizing, and reported with a word diff when they share enough words to be one remark \
            (`min-similarity`) yet differ. When one wording is negated and the other is not ("will sit \
            idly by" against "will not sit idly by"), the message says that one reverses the other.
            """,
        options: [RuleOption("min-similarity", default: 0.3, "how alike two paraphrases must be (0 to 1) to count as one remark")],
        triggering: [
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s000-q01
                    account_id: s000-a01
                    speaker_id: xi
                    mode: indirect
                    text: China will not sit idly by if the US suppresses its high-tech development
                    topic: technology
                    attribution_type: none
                    evidence: they will not sit idly by
                  - id: s001-q01
                    account_id: s001-a01
                    speaker_id: xi
                    mode: indirect
                    text: ↓China will sit idly by if the US supports its high-tech development
                    topic: technology
                    attribution_type: none
                    evidence: would sit idly by
                """)),
        ],
        nonTriggering: [
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s000-q01
                    account_id: s000-a01
                    speaker_id: xi
                    mode: indirect
                    text: China will not sit idly by
                    topic: technology
                    attribution_type: none
                    evidence: they will not sit idly by
                  - id: s001-q01
                    account_id: s001-a01
                    speaker_id: xi
                    mode: indirect
                    text: china will not sit idly by.
                    topic: technology
                    attribution_type: none
                    evidence: would not sit idly by
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let minimum = context.option("min-similarity", for: Self.self)
        return StatementGroups.shared(context).divergentPairs(minimum: minimum) { !$0.direct || !$1.direct }.map { pair in
            let reversal = Wording.reversesNegation(pair.0.words, pair.1.words) ? "; one wording negates the other" : ""
            return StatementGroups.finding(
                Self.self, "\(pair.0.source) and \(pair.1.source) report \(pair.0.speaker) differently\(reversal): \"\(pair.0.text)\" against \"\(pair.1.text)\"",
                pair: pair, context: context)
        }
    }
}
