import FuzzSupport
import ReadoutLoader

/// CSV tables through libcsv: any bytes must give records or an input error.
let schema = FuzzSchema.table("statements")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    _ = try? TableText.records(csv: Array(Scratch.bytes(data, size)), file: "fuzz.csv", schema: schema)
    return 0
}
