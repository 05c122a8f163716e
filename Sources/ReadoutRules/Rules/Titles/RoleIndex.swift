import ReadoutModel
import Temporal

/// The roles table read through its annotations: each actor's titles, their variants and their periods.
struct RoleIndex {
    struct Role {
        let key: String
        let title: String
        let start: CalendarDate?
        let end: CalendarDate?
        /// The title and its variants, normalized.
        let names: Set<String>

        /// Whether the role was held on some day of `span` (open ends hold forever).
        func held(during span: DateSpan) -> Bool {
            (start.map { $0 <= span.to } ?? true) && (end.map { span.from <= $0 } ?? true)
        }

        var period: String {
            "\(start.map(\.description) ?? "…")..\(end.map(\.description) ?? "")"
        }
    }

    /// Roles by the key of the actor who held them.
    let rolesByActor: [String: [Role]]
    /// The table the roles' actor key refers to.
    let actorTable: String?
    /// The roles table's name, for messages.
    let rolesTable: String?

    init(context: RuleContext) {
        guard let roles = context.dataset.tables.first(where: { $0.schema.has(.roleTitle) }),
              let titleField = roles.schema.index(of: .roleTitle),
              let actorKey = roles.schema.foreignKeys.first(where: { $0.fields.count == 1 && $0.resource != nil && $0.resource != roles.name }),
              let actorField = roles.schema.index(of: actorKey.fields[0]) else {
            rolesByActor = [:]
            actorTable = nil
            rolesTable = nil
            return
        }
        rolesTable = roles.name
        actorTable = actorKey.referencedTable(from: roles.name)
        var variants: [String: Set<String>] = [:]
        if let variantTable = context.dataset.tables.first(where: { $0.schema.has(.roleTitleVariant) }),
           let variantField = variantTable.schema.index(of: .roleTitleVariant),
           let roleKey = variantTable.schema.foreignKeys.first(where: { $0.referencedTable(from: variantTable.name) == roles.name }),
           let roleField = variantTable.schema.index(of: roleKey.fields[0]) {
            for record in variantTable.records {
                guard let role = record.values[roleField].text, let variant = record.values[variantField].stringValue else { continue }
                variants[role, default: []].insert(Self.normalize(variant))
            }
        }
        let startField = roles.schema.index(of: .roleStart), endField = roles.schema.index(of: .roleEnd)
        var byActor: [String: [Role]] = [:]
        for record in roles.records {
            guard let actor = record.values[actorField].text, let title = record.values[titleField].stringValue else { continue }
            let key = roles.key(of: record)
            byActor[actor, default: []].append(Role(
                key: key, title: title, start: startField.flatMap { record.values[$0].dateValue },
                end: endField.flatMap { record.values[$0].dateValue },
                names: (variants[key] ?? []).union([Self.normalize(title)])))
        }
        rolesByActor = byActor
    }

    /// The actor's roles whose title or a variant is `title`, compared after normalizing.
    func roles(of actor: String, titled title: String) -> [Role] {
        let name = Self.normalize(title)
        return (rolesByActor[actor] ?? []).filter { $0.names.contains(name) }
    }

    /// Lowercase, without periods, with curly apostrophes straightened and whitespace folded:
    /// "U.S. President" and "US president" are one title.
    static func normalize(_ title: String) -> String {
        let straightened = title.lowercased().replacingAll("’", with: "'").replacingAll(".", with: "")
        return WhitespaceFolding.fold(straightened)
    }
}
