import ReadoutLoader
import ReadoutModel
import Testing

/// The `readout` annotation's object form: a schema's own values bound to readout's meanings, and
/// the schemas refused because a value would mean nothing to the rules.
@Suite struct VocabularyTests {
    private func descriptor(_ field: String) -> String {
        """
        {"resources": [{"name": "quotes", "schema": {"fields": [
          {"name": "id"},
          \(field)
        ]}}]}
        """
    }

    private func load(_ field: String) throws -> DataPackage {
        let folder = try TestFolder()
        return try DescriptorLoader.load(path: try folder.write("datapackage.json", descriptor(field)))
    }

    private func loadError(_ field: String) throws -> InputError {
        let folder = try TestFolder()
        let path = try folder.write("datapackage.json", descriptor(field))
        do {
            _ = try DescriptorLoader.load(path: path)
        } catch {
            return error
        }
        Issue.record("expected the schema to be refused")
        return InputError(file: "", message: "")
    }

    @Test func everyConceptIsBoundByTheAnnotationOfItsName() {
        for concept in Concept.allCases {
            #expect(SchemaAnnotation(rawValue: concept.rawValue)?.concept == concept)
            #expect(!concept.meanings.isEmpty && concept.meanings.allSatisfy { !$0.doc.isEmpty })
            #expect(Set(concept.meaningNames).count == concept.meaningNames.count)
        }
        #expect(SchemaAnnotation.eventKind.concept == nil)
        #expect(SchemaAnnotation.topic.concept == nil)
    }

    @Test func valuesMapTheSchemasOwnValuesToMeanings() throws {
        let package = try load("""
            {"name": "source", "readout": {"annotation": "attribution-type",
               "values": {"anonymous": "anonymous-official", "nobody": "none"}},
             "constraints": {"enum": ["anonymous", "nobody", "named-person"]}}
            """)
        let schema = try #require(package.resource(named: "quotes")).schema
        let field = schema.fields[1]
        #expect(field.annotation == "attribution-type")
        #expect(field.concept == .attributionType)
        #expect(field.meaning(AttributionType.self, of: .string("anonymous")) == .anonymousOfficial)
        #expect(field.meaning(AttributionType.self, of: .string("nobody")) == AttributionType.none)
        // A value the map does not name means itself.
        #expect(field.meaning(AttributionType.self, of: .string("named-person")) == .namedPerson)
        #expect(field.meaning(AttributionType.self, of: .string("somebody")) == nil)
        #expect(field.meaning(AttributionType.self, of: .null) == nil)
        #expect(field.meaning(StatementMode.self, of: .string("direct")) == nil)
        #expect(schema.meaning(AttributionType.self, of: [.string("q1"), .string("anonymous")]) == .anonymousOfficial)
    }

    @Test func categoriesAreBoundLikeAnEnum() throws {
        let package = try load("""
            {"name": "unit", "readout": {"annotation": "claim-unit", "values": {"days": "day", "weeks": "week"}},
             "categories": [{"value": "days", "label": "Days"}, "weeks"]}
            """)
        let field = try #require(package.resource(named: "quotes")).schema.fields[1]
        #expect(field.meaning(ClaimUnit.self, of: .string("weeks")) == .week)
    }

    @Test func anEnumValueWithNoMeaningIsRefusedNamingFileLineFieldValueAndMeanings() throws {
        let error = try loadError("""
            {"name": "mode", "readout": "statement-mode",
             "constraints": {"enum": ["verbatim", "indirect"]}}
            """)
        #expect(error.file.hasSuffix("datapackage.json"))
        #expect(error.line == 4)
        #expect(error.message.contains("field 'mode' allows the value 'verbatim'"))
        #expect(error.message.contains("'direct', 'indirect'"))
        #expect(error.message.hasPrefix("resources[0].schema.fields[1].constraints.enum[0]:"))
    }

    @Test func aCategoryWithNoMeaningIsRefused() throws {
        let error = try loadError("""
            {"name": "unit", "readout": {"annotation": "claim-unit", "values": {"days": "day"}},
             "categories": ["days", "fortnights"]}
            """)
        #expect(error.message.contains("'fortnights'"))
        #expect(error.message.contains("claim-unit"))
    }

    @Test func aMappedValueTheEnumDoesNotAllowIsRefused() throws {
        let error = try loadError("""
            {"name": "mode", "readout": {"annotation": "statement-mode", "values": {"verbatum": "direct"}},
             "constraints": {"enum": ["direct", "indirect"]}}
            """)
        #expect(error.line == 3)
        #expect(error.message.contains("field 'mode' maps the value 'verbatum', which the field does not allow"))
    }

    @Test func aMeaningNotOfTheConceptIsRefused() throws {
        let error = try loadError("""
            {"name": "mode", "readout": {"annotation": "statement-mode", "values": {"verbatim": "quoted"}}}
            """)
        #expect(error.line == 3)
        #expect(error.message.contains("maps 'verbatim' to 'quoted', which is not a meaning of statement-mode"))
        #expect(error.message.contains("'direct', 'indirect'"))
    }

    @Test func anUnknownAnnotationNameIsRefusedInTheObjectForm() throws {
        let error = try loadError("""
            {"name": "mode", "readout": {"annotation": "statment-mode", "values": {"verbatim": "direct"}}}
            """)
        #expect(error.message.contains("unknown readout annotation 'statment-mode'"))
    }

    @Test func valuesOnAnAnnotationWithoutAVocabularyAreRefused() throws {
        let error = try loadError("""
            {"name": "kind", "readout": {"annotation": "event-kind", "values": {"phone": "call"}}}
            """)
        #expect(error.message.contains("'event-kind' has no vocabulary"))
    }

    @Test func anUnknownPropertyOfTheAnnotationIsRefused() throws {
        let error = try loadError("""
            {"name": "mode", "readout": {"annotation": "statement-mode", "value": {"verbatim": "direct"}}}
            """)
        #expect(error.message.contains("'value' is not a property of a readout annotation"))
    }

    @Test func theAnnotationObjectNeedsItsName() throws {
        let error = try loadError("""
            {"name": "mode", "readout": {"values": {"verbatim": "direct"}}}
            """)
        #expect(error.message.contains("missing 'annotation'"))
    }

    @Test func theBundledSchemaBindsEveryEnumValue() throws {
        let package = try DescriptorLoader.load(path: Project.schema)
        let bound = package.resources.flatMap(\.schema.fields).filter { $0.concept != nil }
        #expect(Set(bound.compactMap(\.concept)).count >= 10)
        for field in bound {
            for value in field.constraints.enumValues ?? [] {
                #expect(field.meaningName(of: value) == value, "\(field.name): \(value)")
            }
        }
    }
}
