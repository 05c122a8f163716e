import ReadoutModel

/// Two sources quoting one speaker at one event on one topic in different words.
public struct QuoteConflictRule: Rule {
    public static let description = RuleDescription(
        id: "conflict.quote", severity: .warning,
        summary: "Two sources quote one speaker at one event on one topic in different words.",
        explanation: """
            Direct quotes (`statement-mode` direct) are grouped by event, `speaker` and `topic`; within a \
            group, quotes from different sources are compared word by word after normalizing case, \
            punctuation, curly and straight quotes and whitespace (as Quotebank does). Quotes that share \
            enough words to be one remark told twice (Dice similarity of their word sets at least \
            `min-similarity`) but differ are reported with a word diff: `[-words-]` only the first source \
            has, `{+words+}` only the second. Quotes sharing fewer words are taken to be different remarks.
            """,
        options: [RuleOption("min-similarity", default: 0.3, "how alike two quotes must be (0 to 1) to count as one remark")],
        triggering: [
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s000-q01
                    account_id: s000-a01
                    speaker_id: xi
                    mode: direct
                    text: uncrossable red line
                    topic: taiwan
                    attribution_type: none
                    evidence: an "uncrossable red line"
                  - id: s001-q01
                    account_id: s001-a01
                    speaker_id: xi
                    mode: direct
                    text: ↓first red line not to be crossed
                    topic: taiwan
                    attribution_type: none
                    evidence: the "first red line not to be crossed"
                """)),
        ],
        nonTriggering: [
            RuleExample(ConflictExamples.with("""
                statements:
                  - id: s000-q01
                    account_id: s000-a01
                    speaker_id: xi
                    mode: direct
                    text: "Uncrossable red line."
                    topic: taiwan
                    attribution_type: none
                    evidence: an "uncrossable red line"
                  - id: s001-q01
                    account_id: s001-a01
                    speaker_id: xi
                    mode: direct
                    text: uncrossable  RED line
                    topic: taiwan
                    attribution_type: none
                    evidence: the "uncrossable red line"
                  - id: s001-q02
                    account_id: s001-a01
                    speaker_id: xi
                    mode: direct
                    text: actions
                    topic: taiwan
                    attribution_type: none
                    evidence: into "actions"
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let minimum = context.option("min-similarity", for: Self.self)
        return StatementGroups.shared(context).divergentPairs(minimum: minimum) { $0.direct && $1.direct }.map { pair in
            StatementGroups.finding(
                Self.self, "\(pair.0.source) and \(pair.1.source) quote \(pair.0.speaker) differently: \"\(pair.0.text)\" against \"\(pair.1.text)\"",
                pair: pair, context: context)
        }
    }
}
