import ReadoutModel
import ReadoutRules

/// Checks a rule configuration against the rules that exist and the options they declare.
enum RuleConfiguration {
    static func check(_ settings: RuleSettings) throws(InputError) {
        for entry in settings.entries {
            guard let rule = RuleRegistry.rule(id: entry.ruleID) else {
                throw InputError(at: entry.location, "unknown rule '\(entry.ruleID)' (see `readout rules`)")
            }
            guard !(rule is any PipelineRule.Type) else {
                throw InputError(at: entry.location, "\(entry.ruleID) is reported by the pipeline around the rules, so it cannot be configured")
            }
            let declared = rule.description.options
            for name in entry.options.keys.sorted() {
                let location = entry.optionLocations[name] ?? entry.location
                guard let option = declared.first(where: { $0.name == name }) else {
                    let allowed = declared.isEmpty ? "it has none" : "it has " + declared.map(\.name).joined(separator: ", ")
                    throw InputError(at: location, "\(entry.ruleID) has no option '\(name)'; \(allowed)")
                }
                if let value = entry.options[name], let problem = option.problem(with: value) {
                    throw InputError(at: location, "option '\(name)' of \(entry.ruleID) \(problem)")
                }
            }
        }
        for name in settings.shared.keys.sorted() {
            let location = settings.sharedLocations[name] ?? SourceLocation(file: "rules.yaml", line: 1, column: 1)
            let owners = RuleRegistry.all.filter { rule in rule.description.options.contains { $0.name == name } }
            guard !owners.isEmpty else {
                throw InputError(at: location, "no rule has an option '\(name)' (`readout explain RULE` lists a rule's options)")
            }
            for owner in owners {
                guard let option = owner.description.options.first(where: { $0.name == name }),
                      let value = settings.shared[name], let problem = option.problem(with: value) else { continue }
                throw InputError(at: location, "option '\(name)' (of \(owner.description.id)) \(problem)")
            }
        }
    }
}
