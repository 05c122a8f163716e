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
    /// that is an error naming the line, found as the file is read in chunks: a 2 GiB line costs
    /// `lineLimit` and a chunk, not 2 GiB. A file no larger than the limit is read without looking.
    static func read(_ path: String, file: String? = nil, lineLimit: Int?) throws(InputError) -> [UInt8] {
        let name = file ?? path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path, name) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path, name) }
        let size = Int(status.st_size)
        let limit = lineLimit.flatMap { size > $0 ? $0 : nil }
        var bytes: [UInt8] = []
        // A file that can hold an overlong line grows as it is read: reserving its size could take more
        // address space than the limit the process runs under.
        if limit == nil { bytes.reserveCapacity(size) }
        var lines = LineScan()
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, chunk) }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(path, name)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[..<count])
            if let limit, let line = lines.overlong(in: bytes, limit: limit) {
                throw InputError(file: name, line: line,
                                 message: "the line is longer than \(InputLimits.describe(bytes: limit)), the most readout reads in one line")
            }
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

    /// Where the line being read starts, and its number, as bytes arrive.
    private struct LineScan {
        var start = 0
        var scanned = 0
        var number = 1

        /// The number of a line longer than `limit` among the bytes read so far, if one is.
        mutating func overlong(in bytes: [UInt8], limit: Int) -> Int? {
            bytes.withUnsafeBufferPointer { buffer -> Int? in
                guard let base = buffer.baseAddress else { return nil }
                while scanned < buffer.count {
                    let rest = buffer.count - scanned
                    guard let found = memchr(base + scanned, 0x0A, rest) else {
                        scanned = buffer.count
                        return tooLong(base, upTo: buffer.count, limit: limit) ? number : nil
                    }
                    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if tooLong(base, upTo: end, limit: limit) { return number }
                    number += 1
                    start = end + 1
                    scanned = start
                }
                return nil
            }
        }

        /// Whether the text from `start` to `end` holds a line longer than `limit`: a bare CR ends a
        /// line too (CSV accepts CR line ends), so only a long run is searched for one.
        private mutating func tooLong(_ base: UnsafePointer<UInt8>, upTo end: Int, limit: Int) -> Bool {
            guard end - start > limit else { return false }
            var position = start
            while let found = memchr(base + position, 0x0D, end - position) {
                let cr = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if cr - position > limit { return true }
                position = cr + 1
            }
            start = position
            return end - position > limit
        }
    }
}
