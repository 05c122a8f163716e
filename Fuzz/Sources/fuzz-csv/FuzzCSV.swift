import ReadoutLoader
import ReadoutModel

/// CSV tables through libcsv: any bytes must give records or an input error.
nonisolated(unsafe) let schema = FuzzSchema.package?.resource(named: "statements")?.schema

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let schema else { return 0 }
    _ = try? TableText.records(csv: Array(UnsafeBufferPointer(start: data, count: size)), file: "fuzz.csv", schema: schema)
    return 0
}
