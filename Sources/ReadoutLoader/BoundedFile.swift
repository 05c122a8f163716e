import CSVCodec
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ReadoutModel

/// Reads a file whole, refusing before it is in memory what InputLimits bounds: a file too large for
/// its kind, or a line too long for a reader that splits lines.
enum BoundedFile {
    private static let chunk = 1 << 20

    /// The file's bytes; with `lineLimit`, a line (ended by LF or CR, in bytes as stored) longer than
    /// that is an error naming the line. A file larger than the limit is first scanned in chunks, kept
    /// nowhere: a 2 GiB line costs a chunk, not 2 GiB; then it is read into an array of its exact size.
    static func read(_ path: String, file: String? = nil, lineLimit: Int?) throws(InputError) -> [UInt8] {
        let name = file ?? path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path, name) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path, name) }
        let size = Int(status.st_size)
        var buffer = [UInt8](repeating: 0, count: chunk)
        if let limit = lineLimit, size > limit {
            var lines = LineScan(limit: limit)
            while let count = try next(descriptor, into: &buffer, path, name), count > 0 {
                if let line = buffer.withUnsafeBufferPointer({ lines.overlong(in: UnsafeBufferPointer(rebasing: $0[..<count])) }) {
                    throw InputError(file: name, line: line,
                                     message: "the line is longer than \(InputLimits.describe(bytes: limit)), the most readout reads in one line")
                }
            }
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw unreadable(path, name) }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        while let count = try next(descriptor, into: &buffer, path, name), count > 0 {
            bytes.append(contentsOf: buffer[..<count])
        }
        return bytes
    }

    /// The next chunk's length (0 at the end of the file).
    private static func next(_ descriptor: Int32, into buffer: inout [UInt8], _ path: String, _ name: String) throws(InputError) -> Int? {
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return count }
            if errno != EINTR { throw unreadable(path, name) }
        }
    }

    /// Refuses a file larger than `limit` by its size, before any of it is read; `what` names its kind.
    static func checkSize(_ path: String, file: String? = nil, limit: Int, what: String) throws(InputError) {
        guard let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > limit else { return }
        throw InputError(file: file ?? path, message: "the file is \(InputLimits.describe(bytes: size)); readout reads \(what) of up to \(InputLimits.describe(bytes: limit))")
    }

    private static func unreadable(_ path: String, _ name: String) -> InputError {
        return InputError(file: name, message: FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file")
    }

    /// The length and number of the line being read, as chunks arrive.
    private struct LineScan {
        let limit: Int
        var length = 0
        var number = 1

        /// The number of the line that passes `limit` in this chunk, if one does.
        mutating func overlong(in chunk: UnsafeBufferPointer<UInt8>) -> Int? {
            guard let base = chunk.baseAddress else { return nil }
            var position = 0
            while position < chunk.count {
                let end = memchr(base + position, 0x0A, chunk.count - position)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? chunk.count
                if !add(base, from: position, to: end) { return number }
                if end < chunk.count {
                    number += 1
                    length = 0
                }
                position = end + 1
            }
            return nil
        }

        /// Adds the bytes from `start` to `end` (no LF among them) to the line; false when it passes the
        /// limit. A bare CR ends a line too (CSV accepts CR line ends): only a long run is searched for one.
        private mutating func add(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
            guard length + end - start > limit else {
                length += end - start
                return true
            }
            var position = start
            while let found = memchr(base + position, 0x0D, end - position) {
                let cr = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if length + cr - position > limit { return false }
                length = 0
                position = cr + 1
            }
            length += end - position
            return length <= limit
        }
    }
}
