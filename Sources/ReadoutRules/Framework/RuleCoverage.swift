import ReadoutModel

/// Whether a rule can run on each table of a schema, and if not why: computed from the rule's declared
/// requirements (`RuleDescription.requirements`, `needsCorpus`), never by running it.
public struct RuleCoverage: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case active
        /// It runs, but without the parts the reasons name.
        case partial([String])
        case inactive([String])

        public var reasons: [String] {
            switch self {
            case .active: []
            case let .partial(reasons), let .inactive(reasons): reasons
            }
        }
    }

    public struct TableStatus: Sendable, Equatable {
        public var table: String
        public var status: Status

        public init(table: String, status: Status) {
            self.table = table
            self.status = status
        }
    }

    public var ruleID: String
    /// The tables the rule would check, each with its status; a reason is about the table it is given
    /// for, and does not name it, so that tables failing alike can be named together.
    public var tables: [TableStatus]
    /// Set when no table is one the rule checks: what such a table would need.
    public var noTable: String?

    /// Active when every table it checks is fully covered, and there is one.
    public var isActive: Bool {
        noTable == nil && tables.allSatisfy { $0.status == .active }
    }

    /// The coverage of `rules` over `package`; `corpusGiven` says whether the run has the articles.
    public static func compute(package: DataPackage, corpusGiven: Bool,
                               rules: [any Rule.Type] = RuleRegistry.all) -> [RuleCoverage] {
        let schema = SchemaFacts(package: package)
        return rules.map { coverage(of: $0.description, schema: schema, corpusGiven: corpusGiven) }
    }

    static func coverage(of rule: RuleDescription, schema: SchemaFacts, corpusGiven: Bool) -> RuleCoverage {
        let scope = rule.requirements.flatMap { requirement -> [SchemaAnnotation] in
            if case let .checks(annotations) = requirement { return annotations }
            return []
        }
        let checked = schema.package.resources.filter { resource in
            scope.isEmpty || scope.contains { resource.schema.has($0) }
        }
        guard !checked.isEmpty else {
            let named = scope.map { "`\($0.rawValue)`" }.joined(separator: " or ")
            return RuleCoverage(ruleID: rule.id, tables: [], noTable: "no table has a field annotated \(named)")
        }
        let tables = checked.map { resource in
            TableStatus(table: resource.name, status: status(of: rule, on: resource, schema: schema, corpusGiven: corpusGiven))
        }
        return RuleCoverage(ruleID: rule.id, tables: tables, noTable: nil)
    }

    private static func status(of rule: RuleDescription, on resource: DataPackage.Resource, schema: SchemaFacts,
                               corpusGiven: Bool) -> Status {
        var missing: [String] = []
        var lost: [String] = []
        if rule.needsCorpus, !corpusGiven { missing.append(Self.noCorpus) }
        for requirement in rule.requirements {
            switch requirement {
            case .checks:
                continue
            case let .field(annotations):
                if !annotations.contains(where: resource.schema.has) {
                    missing.append("no field annotated \(listed(annotations))")
                }
            case let .path(role):
                guard let target = schema.table(role) else {
                    missing.append("no \(role.rawValue) table (a table with a field annotated `\(role.defining.rawValue)`)")
                    continue
                }
                if !schema.leading(to: target).contains(resource.name) {
                    missing.append("no foreign-key path to the \(role.rawValue) table \(target) "
                        + "(single-field keys, each referencing a primary key)")
                }
            case let .annotation(annotations, role):
                guard let target = schema.table(role) else {
                    missing.append("no \(role.rawValue) table (a table with a field annotated `\(role.defining.rawValue)`)")
                    continue
                }
                if let table = schema.package.resource(named: target), !annotations.contains(where: table.schema.has) {
                    missing.append("the \(role.rawValue) table \(target) has no field annotated \(listed(annotations))")
                }
            case let .table(annotation):
                if !schema.package.resources.contains(where: { $0.schema.has(annotation) }) {
                    missing.append("no table has a field annotated `\(annotation.rawValue)`")
                }
            case let .partial(annotation, what):
                if !resource.schema.has(annotation) {
                    lost.append("no field annotated `\(annotation.rawValue)`, so \(what) is not made")
                }
            }
        }
        // A missing source or event table is said once, however many requirements lead there.
        var seen = Set<String>()
        missing = missing.filter { seen.insert($0).inserted }
        if !missing.isEmpty { return .inactive(missing) }
        return lost.isEmpty ? .active : .partial(lost)
    }

    /// The reason a corpus rule gives without the articles; validate says it in a note of its own.
    public static let noCorpus = "no corpus given (--corpus DIR)"

    private static func listed(_ annotations: [SchemaAnnotation]) -> String {
        annotations.map { "`\($0.rawValue)`" }.joined(separator: " or ")
    }
}

/// The schema facts coverage reads, computed once for all the rules.
struct SchemaFacts {
    let package: DataPackage
    private let roles: [TableRole: String]
    private let reaching: [String: Set<String>]

    init(package: DataPackage) {
        self.package = package
        var roles: [TableRole: String] = [:]
        var reaching: [String: Set<String>] = [:]
        for role in [TableRole.source, .event] {
            guard let table = DatasetIndex.table(role, in: package) else { continue }
            roles[role] = table
            reaching[table] = DatasetIndex.tables(leadingTo: table, in: package)
        }
        self.roles = roles
        self.reaching = reaching
    }

    func table(_ role: TableRole) -> String? {
        roles[role]
    }

    func leading(to table: String) -> Set<String> {
        reaching[table] ?? [table]
    }
}
