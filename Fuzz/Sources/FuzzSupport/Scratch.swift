import Foundation

/// The loaders read files by path: each input is written to a folder of this process's own (in memory
/// under /dev/shm when the machine has it), which is removed and made again at start.
public enum Scratch {
    public static let folder: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let folder = "\(base)/readout-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// Writes `bytes` to `name` (a path under the folder, its folders made) and returns its path.
    @discardableResult
    public static func write(_ bytes: some Collection<UInt8>, to name: String) -> String {
        let path = folder + "/" + name
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("fuzz: cannot write \(path)")
        }
        return path
    }

    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: data, count: size)
    }
}
