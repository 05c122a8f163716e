import ReadoutLoader
import ReadoutModel

/// The project's schema, read once from the repository: the fuzzers run from its root, and stop with a
/// message rather than fuzz nothing when they cannot read it.
public enum FuzzSchema {
    public static let package: DataPackage = {
        do {
            return try DescriptorLoader.load(path: "schema/datapackage.json")
        } catch {
            fatalError("fuzz: cannot read schema/datapackage.json (run from the repository root): \(error)")
        }
    }()

    /// The table schema of one of the project's tables.
    public static func table(_ name: String) -> TableSchema {
        guard let schema = package.resource(named: name)?.schema else { fatalError("fuzz: the project's schema has no table '\(name)'") }
        return schema
    }
}
