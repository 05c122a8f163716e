import ReadoutModel
import ReadoutRules

/// The text of `readout rules` and `readout explain`.
public enum RuleCatalog {
    public static func list() -> String {
        let width = RuleRegistry.all.map { $0.description.id.count }.max() ?? 0
        return RuleRegistry.all.map { rule in
            let description = rule.description
            let padding = String(repeating: " ", count: width - description.id.count)
            let severity = description.severity.rawValue.padding(to: 7)
            return "\(description.id)\(padding)  \(severity)  \(description.summary)\n"
        }.joined()
    }

    /// nil when no rule has that id.
    public static func explain(_ id: String) -> String? {
        guard let rule = RuleRegistry.rule(id: id) else { return nil }
        let description = rule.description
        var text = "\(description.id) (\(description.severity.rawValue) by default)\n\n"
        text += description.summary + "\n\n" + description.explanation + "\n"
        if description.needsCorpus { text += "\nNeeds the corpus (--corpus DIR); skipped with a note without it.\n" }
        if let concepts = (rule as? any ReadsVocabulary.Type)?.concepts { text += vocabularies(concepts) }
        text += examples("Triggers (↓ marks where the finding lands):", description.triggering)
        text += examples("Does not trigger:", description.nonTriggering)
        return text
    }

    /// Rule ids close to an unknown one: those of the same kind (`conflict.` for `conflict.nope`),
    /// else those that contain it or whose last part it contains.
    public static func suggestions(for id: String) -> [String] {
        let ids = RuleRegistry.all.map { rule in rule.description.id }
        let kind = id.split(separator: ".").first.map { $0 + "." } ?? id
        let sameKind = ids.filter { $0.hasPrefix(kind) }
        if !sameKind.isEmpty { return sameKind }
        return ids.filter { candidate in
            candidate.contains(id) || id.contains(candidate.split(separator: ".").last.map(String.init) ?? candidate)
        }
    }

    /// The concepts a rule reads and their meanings: what a schema's own values must map to.
    private static func vocabularies(_ concepts: [Concept]) -> String {
        "\nReads these vocabularies (a field's own values map to the meanings in its annotation's `values`):\n"
            + concepts.map { concept in
                let width = concept.meaningNames.map(\.count).max() ?? 0
                return "    \(concept.rawValue): \(concept.summary)\n" + concept.meanings.map { meaning in
                    "        \(meaning.name.padding(to: width))  \(meaning.doc)\n"
                }.joined()
            }.joined()
    }

    private static func examples(_ heading: String, _ examples: [RuleExample]) -> String {
        guard !examples.isEmpty else { return "" }
        return "\n" + heading + "\n" + examples.map { example in
            setting(of: example) + example.yaml.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "    " + $0 }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    /// What a CSV example is a file of, said before it; nothing for YAML records of the project's schema.
    private static func setting(of example: RuleExample) -> String {
        switch example.table {
        case nil: return ""
        case let .project(name): return "    (\(name).csv, of the project's schema)\n"
        case let .schema(schema, _): return "    (example.csv, with the fields " + schema.fields.map(\.name).joined(separator: ", ")
            + (schema.uniqueKeys.isEmpty ? "" : " and uniqueKeys " + schema.uniqueKeys.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", "))
            + ")\n"
        case let .resource(resource): return "    (\(resource.path ?? resource.name), a resource of its own)\n"
        }
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
