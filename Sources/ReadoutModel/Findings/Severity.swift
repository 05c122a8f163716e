/// How much a finding matters: only errors fail validation.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case error, warning, info

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
