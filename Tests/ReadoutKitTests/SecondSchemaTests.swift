import ReadoutKit
import ReadoutModel
import Testing

/// Another research group's schema, with other table and column names: the rules find their
/// fields through the `readout` annotations alone.
@Suite struct SecondSchemaTests {
    static let descriptor = """
        {"name": "press-quotes", "resources": [
          {"name": "papers", "schema": {"fields": [
            {"name": "paper", "type": "string", "constraints": {"required": true}},
            {"name": "text_file", "type": "string", "readout": "corpus-file"},
            {"name": "digest", "type": "string", "readout": "corpus-sha256"}],
            "primaryKey": "paper"}},
          {"name": "sayings", "schema": {"fields": [
            {"name": "n", "type": "integer"},
            {"name": "paper", "type": "string"},
            {"name": "span", "type": "string", "readout": "evidence"},
            {"name": "said_on", "type": "date"}],
            "primaryKey": ["paper", "n"],
            "foreignKeys": [{"fields": "paper", "reference": {"resource": "papers", "fields": "paper"}}]}}
        ]}
        """

    @Test func rulesWorkThroughAnnotationsOnAnotherSchema() throws {
        let folder = try TestFolder()
        let schema = try folder.write("schema/datapackage.json", Self.descriptor)
        try folder.write("corpus/one.txt", "The minister said the talks were useful.\n")
        try folder.write("data/papers.yaml", """
            papers:
              - paper: daily
                text_file: one.txt
                digest: 0000000000000000000000000000000000000000000000000000000000000000
            sayings:
              - n: 1
                paper: daily
                span: the talks were useful
                said_on: 2024-04-02
              - n: 2
                paper: daily
                span: the talks were fruitful
                said_on: 2024-04-31
              - n: 3
                paper: weekly
                span: useful
            """)
        let validation = try Readout.validate(ValidationRequest(
            schemaPath: schema, dataFolder: folder.path + "/data", corpusFolder: folder.path + "/corpus"))
        let found = validation.findings.map { "\($0.ruleID)@\($0.location?.line ?? 0)" }
        #expect(found.contains("source.checksum@4"))
        #expect(found.contains("evidence.not-found@12"))
        #expect(found.contains("schema.type@13"))
        #expect(found.contains("schema.foreign-key@15"))
        #expect(!found.contains("evidence.not-found@8"))
        #expect(validation.hasErrors)
    }
}

/// Another group's own vocabulary values, bound to readout's meanings through the annotations'
/// `values`: the rules read the meanings, so `anonymous`, `nobody` and `weeks` work as the bundled
/// schema's names do, and a value that means nothing is a finding, never skipped silently.
@Suite struct SecondSchemaVocabularyTests {
    static let descriptor = """
        {"name": "hearings", "resources": [
          {"name": "happenings", "schema": {"fields": [
            {"name": "code", "type": "string"},
            {"name": "sort", "type": "string", "readout": "event-kind"},
            {"name": "held_on", "type": "date", "readout": "event-date-from"},
            {"name": "state", "type": "string", "constraints": {"enum": ["happened", "expected"]},
             "readout": {"annotation": "event-status", "values": {"happened": "occurred", "expected": "planned"}}}],
            "primaryKey": "code"}},
          {"name": "sayings", "schema": {"fields": [
            {"name": "n", "type": "integer"},
            {"name": "who_said", "type": "string", "constraints": {"enum": ["anonymous", "nobody", "named"]},
             "readout": {"annotation": "attribution-type",
                         "values": {"anonymous": "anonymous-official", "nobody": "none", "named": "named-person"}}}],
            "primaryKey": "n"}},
          {"name": "gaps", "schema": {"fields": [
            {"name": "n", "type": "integer"},
            {"name": "later", "type": "string", "readout": "claim-event"},
            {"name": "earlier", "type": "string", "readout": "claim-reference-event"},
            {"name": "size", "type": "integer", "readout": "claim-amount"},
            {"name": "per", "type": "string", "constraints": {"enum": ["days", "weeks"]},
             "readout": {"annotation": "claim-unit", "values": {"days": "day", "weeks": "week"}}},
            {"name": "how", "type": "string", "readout": {"annotation": "claim-comparator", "values": {"roughly": "about"}}}],
            "primaryKey": "n",
            "foreignKeys": [{"fields": "later", "reference": {"resource": "happenings", "fields": "code"}},
                            {"fields": "earlier", "reference": {"resource": "happenings", "fields": "code"}}]}}
        ]}
        """

    @Test func theSchemasOwnValuesGetTheRulesOfTheirMeanings() throws {
        let folder = try TestFolder()
        let schema = try folder.write("schema/datapackage.json", Self.descriptor)
        try folder.write("data/records.yaml", """
            happenings:
              - {code: h1, sort: hearing, held_on: 2024-03-01, state: happened}
              - {code: h2, sort: hearing, held_on: 2024-03-11, state: happened}
            sayings:
              - n: 1
                who_said: anonymous
              - n: 2
                who_said: nobody
              - n: 3
              - n: 4
                who_said: named
            gaps:
              - n: 1
                later: h2
                earlier: h1
                size: 3
                per: weeks
                how: roughly
              - n: 2
                later: h2
                earlier: h1
                size: 10
                per: days
              - n: 3
                later: h2
                earlier: h1
                size: 3
                per: weeks
                how: approximately
            """)
        let validation = try Readout.validate(ValidationRequest(schemaPath: schema, dataFolder: folder.path + "/data"))
        let found = Set(validation.findings.map { "\($0.ruleID) \($0.subject.table ?? "")/\($0.subject.key)" })
        #expect(found.isSuperset(of: ["attribution.anonymous sayings/1", "attribution.missing sayings/2",
                                      "attribution.missing sayings/3", "date.interval-mismatch gaps/1",
                                      "schema.vocabulary gaps/3"]))
        #expect(found.filter { $0.hasSuffix("sayings/4") || $0.hasSuffix("gaps/2") }.isEmpty, "\(found)")
        // The unmapped comparator is reported, and its claim is not checked with a guessed meaning.
        #expect(!found.contains("date.interval-mismatch gaps/3"))
        let vocabulary = try #require(validation.findings.first { $0.ruleID == "schema.vocabulary" })
        #expect(vocabulary.message.contains("'approximately' in 'how'"))
        #expect(vocabulary.message.contains("'about', 'less-than', 'more-than', 'within'"))
        let interval = try #require(validation.findings.first { $0.ruleID == "date.interval-mismatch" })
        #expect(interval.message.contains("about 3 weeks between h2 and h1"))
    }

    @Test func aValueTheRulesCannotInterpretStopsTheSchemaFromLoading() throws {
        let folder = try TestFolder()
        let schema = try folder.write("schema/datapackage.json",
                                      Self.descriptor.replacingOccurrences(of: #""values": {"days": "day", "weeks": "week"}"#,
                                                                           with: #""values": {"days": "day"}"#))
        try folder.write("data/records.yaml", "gaps: []\n")
        let error = #expect(throws: InputError.self) {
            try Readout.validate(ValidationRequest(schemaPath: schema, dataFolder: folder.path + "/data"))
        }
        #expect(error?.file.hasSuffix("datapackage.json") == true)
        #expect(error?.message.contains("field 'per' allows the value 'weeks', which is not a meaning of claim-unit") == true)
    }
}
