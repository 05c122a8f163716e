import FuzzSupport
import ReadoutLoader

/// Descriptors through the descriptor loader: the first byte chooses whether the rest is a
/// datapackage.json or the table schema file a fixed datapackage.json names. Any bytes must give a
/// package or an input error.
let schemaPackage: String = {
    Scratch.write(Array(#"{"delimiter": ";"}"#.utf8), to: "schema/dialect.json")
    return Scratch.write(Array("""
        {"resources": [{"name": "t", "path": "t.csv", "schema": "schema.json", "dialect": "dialect.json"}]}
        """.utf8), to: "schema/datapackage.json")
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Scratch.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    if selector & 1 == 0 {
        _ = try? DescriptorLoader.load(path: Scratch.write(bytes.dropFirst(), to: "package/datapackage.json"))
    } else {
        Scratch.write(bytes.dropFirst(), to: "schema/schema.json")
        _ = try? DescriptorLoader.load(path: schemaPackage)
    }
    return 0
}
