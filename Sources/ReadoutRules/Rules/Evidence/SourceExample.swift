/// Builds the small source-plus-account YAML that the evidence rules' examples share.
enum SourceExample {
    static func yaml(sourceFile: String, checksum: String = String(repeating: "0", count: 64),
                     evidence: String, prefix: String? = nil, suffix: String? = nil) -> String {
        var text = """
            sources:
              - id: s001
                corpus_file: \(sourceFile)
                corpus_sha256: \(checksum)
                published_status: stated
                published_earliest: 2024-04-03
                published_latest: 2024-04-03
            accounts:
              - id: s001-a01
                source_id: s001
                event_id: e-2024-04-02-call
                evidence: \(evidence)
            """
        if let prefix { text += "\n    evidence_prefix: \(prefix)" }
        if let suffix { text += "\n    evidence_suffix: \(suffix)" }
        return text + "\n"
    }
}
