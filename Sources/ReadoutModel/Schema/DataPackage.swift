/// A Frictionless Data Package: named resources, each a table with its schema.
public struct DataPackage: Sendable, Equatable {
    public struct Resource: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var description: String?
        /// The data files, relative to the descriptor, when the package holds data: one, or the parts
        /// of a multipart resource (`path` as an array), read as one table in order.
        public var paths: [String]
        public var schema: TableSchema
        /// How the file is laid out (`dialect`); the defaults when the descriptor has none.
        public var dialect: Dialect
        /// `format` (csv, jsonl, json...) and `mediatype` as declared; nil when not given.
        public var format: String?
        public var mediatype: String?
        /// The declared text encoding; nil means UTF-8.
        public var encoding: String?
        /// The declared size in bytes and hash (`sha256:HEX`, or bare MD5 hex as v1 allows), checked when given.
        public var bytes: Int?
        public var hash: String?

        public init(name: String, title: String? = nil, description: String? = nil, path: String? = nil,
                    schema: TableSchema) {
            self.init(name: name, title: title, description: description, paths: path.map { [$0] } ?? [], schema: schema)
        }

        public init(name: String, title: String? = nil, description: String? = nil, paths: [String],
                    schema: TableSchema, dialect: Dialect = Dialect(), format: String? = nil,
                    mediatype: String? = nil, encoding: String? = nil, bytes: Int? = nil, hash: String? = nil) {
            self.name = name
            self.title = title
            self.description = description
            self.paths = paths
            self.schema = schema
            self.dialect = dialect
            self.format = format
            self.mediatype = mediatype
            self.encoding = encoding
            self.bytes = bytes
            self.hash = hash
        }

        /// The first data file (the only one unless the resource is multipart).
        public var path: String? { paths.first }
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
    /// A readout export's findings table (the resource marked `"readout": {"role": "findings"}`): readout's
    /// own resource, kept out of `resources` so it is never read or validated as data; nil elsewhere.
    public var findings: Resource?

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
