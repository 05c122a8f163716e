import ReadoutRules

extension RuleCatalog {
    /// A rule's options as `readout explain` shows them after its description: each with its default,
    /// its unit and its choices, and how to set it in rules.yaml. Empty for a rule without options.
    public static func options(of id: String) -> String {
        guard let rule = RuleRegistry.rule(id: id), !rule.description.options.isEmpty else { return "" }
        let shared = rule.description.options.filter { option in
            RuleRegistry.all.filter { $0.description.options.contains { $0.name == option.name } }.count > 1
        }.map(\.name)
        var text = "\nOptions (schema/rules.yaml, under rules: \(id):):\n"
        text += rule.description.options.map { "    " + $0.documentation + "\n" }.joined()
        if !shared.isEmpty {
            text += "    Shared with other rules, so also settable once for all under options: "
                + shared.joined(separator: ", ") + ".\n"
        }
        return text
    }
}
