import CSVCodec
import Foundation
import ReadoutModel
import Yams

/// Reads a Frictionless Data Package descriptor, with table schemas and dialects inline or in files beside it.
public enum DescriptorLoader {
    /// `path` is the descriptor file; messages name it as given. It and the schema and dialect files it
    /// names are refused by their size above `limits.documentFile`, before they are read.
    public static func load(path: String, limits: InputLimits = .standard) throws(InputError) -> DataPackage {
        try BoundedFile.checkSize(path, limit: limits.documentFile, what: "descriptors")
        let document = try YAMLDocument.read(path: path, file: path)
        let folder = (path as NSString).deletingLastPathComponent
        return try package(from: document, files: DescriptorFiles(
            open: { reference, node throws(InputError) in
                let resolved = try SafePath.resolve(reference, in: folder, file: path, at: document.location(of: node))
                let display = SafePath.display(reference, in: folder)
                try BoundedFile.checkSize(resolved, file: display, limit: limits.documentFile, what: "schema and dialect files")
                return try YAMLDocument.read(path: resolved, file: display)
            },
            checkData: { reference, node throws(InputError) in
                _ = try SafePath.resolve(reference, in: folder, file: path, at: node.document.location(of: node.node))
            }))
    }

    /// How a descriptor reaches the files it names: `open` reads a schema or dialect file, `checkData`
    /// refuses a data path that leaves the package folder.
    struct DescriptorFiles {
        var open: (String, Node) throws(InputError) -> YAMLDocument
        var checkData: (String, DescriptorNode) throws(InputError) -> Void
    }

    static func package(from document: YAMLDocument, files: DescriptorFiles) throws(InputError) -> DataPackage {
        let root = try DescriptorNode(document.root, in: document).mapping("a data package descriptor")
        try root.checkProperties(.package)
        let standard = try StandardVersion.version(of: root, profile: "datapackage",
                                                   v1Profiles: ["data-package", "tabular-data-package"])
        let resources = try root.required("resources").sequence("a list of resources")
        var parsed: [DataPackage.Resource] = []
        var schemaNodes: [DescriptorNode] = []
        var findings: DataPackage.Resource?
        for resourceNode in resources {
            let (resource, schemaNode) = try self.resource(from: resourceNode, standard: standard, files: files)
            guard !parsed.contains(where: { $0.name == resource.name }), findings?.name != resource.name else {
                throw resourceNode.refuse("resource '\(resource.name)' is declared twice")
            }
            if try isFindings(resourceNode) {
                guard findings == nil else { throw resourceNode.refuse("a second resource is marked as readout's findings") }
                findings = resource
                continue
            }
            parsed.append(resource)
            schemaNodes.append(schemaNode)
        }
        try SchemaParser.checkForeignKeys(parsed, schemaNodes: schemaNodes)
        var package = DataPackage(
            name: try root.optional("name")?.string(), title: try root.optional("title")?.string(),
            description: try root.optional("description")?.string(),
            version: try root.optional("version")?.string(),
            licenses: try (root.optional("licenses")?.sequence("a list of licenses") ?? []).map(license),
            resources: parsed)
        package.findings = findings
        if let settings = root.optional(SchemaAnnotation.property) {
            let object = try settings.mapping("readout's export settings")
            try object.checkProperties(.exportSettings)
            package.formulaGuard = try object.optional("formulaGuard")?.bool()
        }
        return package
    }

    /// Whether the resource carries readout's marker `"readout": {"role": "findings"}` (an export's findings table).
    private static func isFindings(_ node: DescriptorNode) throws(InputError) -> Bool {
        guard let marker = try node.mapping("a resource").optional(SchemaAnnotation.property) else { return false }
        let object = try marker.mapping("readout's resource marker")
        try object.checkProperties(.resourceMarker)
        let role = try object.required("role")
        let value = try role.string()
        guard value == "findings" else {
            throw role.refuse("readout's resource role is 'findings' (an export's findings table); '\(value)' is not one")
        }
        return true
    }

    /// Licenses are documentation; readout keeps each by its name to write it into exports.
    private static func license(_ node: DescriptorNode) throws(InputError) -> DataPackage.License {
        let license = try node.mapping("a license")
        guard let name = license.optional("name") else {
            throw node.refuse("readout keeps licenses by 'name' to write them into exports, and this one has none")
        }
        return DataPackage.License(name: try name.string(), title: try license.optional("title")?.string())
    }

    /// The resource, and the node of its schema (inline, or the root of its schema file).
    private static func resource(from node: DescriptorNode, standard: TableSchema.Standard,
                                 files: DescriptorFiles) throws(InputError) -> (DataPackage.Resource, DescriptorNode) {
        let resource = try node.mapping("a resource")
        try resource.checkProperties(.resource)
        let name = try resource.required("name").string()
        if let profile = resource.optional("profile") {
            try StandardVersion.checkProfile(profile, allowed: ["data-resource", "tabular-data-resource"])
        }
        if let schemaURL = resource.optional("$schema") {
            _ = try StandardVersion.version(ofSchemaURL: schemaURL, profile: "dataresource")
        }
        if let typeNode = resource.optional("type") {
            let type = try typeNode.string()
            guard type == "table" else { throw typeNode.refuse("resource '\(name)' has type '\(type)'; readout reads tables only") }
        }
        let schema: TableSchema
        var schemaNode = try resource.required("schema")
        if let opened = try open(schemaNode, files: files) {
            schemaNode = DescriptorNode(opened.root, in: opened)
            schema = try SchemaParser.schema(from: schemaNode, standard: standard, isRoot: true)
        } else {
            schema = try SchemaParser.schema(from: schemaNode, standard: standard)
        }
        var dialect = Dialect()
        if let dialectNode = resource.optional("dialect") {
            if let opened = try open(dialectNode, files: files) {
                dialect = try DialectParser.dialect(from: DescriptorNode(opened.root, in: opened))
            } else {
                dialect = try DialectParser.dialect(from: dialectNode)
            }
        }
        var bytes: Int?
        if let bytesNode = resource.optional("bytes") {
            let count = try bytesNode.int()
            guard count >= 0 else { throw bytesNode.refuse("'bytes' must not be negative") }
            bytes = count
        }
        let paths = try self.paths(of: resource, files: files)
        // bytes and hash describe the resource's file; without one they would be ignored.
        if paths.isEmpty, let fileProperty = resource.optional("bytes") ?? resource.optional("hash") {
            throw fileProperty.refuse("resource '\(name)' has no 'path', so there is no file to check this against")
        }
        let parsed = DataPackage.Resource(
            name: name, title: try resource.optional("title")?.string(),
            description: try resource.optional("description")?.string(),
            paths: paths, schema: schema, dialect: dialect,
            format: try resource.optional("format")?.string(), mediatype: try resource.optional("mediatype")?.string(),
            encoding: try resource.optional("encoding")?.string(), bytes: bytes,
            hash: try resource.optional("hash").map(ResourceHash.check))
        return (parsed, schemaNode)
    }

    /// `path`: a file, or files read one after the other as one table (Data Resource, Multiple Files);
    /// v0's `url` stands for it when it is absent.
    private static func paths(of resource: DescriptorMapping, files: DescriptorFiles) throws(InputError) -> [String] {
        if let url = resource.optional("url"), resource.optional("path") != nil {
            throw url.refuse("'url' (v0) and 'path' are both given; only 'path' would be read")
        }
        guard let pathNode = resource.optional("path") ?? resource.optional("url") else { return [] }
        let items = pathNode.isSequence ? try pathNode.sequence("a list of paths") : [pathNode]
        guard !items.isEmpty else { throw pathNode.refuse("'path' lists no file") }
        return try items.map { item throws(InputError) in
            let reference = try item.string()
            try refuseRemoteOrHidden(reference, item)
            try files.checkData(reference, item)
            return reference
        }
    }

    /// A schema or dialect given as a file name, opened; nil when it is inline.
    private static func open(_ node: DescriptorNode, files: DescriptorFiles) throws(InputError) -> YAMLDocument? {
        guard case let .scalar(scalar) = node.node else { return nil }
        try refuseRemoteOrHidden(scalar.string, node)
        return try files.open(scalar.string, node.node)
    }

    /// URL or Path (Glossary): a URL has a scheme, and readout reads local files only; a path MUST NOT
    /// use hidden folders (`.hidden`). Absolute paths, `..` and links out of the folder are SafePath's.
    private static func refuseRemoteOrHidden(_ reference: String, _ node: DescriptorNode) throws(InputError) {
        if let scheme = reference.range(of: "://"), !reference[..<scheme.lowerBound].isEmpty,
           reference[..<scheme.lowerBound].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) {
            throw node.refuse("'\(reference)' is refused: remote resources are not read")
        }
        if reference.split(separator: "/").contains(where: { $0.hasPrefix(".") && $0 != "." && $0 != ".." }) {
            throw node.refuse("'\(reference)' is refused: hidden files and folders (starting with '.') must not be used")
        }
    }
}
