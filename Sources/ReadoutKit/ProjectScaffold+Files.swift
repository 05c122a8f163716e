/// The texts of the files `readout init` writes (see ProjectScaffold.files): one invented article, the
/// records extracted from it, and the schema, settings and tooling around them.
extension ProjectScaffold {
    static let descriptor = """
        {
          "name": "my-project",
          "title": "What the articles of my corpus report (rename me)",
          "description": "Records extracted by hand from the articles in corpus/, with verbatim evidence. Edit the tables in schema/tables/: rename tables and fields freely; the readout annotations tell the rules what a field means (see readout's schema/README.md).",
          "version": "0.1.0",
          "resources": [
            {"name": "sources", "title": "One record per article of the corpus", "schema": "tables/sources.json"},
            {"name": "events", "title": "The events the articles report, one record per real event", "schema": "tables/events.json"},
            {"name": "accounts", "title": "What one article says about one event, with the date as written", "schema": "tables/accounts.json"},
            {"name": "statements", "title": "Quotes and reported statements, with their attribution as written", "schema": "tables/statements.json"}
          ]
        }

        """

    static let sources = """
        {
          "fields": [
            {"name": "id", "type": "string", "description": "Source id: s and the corpus file's number.", "constraints": {"required": true, "unique": true, "pattern": "s[0-9]{3,}"}},
            {"name": "corpus_file", "type": "string", "description": "The article's file name in corpus/.", "readout": "corpus-file", "constraints": {"required": true, "unique": true}},
            {"name": "corpus_sha256", "type": "string", "description": "SHA-256 of the article file (sha256sum), so a changed article is noticed.", "readout": "corpus-sha256", "constraints": {"required": true, "pattern": "[0-9a-f]{64}"}},
            {"name": "title", "type": "string", "description": "The headline, where the article gives one.", "readout": "source-title"},
            {"name": "published", "type": "date", "description": "The publication date, when the article states it.", "readout": "publication-date"},
            {"name": "published_status", "type": "string", "description": "stated: the article gives its date; inferred: derived from the text.", "readout": "publication-date-status", "constraints": {"required": true, "enum": ["stated", "inferred"]}},
            {"name": "published_earliest", "type": "date", "description": "Earliest possible publication date (equal to published when stated).", "readout": "publication-date-earliest", "constraints": {"required": true}},
            {"name": "published_latest", "type": "date", "description": "Latest possible publication date (equal to published when stated).", "readout": "publication-date-latest", "constraints": {"required": true}},
            {"name": "evidence", "type": "string", "description": "A verbatim span that shows the date, where the article has one.", "readout": "evidence", "constraints": {"maxLength": 400}},
            {"name": "note", "type": "string", "readout": "note"}
          ],
          "primaryKey": ["id"],
          "missingValues": [""]
        }

        """

    static let events = """
        {
          "fields": [
            {"name": "id", "type": "string", "description": "Event id: e-, the date, a slug.", "constraints": {"required": true, "pattern": "e-[a-z0-9-]+"}},
            {"name": "kind", "type": "string", "readout": "event-kind", "constraints": {"required": true, "enum": ["meeting", "call", "visit", "statement"]}},
            {"name": "label", "type": "string", "description": "A short name for the event."},
            {"name": "date_from", "type": "date", "description": "Earliest day of the event.", "readout": "event-date-from"},
            {"name": "date_to", "type": "date", "description": "Latest day of the event.", "readout": "event-date-to"},
            {"name": "date_precision", "type": "string", "readout": "event-date-precision", "constraints": {"required": true, "enum": ["day", "week", "month", "year", "unknown"]}},
            {"name": "status", "type": "string", "readout": "event-status", "constraints": {"required": true, "enum": ["occurred", "planned", "postponed", "cancelled"]}},
            {"name": "note", "type": "string", "readout": "note"}
          ],
          "primaryKey": ["id"],
          "missingValues": [""]
        }

        """

    static let accounts = """
        {
          "fields": [
            {"name": "id", "type": "string", "description": "Account id: the source id, -a, a number.", "constraints": {"required": true, "pattern": "s[0-9]{3,}-a[0-9]{2,}"}},
            {"name": "source_id", "type": "string", "constraints": {"required": true}},
            {"name": "event_id", "type": "string", "constraints": {"required": true}},
            {"name": "date_expression", "type": "string", "description": "How the article dates the event, exactly as written (on Monday, last month).", "readout": "date-expression"},
            {"name": "weekday", "type": "string", "description": "The weekday the article names, if any.", "readout": "weekday", "constraints": {"enum": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}},
            {"name": "stated_date", "type": "date", "description": "A calendar date the article writes for the event, if any.", "readout": "stated-date"},
            {"name": "tense", "type": "string", "description": "past or future, as the article tells it.", "readout": "tense", "constraints": {"enum": ["past", "future"]}},
            {"name": "from_caption", "type": "boolean", "description": "true when the account comes from a photo caption.", "readout": "from-caption"},
            {"name": "evidence", "type": "string", "description": "The verbatim span of the article the record rests on.", "readout": "evidence", "constraints": {"required": true, "minLength": 3, "maxLength": 400}},
            {"name": "note", "type": "string", "readout": "note"}
          ],
          "primaryKey": ["id"],
          "foreignKeys": [
            {"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["id"]}},
            {"fields": ["event_id"], "reference": {"resource": "events", "fields": ["id"]}}
          ],
          "missingValues": [""]
        }

        """

    static let statements = """
        {
          "fields": [
            {"name": "id", "type": "string", "description": "Statement id: the source id, -q, a number.", "constraints": {"required": true, "pattern": "s[0-9]{3,}-q[0-9]{2,}"}},
            {"name": "account_id", "type": "string", "description": "The account (article and event) the statement belongs to.", "constraints": {"required": true}},
            {"name": "speaker", "type": "string", "description": "Who said it, as an id of your choosing (ruiz); empty when the article does not say.", "readout": "speaker"},
            {"name": "mode", "type": "string", "description": "direct: quoted words; indirect: reported speech.", "readout": "statement-mode", "constraints": {"required": true, "enum": ["direct", "indirect"]}},
            {"name": "text", "type": "string", "description": "The words, verbatim from the article.", "readout": "quote", "constraints": {"required": true, "minLength": 1}},
            {"name": "topic", "type": "string", "description": "A short topic tag (transport): statements of one speaker, event and topic are compared.", "readout": "topic"},
            {"name": "cue", "type": "string", "description": "The attribution verb as written (said, told).", "readout": "attribution-cue"},
            {"name": "attribution", "type": "string", "description": "The attribution exactly as written; empty when there is none.", "readout": "attribution"},
            {"name": "attribution_type", "type": "string", "description": "Who the article says reported it.", "readout": "attribution-type", "constraints": {"required": true, "enum": ["named-person", "named-institution", "named-outlet", "anonymous-official", "unnamed-outlet", "generic-body", "none"]}},
            {"name": "evidence", "type": "string", "readout": "evidence", "constraints": {"required": true, "minLength": 3, "maxLength": 400}},
            {"name": "note", "type": "string", "readout": "note"}
          ],
          "primaryKey": ["id"],
          "foreignKeys": [
            {"fields": ["account_id"], "reference": {"resource": "accounts", "fields": ["id"]}}
          ],
          "missingValues": [""]
        }

        """

    static let rules = """
        # readout rule configuration. Every rule runs at its default severity (`readout rules`) unless set here.
        # Per rule: `enabled: false` switches it off; `severity: error|warning|info` overrides its severity;
        # numbers set its options (`readout explain RULE` lists them). An unknown rule id or option is an error.
        rules:
          conflict.quote:
            # How alike two quotes at one event must be (0 to 1) to count as one remark told twice.
            min-similarity: 0.3

        """

    static let data = """
        # yaml-language-server: $schema=../../schema/data.schema.json
        # s001: the example article (corpus/001_example.txt). One file per article; a file may hold any tables.
        sources:
          - id: s001
            corpus_file: 001_example.txt
            corpus_sha256: 37c32e5e4141b207beda986ea9e78d0a36836809d09fc7eeb33b268eb6ee6569
            published: 2025-03-05
            published_status: stated
            published_earliest: 2025-03-05
            published_latest: 2025-03-05
            evidence: Riverton, 5 March 2025
        events:
          - id: e-2025-03-03-ruiz-berg-meeting
            kind: meeting
            label: Mayor Ruiz meets Transport Minister Berg
            date_from: 2025-03-03
            date_to: 2025-03-03
            date_precision: day
            status: occurred
        accounts:
          - id: s001-a01
            source_id: s001
            event_id: e-2025-03-03-ruiz-berg-meeting
            date_expression: on Monday
            weekday: Monday
            tense: past
            evidence: Mayor Ana Ruiz met Transport Minister Tomas Berg on Monday
        statements:
          - id: s001-q01
            account_id: s001-a01
            speaker: ruiz
            mode: direct
            text: We will open the first stop next spring,
            topic: transport
            cue: said
            attribution: according to a statement from her office
            attribution_type: named-institution
            evidence: '"We will open the first stop next spring," Ruiz said after the meeting'

        """

    static let article = """
        Riverton, 5 March 2025

        Mayor Ana Ruiz met Transport Minister Tomas Berg on Monday to talk about the new tram line.

        "We will open the first stop next spring," Ruiz said after the meeting, according to a statement from her office.

        """

    static let makefile = """
        # `make validate` checks the data against the schema and the articles; `make export` writes the clean
        # tables to exports/; `make editor-schema` remakes schema/data.schema.json after a schema change.
        READOUT ?= readout
        INPUTS := --data data --schema schema/datapackage.json --corpus corpus
        # More flags for validate, such as --format github in CI.
        FLAGS ?=

        .PHONY: validate export editor-schema

        validate:
        \t$(READOUT) validate $(INPUTS) $(FLAGS)

        export:
        \t$(READOUT) export $(INPUTS) --out exports

        editor-schema:
        \t$(READOUT) schema --json-schema --schema schema/datapackage.json --out schema/data.schema.json

        """

    static let workflow = """
        # Checks the data on every push and pull request; findings show on the changed lines.
        name: readout
        on: [push, pull_request]
        jobs:
          validate:
            runs-on: ubuntu-latest
            container: swift:6.3
            env:
              # Where your group gets readout from (a fork or the upstream repository).
              READOUT_GIT: https://github.com/your-group/readout.git
            steps:
              - uses: actions/checkout@v4
              - run: apt-get update -qq && apt-get install -y -qq libcsv-dev make git
              - run: git clone --depth 1 "$READOUT_GIT" /tmp/readout && swift build -c release --package-path /tmp/readout --product readout
              - run: make validate READOUT=/tmp/readout/.build/release/readout FLAGS="--format github"

        """

    static let readme = """
        # My project (rename me)

        Records extracted by hand from the articles in `corpus/`, checked by [readout](https://github.com/your-group/readout).

        | path | what |
        |---|---|
        | `schema/datapackage.json`, `schema/tables/` | the tables: fields, types, constraints, keys, and the `readout` annotations that tell the rules what a field means |
        | `data/` | the records, as YAML (one file per article; a file may hold any tables) |
        | `corpus/` | the articles, as plain text; `sources.corpus_file` names them |
        | `schema/rules.yaml` | which rules run and their options (`readout rules`, `readout explain RULE`) |
        | `schema/data.schema.json` | the JSON Schema editors use to complete and check the YAML (`make editor-schema`) |

        Start: `make validate` (no findings). Then replace the example article and records with yours, rename
        tables and fields in `schema/tables/` to your own, and run `make validate` as you go. `make export` writes
        the clean tables to `exports/`.

        Editors: with the YAML extension (the YAML language server), each data file's first line
        `# yaml-language-server: $schema=../../schema/data.schema.json` gives completion of field names and flags
        bad values as you type.

        """
}
