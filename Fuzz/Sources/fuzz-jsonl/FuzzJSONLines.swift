import FuzzSupport
import ReadoutLoader

/// JSON Lines tables: any bytes must give records or an input error.
let schema = FuzzSchema.table("statements")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    _ = try? TableText.records(jsonLines: Array(Scratch.bytes(data, size)), file: "fuzz.jsonl", schema: schema)
    return 0
}
