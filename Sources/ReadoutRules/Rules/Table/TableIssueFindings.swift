import ReadoutModel

extension RuleContext {
    /// A finding per structure issue of `kind` the readers recorded on the tables, at its place:
    /// the record number names a row, "header" the header (fingerprints survive edits elsewhere).
    func findings<R: Rule>(_ rule: R.Type, for kind: TableIssue.Kind, message: (TableIssue) -> String) -> [Finding] {
        dataset.tables.flatMap { table in
            table.issues.filter { $0.kind == kind }.map { issue in
                let key = issue.location.record.map { "#\($0)" } ?? (issue.kind == .resourceBytes || issue.kind == .resourceHash ? "file" : "header")
                return Finding(ruleID: R.description.id, severity: severity(of: rule), message: message(issue),
                               subject: RecordReference(table: table.name, key: key, location: issue.location))
            }
        }
    }
}
