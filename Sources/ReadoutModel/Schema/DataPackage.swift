/// A Frictionless Data Package: named resources, each a table with its schema.
public struct DataPackage: Sendable, Equatable {
    public struct Resource: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var description: String?
        /// The data file, relative to the descriptor, when the package holds data.
        public var path: String?
        public var schema: TableSchema

        public init(name: String, title: String? = nil, description: String? = nil, path: String? = nil,
                    schema: TableSchema) {
            self.name = name
            self.title = title
            self.description = description
            self.path = path
            self.schema = schema
        }
    }

    public var name: String?
    public var title: String?
    public var description: String?
    public var version: String?
    /// The package's `licenses`, each as its (name, title) pair.
    public var licenses: [License]
    public var resources: [Resource]
    /// From a readout export's `readout.formulaGuard`: whether text cells carry the formula guard.
    public var formulaGuard: Bool?

    public struct License: Sendable, Equatable {
        public var name: String
        public var title: String?
        public init(name: String, title: String?) {
            self.name = name
            self.title = title
        }
    }

    public init(name: String? = nil, title: String? = nil, description: String? = nil, version: String? = nil,
                licenses: [License] = [], resources: [Resource]) {
        self.name = name
        self.title = title
        self.description = description
        self.version = version
        self.licenses = licenses
        self.resources = resources
    }

    public func resource(named name: String) -> Resource? {
        resources.first { $0.name == name }
    }
}
