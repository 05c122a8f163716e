import ReadoutModel

/// Marks reviewed findings, and turns reviews that match nothing into findings of their own.
enum ReviewMatching {
    static let staleRuleID = "review.stale"

    static func apply(_ reviews: [Review], to findings: [Finding]) -> [Finding] {
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
        for review in reviews where !matched.contains(review.fingerprint) {
            reviewed.append(Finding(
                ruleID: staleRuleID, severity: .warning,
                message: "the review of '\(review.fingerprint)' matches no finding: its cause is gone; remove the review",
                subject: RecordReference(table: nil, key: review.fingerprint, location: review.location)))
        }
        return reviewed
    }
}
