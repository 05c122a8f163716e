import Foundation
import ReadoutKit
import ReadoutModel
import ReadoutRules
import Testing

/// The bundled sources' articles: READOUT_CORPUS when set, else ../shared/seeds beside the checkout.
enum BundledCorpus {
    static let path = [ProcessInfo.processInfo.environment["READOUT_CORPUS"], Project.corpus].compactMap { $0 }
        .first { FileManager.default.fileExists(atPath: $0) }
}

/// The bundled project with every table and field renamed and every vocabulary value remapped, done
/// mechanically: the rules find fields through annotations and read meanings through the vocabulary,
/// so the findings must be the same, record for record.
@Suite(.enabled(if: BundledCorpus.path != nil,
                 "needs the corpus: ../shared/seeds beside the checkout, or READOUT_CORPUS=DIR"))
struct RenamedSchemaTests {
    static var corpus: String? { BundledCorpus.path }
    static let tablePrefix = "tbl_", fieldPrefix = "fld_", valuePrefix = "v_"

    /// The renamed copy: descriptor, table schemas, rules, data and reviews, in `folder`.
    struct RenamedProject {
        let folder: TestFolder
        /// Per original table: its fields, and per vocabulary field its enum values.
        var fields: [String: Set<String>] = [:]
        var vocabulary: [String: [String: Set<String>]] = [:]

        init() throws {
            folder = try TestFolder()
            try renameSchema()
            try renameData()
        }

        private static func json(_ path: String) throws -> [String: Any] {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }

        private func write(_ name: String, json object: [String: Any]) throws {
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            try folder.write(name, String(decoding: data, as: UTF8.self))
        }

        private static func names(_ value: Any?, _ rename: (String) -> String) -> Any? {
            if let name = value as? String { return rename(name) }
            return (value as? [String])?.map(rename)
        }

        private mutating func renameSchema() throws {
            let schemaFolder = Project.root + "/schema"
            var package = try Self.json(schemaFolder + "/datapackage.json")
            var resources = try #require(package["resources"] as? [[String: Any]])
            for position in resources.indices {
                let name = try #require(resources[position]["name"] as? String)
                let schemaPath = try #require(resources[position]["schema"] as? String)
                resources[position]["name"] = RenamedSchemaTests.tablePrefix + name
                let renamedPath = "tables/" + RenamedSchemaTests.tablePrefix + (schemaPath as NSString).lastPathComponent
                resources[position]["schema"] = renamedPath
                try write("schema/" + renamedPath, json: try renamedTable(name, Self.json(schemaFolder + "/" + schemaPath)))
            }
            package["resources"] = resources
            try write("schema/datapackage.json", json: package)
            try folder.write("schema/rules.yaml", String(decoding: try Data(contentsOf: URL(fileURLWithPath: schemaFolder + "/rules.yaml")), as: UTF8.self))
        }

        /// A table schema with its fields, keys and references renamed, and each vocabulary field's
        /// enum remapped, its annotation mapping the new values back to the meanings.
        private mutating func renamedTable(_ table: String, _ original: [String: Any]) throws -> [String: Any] {
            var schema = original
            let field = { (name: String) in RenamedSchemaTests.fieldPrefix + name }
            var fieldObjects = try #require(schema["fields"] as? [[String: Any]])
            for position in fieldObjects.indices {
                var object = fieldObjects[position]
                let name = try #require(object["name"] as? String)
                fields[table, default: []].insert(name)
                object["name"] = field(name)
                if let annotation = object["readout"] as? String, Concept(rawValue: annotation) != nil,
                   var constraints = object["constraints"] as? [String: Any], let values = constraints["enum"] as? [String] {
                    vocabulary[table, default: [:]][name] = Set(values)
                    constraints["enum"] = values.map { RenamedSchemaTests.valuePrefix + $0 }
                    object["constraints"] = constraints
                    object["readout"] = ["annotation": annotation,
                                         "values": Dictionary(uniqueKeysWithValues: values.map { (RenamedSchemaTests.valuePrefix + $0, $0) })]
                }
                fieldObjects[position] = object
            }
            schema["fields"] = fieldObjects
            schema["primaryKey"] = Self.names(schema["primaryKey"], field)
            if let keys = schema["uniqueKeys"] as? [Any] { schema["uniqueKeys"] = keys.map { Self.names($0, field) ?? $0 } }
            if let keys = schema["foreignKeys"] as? [[String: Any]] {
                schema["foreignKeys"] = keys.map { key in
                    var key = key
                    key["fields"] = Self.names(key["fields"], field)
                    if var reference = key["reference"] as? [String: Any] {
                        reference["fields"] = Self.names(reference["fields"], field)
                        if let resource = reference["resource"] as? String, !resource.isEmpty {
                            reference["resource"] = RenamedSchemaTests.tablePrefix + resource
                        }
                        key["reference"] = reference
                    }
                    return key
                }
            }
            return schema
        }

        private func renameData() throws {
            let data = Project.root + "/data"
            let files = try FileManager.default.subpathsOfDirectory(atPath: data).filter { $0.hasSuffix(".yaml") }
            for file in files {
                let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: data + "/" + file)), as: UTF8.self)
                if file == "reviewed.yaml" {
                    try folder.write("data/" + file, renamedReviews(text))
                    continue
                }
                let name = (file as NSString).lastPathComponent
                let renamedName = fields[(name as NSString).deletingPathExtension] != nil ? RenamedSchemaTests.tablePrefix + name : name
                try folder.write("data/" + (file as NSString).deletingLastPathComponent + "/" + renamedName, renamedRecords(text))
            }
        }

        /// Fingerprints name tables (`rule:table/key+table/key`).
        private func renamedReviews(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                guard line.hasPrefix("  - finding: ") else { return String(line) }
                var renamed = String(line)
                for table in fields.keys {
                    renamed = renamed.replacingOccurrences(of: ":\(table)/", with: ":\(RenamedSchemaTests.tablePrefix)\(table)/")
                        .replacingOccurrences(of: "+\(table)/", with: "+\(RenamedSchemaTests.tablePrefix)\(table)/")
                }
                return renamed
            }.joined(separator: "\n")
        }

        /// YAML records renamed line by line, so that every record keeps its line: a table key at the
        /// start of a line, a field key (block or flow style) of the current table, a vocabulary value.
        private func renamedRecords(_ text: String) throws -> String {
            let tableKey = try Regex(#"^([a-z_]+):\s*$"#)
            let blockKey = try Regex(#"^(\s*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):( (.*))?$"#)
            let flowEntry = try Regex(#"([{,] *)([A-Za-z_][A-Za-z0-9_]*): ([^,}]*)"#)
            var table = ""
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                if let match = line.wholeMatch(of: tableKey), let name = match.output[1].substring {
                    table = String(name)
                    return RenamedSchemaTests.tablePrefix + table + ":"
                }
                let known = fields[table] ?? []
                let vocabulary = self.vocabulary[table] ?? [:]
                func value(_ key: String, _ value: String) -> String {
                    vocabulary[key]?.contains(value) == true ? RenamedSchemaTests.valuePrefix + value : value
                }
                if line.contains("{") {
                    return String(line.replacing(flowEntry) { match in
                        let key = String(match.output[2].substring ?? "")
                        guard known.contains(key) else { return String(match.output[0].substring ?? "") }
                        return "\(match.output[1].substring ?? "")\(RenamedSchemaTests.fieldPrefix)\(key): \(value(key, String(match.output[3].substring ?? "")))"
                    })
                }
                guard let match = line.wholeMatch(of: blockKey), let keyText = match.output[2].substring,
                      known.contains(String(keyText)) else { return String(line) }
                let key = String(keyText)
                let written = match.output[4].substring.map { " " + value(key, String($0)) } ?? ""
                return "\(match.output[1].substring ?? "")\(RenamedSchemaTests.fieldPrefix)\(key):\(written)"
            }.joined(separator: "\n")
        }
    }

    /// A finding as comparable across the two runs: the renamed names mapped back to the originals,
    /// the place by file and line (a renamed key shifts its value's column).
    static func comparable(_ finding: Finding, dataFolder: String) -> String {
        func original(_ text: String) -> String {
            text.replacingOccurrences(of: tablePrefix, with: "").replacingOccurrences(of: fieldPrefix, with: "")
                .replacing(#/\bv_/#, with: "")
        }
        func place(_ location: ReadoutModel.SourceLocation?) -> String {
            guard let location else { return "-" }
            let file = location.file.hasPrefix(dataFolder) ? String(location.file.dropFirst(dataFolder.count)) : location.file
            return "\(original(file)):\(location.line)"
        }
        let related = finding.related.map { "\($0.table.map(original) ?? "")/\($0.key)@\(place($0.location))" }
        return [finding.ruleID, finding.severity.rawValue, finding.subject.table.map(original) ?? "", finding.subject.key,
                place(finding.location), original(finding.message), related.joined(separator: ","),
                finding.review == nil ? "open" : "reviewed"].joined(separator: " | ")
    }

    @Test func renamedTablesFieldsAndValuesGiveTheSameFindings() throws {
        let renamed = try RenamedProject()
        #expect(renamed.fields.count >= 10)
        let vocabularyFields = renamed.vocabulary.values.map(\.count).reduce(0, +)
        #expect(vocabularyFields >= 10)
        let original = try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: Project.root + "/data", corpusFolder: Self.corpus))
        let copy = try Readout.validate(ValidationRequest(
            schemaPath: renamed.folder.path + "/schema/datapackage.json", dataFolder: renamed.folder.path + "/data",
            corpusFolder: Self.corpus))
        let recordCounts = [original, copy].map { $0.dataset.tables.map(\.records.count).reduce(0, +) }
        #expect(recordCounts[0] == recordCounts[1])
        #expect(copy.dataset.tables.allSatisfy { $0.name.hasPrefix(Self.tablePrefix) })
        let before = original.findings.map { Self.comparable($0, dataFolder: Project.root + "/data") }.sorted()
        let after = copy.findings.map { Self.comparable($0, dataFolder: renamed.folder.path + "/data") }.sorted()
        #expect(before.count > 20)
        #expect(before == after, "only before: \(Set(before).subtracting(after).sorted())\nonly after: \(Set(after).subtracting(before).sorted())")
        // No message names a table by the bundled schema's name: each says the schema's own.
        let bundledNames = try Regex("\\b(" + renamed.fields.keys.sorted().joined(separator: "|") + ")\\b")
        let literal = copy.findings.filter { $0.message.contains(bundledNames) }.map(\.message)
        #expect(literal.isEmpty, "\(literal)")
    }

    /// A copy of the bundled schema in which every value of `concept` means another of its meanings
    /// (the meanings rotated through the annotation's `values`).
    static func schemaRotating(_ concept: Concept, in folder: TestFolder) throws -> String {
        let schemaFolder = Project.root + "/schema"
        for file in try FileManager.default.contentsOfDirectory(atPath: schemaFolder + "/tables") {
            let data = try Data(contentsOf: URL(fileURLWithPath: schemaFolder + "/tables/" + file))
            var schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            var fields = try #require(schema["fields"] as? [[String: Any]])
            for position in fields.indices where fields[position]["readout"] as? String == concept.rawValue {
                let names = concept.meaningNames
                fields[position]["readout"] = ["annotation": concept.rawValue, "values": Dictionary(uniqueKeysWithValues:
                    names.enumerated().map { ($1, names[($0 + 1) % names.count]) })]
            }
            schema["fields"] = fields
            let rotated = try JSONSerialization.data(withJSONObject: schema, options: [.sortedKeys])
            try folder.write("schema/tables/" + file, String(decoding: rotated, as: UTF8.self))
        }
        for file in ["datapackage.json", "rules.yaml"] {
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: schemaFolder + "/" + file)), as: UTF8.self)
            try folder.write("schema/" + file, text)
        }
        return folder.path + "/schema/datapackage.json"
    }

    /// `readout explain` lists the concepts each rule reads: a rule that does not list a concept gives
    /// the same findings when that concept's meanings are swapped around.
    @Test func aRuleThatDeclaresNoConceptIgnoresItsMeanings() throws {
        let data = Project.root + "/data"
        let original = try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: data, corpusFolder: Self.corpus))
        var changedSomething = false
        for concept in Concept.allCases {
            let folder = try TestFolder()
            let rotated = try Readout.validate(ValidationRequest(
                schemaPath: try Self.schemaRotating(concept, in: folder), dataFolder: data, corpusFolder: Self.corpus))
            let readers = Set(RuleRegistry.all.filter { rule in
                (rule as? any ReadsVocabulary.Type)?.concepts.contains(concept) == true
            }.map { $0.description.id })
            // review.stale follows the readers' findings: a review of one that went away is stale.
            func others(_ validation: Validation) -> [String] {
                validation.findings.filter { !readers.contains($0.ruleID) && $0.ruleID != "review.stale" }.map { Self.comparable($0, dataFolder: data) }.sorted()
            }
            let before = others(original), after = others(rotated)
            #expect(before == after, "\(concept.rawValue): only before \(Set(before).subtracting(after).sorted()); only after \(Set(after).subtracting(before).sorted())")
            changedSomething = changedSomething || original.findings.count != rotated.findings.count
        }
        // The rotation reaches the rules that do read the concepts.
        #expect(changedSomething)
    }
}
