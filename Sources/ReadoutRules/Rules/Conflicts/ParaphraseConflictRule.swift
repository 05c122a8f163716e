import ReadoutModel

/// Reported statements of one speaker at one event on one topic that diverge between sources.
public struct ParaphraseConflictRule: Rule {
    public static let description = RuleDescription(
        id: "conflict.paraphrase", severity: .warning, otherSeverities: [.info],
        summary: "Two sources report what one speaker said at one event on one topic in diverging words.",
        explanation: """
            Like `conflict.quote`, for pairs where at least one side is reported speech (`statement-mode` \
            indirect): paraphrases are grouped by event, `speaker` and `topic`, compared after \
            normalizing, and taken as one remark told twice when they share enough words \
            (`min-similarity`). A paraphrase says the same thing in other words, so a pair is a conflict \
            (a warning, with a word diff) only when the difference carries meaning (MeaningChange.swift): \
            one wording negated and the other not ("will sit idly by" against "will not sit idly by"); \
            opposite verbs ("support" against "suppress", "resolve rather than manage" against "manage"); \
            a number, date or name replaced by another (a capital is its country: "Washington" reports \
            "the United States"); a modal of another force ("will" against "may"; "will" and "would" are \
            one force in direct and reported speech); "if" against "unless". The message names the \
            change. Any other difference is wording: left out by default, or reported as information \
            with `wording-only: info`.
            """,
        requirements: [.checks([.quote]), .field([.speaker]), .field([.topic]), .path(to: .event), .path(to: .source)],
        options: [
            RuleOption("min-similarity", default: 0.3, "how alike two paraphrases must be (0 to 1) to count as one remark"),
            RuleOption("wording-only", default: "ignore", choices: [
                RuleOption.Choice("ignore", "a pair that differs only in wording is no finding"),
                RuleOption.Choice("info", "such a pair is reported as information"),
            ], "what to do with two paraphrases whose difference carries no meaning"),
        ],
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
            RuleExample(ConflictExamples.with(agreeing.replacing("text: Washington", with: "text: ↓Washington")), options: ["wording-only": .name("info")]),
        ],
        nonTriggering: [
            RuleExample(ConflictExamples.with(agreeing)),
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

    /// The same remark told in other words: "the United States will" reported as "Washington would".
    static let agreeing = """
        statements:
          - id: s000-q01
            account_id: s000-a01
            speaker_id: biden
            mode: direct
            text: the United States will continue to take necessary actions to prevent advanced US technologies from being used to undermine our national security
            topic: technology
            attribution_type: none
            evidence: the United States will continue
          - id: s001-q01
            account_id: s001-a01
            speaker_id: biden
            mode: indirect
            text: Washington would continue to take measures to prevent advanced US technologies from being used to undermine national security
            topic: technology
            attribution_type: none
            evidence: Washington would continue
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let minimum = context.option("min-similarity", for: Self.self)
        let reportWording = context.choice("wording-only", for: Self.self) == "info"
        return StatementGroups.shared(context).divergentPairs(minimum: minimum) { !$0.direct || !$1.direct }.compactMap { pair in
            let changes = MeaningChange.changes(pair.0.text, pair.1.text)
            guard !changes.isEmpty || reportWording else { return nil }
            let how = changes.isEmpty ? " in wording only" : " (\(changes.map(\.rawValue).joined(separator: ", ")))"
            return StatementGroups.finding(
                Self.self, "\(pair.0.source) and \(pair.1.source) report \(pair.0.speaker) differently\(how): \"\(pair.0.text)\" against \"\(pair.1.text)\"",
                severity: changes.isEmpty ? .info : nil, pair: pair, context: context)
        }
    }
}
