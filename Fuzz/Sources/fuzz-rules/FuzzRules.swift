import FuzzSupport
import ReadoutLoader

/// The rule configuration (schema/rules.yaml): any bytes must give settings or an input error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    _ = try? SettingsLoader.rules(path: Scratch.write(Scratch.bytes(data, size), to: "rules.yaml"))
    return 0
}
