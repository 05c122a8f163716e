import Foundation
import ReadoutModel
import Yams

/// Reads the rule configuration (schema/rules.yaml) and the reviewed findings (data/reviewed.yaml).
public enum SettingsLoader {
    /// `rules:` maps rule ids to `enabled`, `severity` and options; `options:` sets options shared by every
    /// rule that has them. Ids, option names and their kinds are checked by the caller.
    public static func rules(path: String) throws(InputError) -> RuleSettings {
        let document = try YAMLDocument.read(path: path, file: path)
        let root = try DescriptorNode(document.root, in: document).mapping("a rule configuration")
        var settings = RuleSettings()
        if let known = root.keys.first(where: { !["rules", "options"].contains((try? $0.string()) ?? "") }) {
            throw known.error("a rule configuration has 'rules' and 'options', not '\((try? known.string()) ?? "?")'")
        }
        if let shared = root.optional("options"), !shared.node.isNullScalar {
            for (nameNode, valueNode) in try shared.mapping("a mapping of option names to values").mapping {
                let name = try DescriptorNode(nameNode, in: document).string()
                settings.shared[name] = try optionValue(DescriptorNode(valueNode, in: document), name: name, of: "options")
                settings.sharedLocations[name] = document.location(of: nameNode)
            }
        }
        guard let rules = root.optional("rules"), !rules.node.isNullScalar else { return settings }
        let mapping = try rules.mapping("a mapping of rule ids to settings")
        for (keyNode, valueNode) in mapping.mapping {
            let key = DescriptorNode(keyNode, in: document)
            var entry = RuleSettings.Entry(ruleID: try key.string(), location: document.location(of: keyNode))
            let entrySettings = try DescriptorNode(valueNode, in: document).mapping("the settings of \(entry.ruleID)")
            for (nameNode, settingNode) in entrySettings.mapping {
                let name = try DescriptorNode(nameNode, in: document).string()
                let setting = DescriptorNode(settingNode, in: document)
                switch name {
                case "enabled":
                    entry.enabled = try setting.bool()
                case "severity":
                    let text = try setting.string()
                    guard let severity = Severity(rawValue: text) else {
                        throw setting.error("severity must be error, warning or info, not '\(text)'")
                    }
                    entry.severity = severity
                default:
                    entry.options[name] = try optionValue(setting, name: name, of: entry.ruleID)
                    entry.optionLocations[name] = document.location(of: nameNode)
                }
            }
            settings.entries.append(entry)
        }
        return settings
    }

    /// A plain scalar `true`/`false` is a boolean and one that reads as a number a number; any other
    /// scalar is a name. Whether the rule's option takes that kind is checked against its declaration.
    private static func optionValue(_ node: DescriptorNode, name: String, of owner: String) throws(InputError) -> RuleSettings.OptionValue {
        guard case let .scalar(scalar) = node.node, !node.node.isNullScalar else {
            throw node.error("option '\(name)' of \(owner) must be a number, true or false, or a name")
        }
        if scalar.style == .plain {
            if scalar.string == "true" || scalar.string == "false" { return .boolean(scalar.string == "true") }
            if let number = Double(scalar.string), number.isFinite { return .number(number) }
        }
        return .name(scalar.string)
    }

    /// `reviews:` lists findings by fingerprint, each with a reason and the date of the review.
    public static func reviews(path: String) throws(InputError) -> [Review] {
        let document = try YAMLDocument.read(path: path, file: path)
        let root = try DescriptorNode(document.root, in: document).mapping("a list of reviews")
        guard let list = root.optional("reviews"), !list.node.isNullScalar else { return [] }
        return try list.sequence("a list of reviews").map { node throws(InputError) in
            let review = try node.mapping("a review")
            let known = ["finding", "reason", "date"]
            if let unknown = review.keys.first(where: { !known.contains((try? $0.string()) ?? "") }) {
                throw unknown.error("a review has 'finding', 'reason' and 'date', not '\((try? unknown.string()) ?? "?")'")
            }
            let dateNode = try review.required("date")
            let date = try dateNode.scalarText()
            guard CalendarDateCheck.isDate(date) else { throw dateNode.error("the review date must be YYYY-MM-DD") }
            let reason = try review.required("reason").string()
            guard !reason.trimmingWhitespace().isEmpty else { throw node.error("a review needs a reason") }
            return Review(fingerprint: try review.required("finding").string(), reason: reason, date: date,
                          location: document.location(of: node.node))
        }
    }
}

/// Date checking without importing Temporal's types into the loader's API.
enum CalendarDateCheck {
    static func isDate(_ text: String) -> Bool {
        FieldCaster(field: Field(name: "date", type: .date), missingValues: []).cast(text).dateValue != nil
    }
}
