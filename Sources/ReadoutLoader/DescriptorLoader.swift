import Foundation
import ReadoutModel
import Yams

/// Reads a Frictionless Data Package descriptor, with table schemas inline or in files beside it.
public enum DescriptorLoader {
    /// `path` is the descriptor file; messages name it as given.
    public static func load(path: String) throws(InputError) -> DataPackage {
        let document = try YAMLDocument.read(path: path, file: path)
        let folder = (path as NSString).deletingLastPathComponent
        return try package(from: document) { reference, node throws(InputError) in
            let schemaPath = try SafePath.resolve(reference, in: folder, file: path, at: document.location(of: node))
            return try YAMLDocument.read(path: schemaPath, file: SafePath.display(reference, in: folder))
        }
    }

    /// Parses a descriptor from text; schema references by path are resolved by `openSchema`.
    static func package(
        from document: YAMLDocument,
        openSchema: (String, Node) throws(InputError) -> YAMLDocument
    ) throws(InputError) -> DataPackage {
        let root = try DescriptorNode(document.root, in: document).mapping("a data package descriptor")
        let resources = try root.required("resources").sequence("a list of resources")
        var seen = Set<String>()
        var parsed: [DataPackage.Resource] = []
        for resourceNode in resources {
            let resource = try resourceNode.mapping("a resource")
            let nameNode = try resource.required("name")
            let name = try nameNode.string()
            guard seen.insert(name).inserted else { throw nameNode.error("resource '\(name)' is declared twice") }
            let schemaNode = try resource.required("schema")
            let schemaDocument: DescriptorNode
            if case let .scalar(scalar) = schemaNode.node {
                let opened = try openSchema(scalar.string, schemaNode.node)
                schemaDocument = DescriptorNode(opened.root, in: opened)
            } else {
                schemaDocument = schemaNode
            }
            parsed.append(DataPackage.Resource(
                name: name, title: try resource.optional("title")?.string(),
                description: try resource.optional("description")?.string(),
                path: try resource.optional("path")?.string(),
                schema: try SchemaParser.schema(from: schemaDocument)))
        }
        try SchemaParser.checkForeignKeys(parsed, in: root)
        var package = DataPackage(
            name: try root.optional("name")?.string(), title: try root.optional("title")?.string(),
            description: try root.optional("description")?.string(),
            version: try root.optional("version")?.string(),
            licenses: try (root.optional("licenses")?.sequence("a list of licenses") ?? []).map { node throws(InputError) in
                let license = try node.mapping("a license")
                return DataPackage.License(name: try license.required("name").string(),
                                           title: try license.optional("title")?.string())
            },
            resources: parsed)
        package.formulaGuard = try root.optional(SchemaAnnotation.property)?.mapping("readout's export settings")
            .optional("formulaGuard")?.bool()
        return package
    }
}
