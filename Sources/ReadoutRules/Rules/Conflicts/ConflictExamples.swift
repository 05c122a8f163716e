/// Two sources reporting one call, for the conflict rules' examples; `statements` follow.
enum ConflictExamples {
    static func with(_ records: String) -> String {
        """
        sources:
          - id: s000
            corpus_file: 000.txt
            corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
            published_status: stated
            published: 2024-04-03
            published_earliest: 2024-04-03
            published_latest: 2024-04-03
          - id: s001
            corpus_file: 001.txt
            corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
            published_status: stated
            published: 2024-04-03
            published_earliest: 2024-04-03
            published_latest: 2024-04-03
        events:
          - id: e-2024-04-02-call
            kind: call
            label: Biden and Xi speak by phone
            date_from: 2024-04-02
            date_to: 2024-04-02
            date_precision: day
            status: occurred
        accounts:
          - {id: s000-a01, source_id: s000, event_id: e-2024-04-02-call, evidence: On Tuesday}
          - {id: s001-a01, source_id: s001, event_id: e-2024-04-02-call, evidence: on Tuesday}

        """ + records
    }
}
