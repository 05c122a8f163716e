import Foundation
import ReadoutModel

/// Why an export could not be written.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Writes export files, each to a temporary name beside it, and renames them into place only when
/// every file has been written, so an interrupted or failed export leaves the old files whole.
public enum ExportWriter {
    public static func write(_ files: [ExportFile], to folder: String) throws(OutputError) {
        let manager = FileManager.default
        var temporaries: [(temporary: String, target: String)] = []
        for file in files {
            let target = (folder as NSString).appendingPathComponent(file.path)
            let directory = (target as NSString).deletingLastPathComponent
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: directory, message: "cannot create the folder: \(reason(error))")
            }
            temporaries.append(((directory as NSString).appendingPathComponent(
                ".\((file.path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"), target))
        }
        // Made and written on all the cores, each file's bytes dropped once on disk.
        let paths = temporaries.map(\.temporary)
        let failures = Parallel.map(files.count) { position in write(files[position].bytes, to: paths[position]) }
        if let failed = failures.firstIndex(where: { $0 != nil }) {
            // Best effort: the error below is what matters; a temporary left behind is hidden and harmless.
            for (temporary, _) in temporaries { try? manager.removeItem(atPath: temporary) }
            throw OutputError(path: temporaries[failed].target, message: "cannot write the file: \(failures[failed] ?? "")")
        }
        for (position, (temporary, target)) in temporaries.enumerated() {
            guard rename(temporary, target) == 0 else {
                let why = String(cString: strerror(errno)).lowercased()
                for (left, _) in temporaries[position...] { try? manager.removeItem(atPath: left) }
                throw OutputError(path: target, message: "cannot replace the file: \(why)")
            }
        }
    }

    /// The export files that differ from those in `folder`, missing ones included, by path.
    public static func stale(_ files: [ExportFile], in folder: String) -> [String] {
        let differs = Parallel.map(files.count) { position in
            let file = files[position]
            let bytes = file.bytes
            let path = (folder as NSString).appendingPathComponent(file.path)
            guard let data = FileManager.default.contents(atPath: path), data.count == bytes.count else { return true }
            // Compared in place, without copying a big file into an array first.
            return !data.withUnsafeBytes { disk in bytes.withUnsafeBytes { disk.elementsEqual($0) } }
        }
        return zip(files, differs).filter(\.1).map(\.0.path)
    }

    /// Writes `bytes` to a new file at `path` without copying them (a big export's files run to tens of MB):
    /// nil when written, else why not.
    private static func write(_ bytes: [UInt8], to path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        return bytes.withUnsafeBytes { buffer in
            // Data only reads the bytes (deallocator .none): the mutable pointer is what its initializer asks for.
            let data = buffer.baseAddress.map {
                Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: buffer.count, deallocator: .none)
            } ?? Data()
            do {
                try data.write(to: url)
                return nil
            } catch {
                return reason(error)
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedDescription.lowercased()
    }
}
