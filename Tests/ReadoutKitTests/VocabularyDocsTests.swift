import Foundation
import ReadoutKit
import ReadoutModel
import ReadoutRules
import Testing

/// Every concept and meaning is documented in schema/README.md and shown by `readout explain`.
@Suite struct VocabularyDocsTests {
    @Test func theSchemaReadmeDocumentsEveryConceptAndMeaning() throws {
        let readme = String(decoding: try Data(contentsOf: URL(fileURLWithPath: Project.root + "/schema/README.md")), as: UTF8.self)
        #expect(readme.contains("## Vocabularies"))
        for concept in Concept.allCases {
            for meaning in concept.meanings {
                let row = "| `\(concept.rawValue)` | `\(meaning.name)` | \(meaning.doc) |"
                #expect(readme.contains(row), "schema/README.md lacks the row \(row)")
            }
        }
    }

    @Test func explainShowsTheConceptsARuleReadsWithTheirMeanings() throws {
        let text = try #require(RuleCatalog.explain(IntervalMismatchRule.description.id))
        #expect(text.contains("Reads these vocabularies"))
        for concept in [Concept.claimUnit, .claimComparator] {
            #expect(text.contains("    \(concept.rawValue): \(concept.summary)\n"))
            for meaning in concept.meanings {
                #expect(text.range(of: "\n        \(meaning.name) +\(NSRegularExpression.escapedPattern(for: meaning.doc))\n",
                                   options: .regularExpression) != nil, "\(meaning.name)")
            }
        }
        #expect(!text.contains(Concept.attributionType.rawValue + ":"))
        let unrelated = try #require(RuleCatalog.explain(EnumRule.description.id))
        #expect(!unrelated.contains("Reads these vocabularies"))
    }
}
