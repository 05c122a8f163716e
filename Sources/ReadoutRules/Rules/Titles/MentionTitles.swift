import ReadoutModel

/// The mentions of a dataset with the roles their titles match.
struct MentionTitles {
    struct Mention {
        let record: Record
        let table: Table
        let actor: String
        let title: String
        let source: String
        let roles: [RoleIndex.Role]
    }

    let mentions: [Mention]
    let roleIndex: RoleIndex

    init(context: RuleContext) {
        let roles = RoleIndex(context: context)
        let sources = context.index.sourceTable.flatMap(context.dataset.table(named:))
        var mentions: [Mention] = []
        for (tableIndex, table) in context.dataset.tables.enumerated() {
            guard let titleField = table.schema.index(of: .titleAsWritten),
                  let actorField = table.schema.index(of: .mentionedActor) else { continue }
            for (row, record) in table.records.enumerated() {
                guard let title = record.values[titleField].stringValue, let actor = record.values[actorField].text else { continue }
                let source = context.index.source(ofRow: row, inTableAt: tableIndex).flatMap { sources?.key(of: $0) } ?? ""
                mentions.append(Mention(record: record, table: table, actor: actor, title: title, source: source,
                                        roles: roles.roles(of: actor, titled: title)))
            }
        }
        self.mentions = mentions
        roleIndex = roles
    }
}
