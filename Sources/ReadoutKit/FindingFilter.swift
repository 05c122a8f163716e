import ReadoutModel
import ReadoutRules

/// `validate --min-severity` and `--rule`: which findings are shown. A finding left out is not shown and
/// does not fail the run (as SwiftLint's `--only-rule` and ruff's `--select` treat rules not selected);
/// the summary counts how many were left out.
public struct FindingFilter: Sendable {
    /// Findings less severe than this are left out; nil keeps every severity.
    public var minimumSeverity: Severity?
    /// Only findings of these rules are kept; empty keeps every rule.
    public var rules: Set<String>

    public init(minimumSeverity: Severity? = nil, rules: [String] = []) {
        self.minimumSeverity = minimumSeverity
        self.rules = Set(rules)
    }

    /// A line per id that names no rule, with the rules it may have meant; empty when all are known.
    public static func unknownRules(_ ids: [String]) -> [String] {
        ids.filter { RuleRegistry.rule(id: $0) == nil }.map { id in
            let suggestions = RuleCatalog.suggestions(for: id)
            return "no rule '\(id)'" + (suggestions.isEmpty ? "; see `readout rules`"
                : "; did you mean \(suggestions.joined(separator: ", "))?")
        }
    }

    public func keeps(_ finding: Finding) -> Bool {
        // Severity orders error first: a finding is kept when it is at least as severe as the minimum.
        (minimumSeverity.map { finding.severity <= $0 } ?? true) && (rules.isEmpty || rules.contains(finding.ruleID))
    }

    public func apply(to validation: Validation) -> Validation {
        var filtered = validation
        filtered.findings = validation.findings.filter(keeps)
        filtered.filteredOut += validation.findings.count - filtered.findings.count
        return filtered
    }
}

public typealias Severity = ReadoutModel.Severity
