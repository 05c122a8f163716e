import ReadoutLoader
import ReadoutModel

/// The project's schema, read once from the repository (the fuzzers run from its root).
enum FuzzSchema {
    static let package: DataPackage? = try? DescriptorLoader.load(path: "schema/datapackage.json")
}
