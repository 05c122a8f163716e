import ReadoutModel

/// A source whose corpus file is missing, unreadable, or not the file that was extracted.
public struct SourceChecksumRule: Rule {
    static let article = "Biden and Xi spoke on Tuesday."
    static let articleSHA256 = "cfc1d2e76e56a6a77221a4d5664e52529fb3dd7799ffae85cd7ef6174d72136e"

    public static let description = RuleDescription(
        id: "source.checksum", severity: .error,
        summary: "A source's corpus file is missing, or differs from the one its records were extracted from.",
        explanation: """
            Each source records the SHA-256 of its corpus file (field annotated `corpus-sha256`). When the \
            file changes, every evidence span and judgement taken from it must be checked again, so a \
            changed, missing or unreadable file is an error. A corpus file name that leaves the corpus \
            folder (`../`, an absolute path, a link out) is refused the same way.
            """,
        needsCorpus: true,
        requirements: [.checks([.corpusFile]), .partial(.corpusSHA256, lost: "the comparison of each file with its recorded SHA-256")],
        triggering: [
            RuleExample("""
                sources:
                  - id: s001
                    corpus_file: 001.txt
                    corpus_sha256: ↓0000000000000000000000000000000000000000000000000000000000000000
                    published_status: stated
                    published_earliest: 2024-04-03
                    published_latest: 2024-04-03
                """, corpus: ["001.txt": article]),
            RuleExample("""
                sources:
                  - id: s001
                    corpus_file: ↓../001.txt
                    corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
                    published_status: stated
                    published_earliest: 2024-04-03
                    published_latest: 2024-04-03
                """, corpus: ["001.txt": article]),
        ],
        nonTriggering: [
            RuleExample("""
                sources:
                  - id: s001
                    corpus_file: 001.txt
                    corpus_sha256: \(articleSHA256)
                    published_status: stated
                    published_earliest: 2024-04-03
                    published_latest: 2024-04-03
                """, corpus: ["001.txt": article]),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let corpus = context.corpus else { return [] }
        var findings: [Finding] = []
        for table in context.dataset.tables {
            guard let fileField = table.schema.index(of: .corpusFile) else { continue }
            let checksumField = table.schema.index(of: .corpusSHA256)
            for record in table.records {
                guard let name = record.values[fileField].stringValue else { continue }
                switch corpus.entries[name] {
                case let .unavailable(reason):
                    findings.append(context.finding(
                        Self.self, "corpus file '\(name)' cannot be used: \(reason)", table: table, record: record, field: fileField))
                case let .document(_, sha256):
                    guard let checksumField, let recorded = record.values[checksumField].stringValue,
                          recorded.lowercased() != sha256 else { continue }
                    findings.append(context.finding(
                        Self.self, "corpus file '\(name)' has SHA-256 \(sha256), not the recorded \(recorded.prefix(12))...: the article changed since extraction",
                        table: table, record: record, field: checksumField))
                case nil:
                    findings.append(context.finding(
                        Self.self, "corpus file '\(name)' was not loaded", table: table, record: record, field: fileField))
                }
            }
        }
        return findings
    }
}
