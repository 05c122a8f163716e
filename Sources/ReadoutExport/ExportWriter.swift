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
                throw OutputError(path: directory, message: "cannot create the folder: \(StagedFolder.reason(error))")
            }
            temporaries.append(((directory as NSString).appendingPathComponent(
                ".\((file.path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"), target))
        }
        // Made and written on all the cores, each file a chunk at a time.
        let paths = temporaries.map(\.temporary)
        let failures = Parallel.map(files.count) { position -> OutputError? in
            do throws(OutputError) {
                try StagedFolder.writeFile(files[position], to: paths[position], replacing: true)
                return nil
            } catch {
                return error
            }
        }
        if let failed = failures.firstIndex(where: { $0 != nil }) {
            // Best effort: the error below is what matters; a temporary left behind is hidden and harmless.
            for (temporary, _) in temporaries { try? manager.removeItem(atPath: temporary) }
            throw OutputError(path: temporaries[failed].target, message: failures[failed]?.message ?? "cannot write the file")
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
            !matches(files[position], path: (folder as NSString).appendingPathComponent(files[position].path))
        }
        return zip(files, differs).filter(\.1).map(\.0.path)
    }

    /// Whether the file at `path` holds exactly `file`'s bytes: compared a chunk at a time as they are
    /// made, so neither a big file nor its rendering is ever held whole; the first difference stops both.
    static func matches(_ file: ExportFile, path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var disk: [UInt8] = []
        let same = file.stream { chunk in
            if disk.count < chunk.count { disk = [UInt8](repeating: 0, count: chunk.count) }
            return disk.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress, let expected = chunk.baseAddress else { return chunk.isEmpty }
                return read(descriptor, into: base, count: chunk.count) == chunk.count && memcmp(base, expected, chunk.count) == 0
            }
        }
        var byte: UInt8 = 0
        return same && read(descriptor, into: &byte, count: 1) == 0
    }

    /// Reads up to `count` bytes, retrying short reads; fewer only at the end of the file or on an error.
    private static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        var done = 0
        while done < count {
            let got = Glibc.read(descriptor, buffer + done, count - done)
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            done += got
        }
        return done
    }
}
