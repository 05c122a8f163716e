import FuzzSupport
import ReadoutLoader

/// The reviewed findings (data/reviewed.yaml): any bytes must give reviews or an input error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    _ = try? SettingsLoader.reviews(path: Scratch.write(Scratch.bytes(data, size), to: "reviewed.yaml"))
    return 0
}
