import ReadoutModel
import ReadoutRules

/// Checks a rule configuration against the rules that exist.
enum RuleConfiguration {
    static func check(_ settings: RuleSettings) throws(InputError) {
        for entry in settings.entries {
            guard let rule = RuleRegistry.rule(id: entry.ruleID) else {
                throw InputError(at: entry.location, "unknown rule '\(entry.ruleID)' (see `readout rules`)")
            }
            guard !(rule is any PipelineRule.Type) else {
                throw InputError(at: entry.location, "\(entry.ruleID) is reported by the pipeline around the rules, so it cannot be configured")
            }
            let known = rule.description.options.map(\.name)
            for name in entry.options.keys.sorted() where !known.contains(name) {
                let location = entry.optionLocations[name] ?? entry.location
                let allowed = known.isEmpty ? "it has none" : "it has " + known.joined(separator: ", ")
                throw InputError(at: location, "\(entry.ruleID) has no option '\(name)'; \(allowed)")
            }
        }
    }
}
