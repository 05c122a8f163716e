import Foundation

/// Why an export could not be written.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}

/// Writes export files, each to a temporary name beside it and then renamed into place,
/// so an interrupted export never leaves a half-written file.
public enum ExportWriter {
    public static func write(_ files: [ExportFile], to folder: String) throws(OutputError) {
        let manager = FileManager.default
        for file in files {
            let target = (folder as NSString).appendingPathComponent(file.path)
            let directory = (target as NSString).deletingLastPathComponent
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: directory, message: "cannot create the folder: \(reason(error))")
            }
            let temporary = (directory as NSString).appendingPathComponent(
                ".\((file.path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard write(file.bytes, to: temporary) else {
                try? manager.removeItem(atPath: temporary)
                throw OutputError(path: target, message: "cannot write the file (is the folder writable, the disk full?)")
            }
            guard rename(temporary, target) == 0 else {
                let why = String(cString: strerror(errno)).lowercased()
                try? manager.removeItem(atPath: temporary)
                throw OutputError(path: target, message: "cannot replace the file: \(why)")
            }
        }
    }

    /// The export files that differ from those in `folder`, missing ones included, by path.
    public static func stale(_ files: [ExportFile], in folder: String) -> [String] {
        files.filter { file in
            let path = (folder as NSString).appendingPathComponent(file.path)
            guard let data = FileManager.default.contents(atPath: path), data.count == file.bytes.count else { return true }
            // Compared in place, without copying a big file into an array first.
            return !data.withUnsafeBytes { disk in file.bytes.withUnsafeBytes { disk.elementsEqual($0) } }
        }.map(\.path)
    }

    /// Writes `bytes` to a new file at `path` without copying them (a big export's files run to tens of MB).
    private static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let url = URL(fileURLWithPath: path)
        return bytes.withUnsafeBytes { buffer in
            // Data only reads the bytes (deallocator .none): the mutable pointer is what its initializer asks for.
            let data = buffer.baseAddress.map {
                Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: buffer.count, deallocator: .none)
            } ?? Data()
            return (try? data.write(to: url)) != nil
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedDescription.lowercased()
    }
}
