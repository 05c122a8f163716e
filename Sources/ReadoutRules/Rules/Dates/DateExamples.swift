/// The source and events that the date rules' examples share, as YAML.
enum DateExamples {
    /// s001, published 2024-04-03 (a Wednesday), with the call of Tuesday 2024-04-02 and the Woodside
    /// meeting of 2023-11-15; `sources` and `events` add records to those tables, `records` further tables.
    static func with(sources: String = "", events: String = "", _ records: String) -> String {
        """
        sources:
          - id: s001
            corpus_file: 001.txt
            corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
            published: 2024-04-03
            published_status: stated
            published_earliest: 2024-04-03
            published_latest: 2024-04-03
        \(sources)events:
          - id: e-2024-04-02-call
            kind: call
            label: Biden and Xi speak by phone
            date_from: 2024-04-02
            date_to: 2024-04-02
            date_precision: day
            status: occurred
          - id: e-2023-11-15-meeting
            kind: meeting
            label: Biden and Xi meet at Woodside
            date_from: 2023-11-15
            date_to: 2023-11-15
            date_precision: day
            status: occurred

        """ + events + records
    }
}
