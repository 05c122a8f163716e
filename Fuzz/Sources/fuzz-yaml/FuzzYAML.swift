import ReadoutLoader
import ReadoutModel

/// YAML data files: any bytes must give a dataset or an input error, never a crash or a hang.
nonisolated(unsafe) let loader = FuzzSchema.package.map { RecordLoader(package: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let loader else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? loader.load(yaml: text, file: "fuzz.yaml")
    return 0
}
