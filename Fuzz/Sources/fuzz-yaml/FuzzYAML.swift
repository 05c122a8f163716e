import FuzzSupport
import ReadoutLoader

/// YAML data files: any bytes must give a dataset or an input error, never a crash or a hang.
let loader = RecordLoader(package: FuzzSchema.package)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    _ = try? loader.load(yaml: String(decoding: Scratch.bytes(data, size), as: UTF8.self), file: "fuzz.yaml")
    return 0
}
