import ReadoutModel
import ReadoutRules

/// Marks reviewed findings, and turns reviews that match nothing into findings of their own: stale when
/// the rule and records they name exist (the cause is gone), unmatched when they name no rule or no record
/// (a mistyped fingerprint). A review of a rule that did not run (switched off, or no corpus) cannot be
/// judged: it is returned as unchecked, for a note.
enum ReviewMatching {
    static func apply(_ reviews: [Review], to findings: [Finding], in dataset: Dataset,
                      ran: Set<String>) -> (findings: [Finding], unchecked: [Review]) {
        var byFingerprint: [String: Review] = [:]
        for review in reviews where byFingerprint[review.fingerprint] == nil {
            byFingerprint[review.fingerprint] = review
        }
        var matched = Set<String>()
        var reviewed = findings
        for index in reviewed.indices {
            guard let review = byFingerprint[reviewed[index].fingerprint] else { continue }
            reviewed[index].review = review
            matched.insert(review.fingerprint)
        }
        let unmatched = reviews.filter { !matched.contains($0.fingerprint) }
        // Every record's name, a set as big as the data: made only when a review is left to judge.
        guard !unmatched.isEmpty else { return (reviewed, []) }
        let names = RecordNames(dataset)
        var unchecked: [Review] = []
        for review in unmatched {
            let subject = RecordReference(table: nil, key: review.fingerprint, location: review.location)
            if let mistake = names.mistake(in: review.fingerprint) {
                let rule = ReviewUnmatchedRule.description
                reviewed.append(Finding(
                    ruleID: rule.id, severity: rule.severity,
                    message: "the review of '\(review.fingerprint)' \(mistake): the fingerprint is mistyped; copy it from the finding",
                    subject: subject))
            } else if !ran.contains(String(review.fingerprint.prefix { $0 != ":" })) {
                unchecked.append(review)
            } else {
                let rule = ReviewStaleRule.description
                reviewed.append(Finding(
                    ruleID: rule.id, severity: rule.severity,
                    message: "the review of '\(review.fingerprint)' matches no finding: its cause is gone; remove the review",
                    subject: subject))
            }
        }
        return (reviewed, unchecked)
    }

    /// The rule ids of reviews that could not be judged, for the run's note.
    static func note(_ unchecked: [Review]) -> String? {
        guard !unchecked.isEmpty else { return nil }
        let rules = Set(unchecked.map { String($0.fingerprint.prefix { $0 != ":" }) }).sorted()
        return "\(unchecked.count) review\(unchecked.count == 1 ? "" : "s") not checked: \(rules.joined(separator: ", ")) did not run"
    }

    /// The `table/key` names a fingerprint can hold (see Finding.fingerprint).
    struct RecordNames {
        let records: Set<String>
        let tables: Set<String>

        init(_ dataset: Dataset) {
            tables = Set(dataset.tables.map(\.name))
            records = Set(dataset.tables.flatMap { table in table.records.map { table.name + "/" + table.key(of: $0) } })
        }

        /// What is wrong with a fingerprint that matches no finding, or nil when its rule and records exist.
        func mistake(in fingerprint: String) -> String? {
            guard let colon = fingerprint.firstIndex(of: ":") else {
                return "has no ':' between the rule id and the records"
            }
            let rule = String(fingerprint[..<colon])
            guard RuleRegistry.rule(id: rule) != nil else {
                let suggestions = RuleCatalog.suggestions(for: rule)
                return "names no rule '\(rule)'" + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)")
            }
            // A key may hold '+' itself, so the parts are joined back wherever that makes known names.
            let parts = fingerprint[fingerprint.index(after: colon)...].split(separator: "+", omittingEmptySubsequences: false).map(String.init)
            var reachable = [true] + Array(repeating: false, count: parts.count)
            for end in 1...parts.count {
                reachable[end] = (0..<end).contains { start in
                    reachable[start] && isKnown(parts[start..<end].joined(separator: "+"))
                }
            }
            if reachable[parts.count] { return nil }
            let unknown = parts.first { !isKnown($0) } ?? parts.joined(separator: "+")
            return "names no record '\(unknown)'"
        }

        /// A record's `table/key`; `/key` for a finding about no table (a file, a review); a table's
        /// `#row`, `header` or `file` for a structure finding (TableIssueFindings).
        private func isKnown(_ name: String) -> Bool {
            if records.contains(name) || name.hasPrefix("/") { return true }
            guard let slash = name.firstIndex(of: "/"), tables.contains(String(name[..<slash])) else { return false }
            let key = name[name.index(after: slash)...]
            return key.hasPrefix("#") || key == "header" || key == "file"
        }
    }
}
