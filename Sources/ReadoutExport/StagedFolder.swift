import Foundation
import ReadoutModel

/// Replaces a whole output folder in one step, so that at every instant the folder holds exactly the
/// old files or exactly the new ones, even when the run is killed or a write, `fsync` or rename fails.
///
/// The new files are written and synced into `<parent>/.readout-staging-<pid>-<random>/out`, the
/// entries of the old folder that the output does not own (`report/` inside `exports/`) are moved
/// across, then `renameat2(RENAME_EXCHANGE)` swaps the two folders and the parent is synced; the
/// staging folder, now holding the old files, is removed. A lock file in the parent keeps two runs
/// from writing one folder at once. A staging folder left by a killed run (its marker file names the
/// folder, its pid is dead) is removed by the next run, its carried entries put back first.
public enum StagedFolder {
    public static let stagingPrefix = ".readout-staging-"
    static let markerName = ".readout-staging"
    static let lockPrefix = ".readout-lock-"

    /// How long a run waits for another run's lock before it refuses.
    static let lockWait: TimeInterval = {
        ProcessInfo.processInfo.environment["READOUT_LOCK_WAIT"].flatMap(TimeInterval.init) ?? 5
    }()

    /// Writes `files` as the whole content of `folder`; top-level entries of the old folder that are not
    /// in `owned` and not written are kept. `notice` hears about leftovers of killed runs removed.
    public static func replace(_ folder: String, with files: [ExportFile], owned: Set<String>,
                               notice: (String) -> Void = StagedFolder.standardError) throws(OutputError) {
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let name = (trimmed as NSString).lastPathComponent
        let parentPath = (trimmed as NSString).deletingLastPathComponent
        let parent = parentPath.isEmpty ? "." : parentPath
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: parent, message: "cannot create the folder: \(reason(error))")
        }
        let lock = try FolderLock(parent: parent, name: name, folder: trimmed)
        defer { lock.release() }
        try removeLeftovers(in: parent, of: name, notice: notice)

        let staging = (parent as NSString).appendingPathComponent(
            stagingPrefix + "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 16))
        let marker = (staging as NSString).appendingPathComponent(markerName)
        let out = (staging as NSString).appendingPathComponent("out")
        var carried: [String] = []
        func abandon() {
            putBack(carried, from: out, to: trimmed)
            try? discard(staging)
        }
        do {
            try makeFolder(staging)
            try writeFile(Array(([name, started(getpid())].map { $0 + "\n" }.joined()).utf8), to: marker)
            try makeFolder(out)
            try writeAll(files, into: out)
            carried = try carry(from: trimmed, into: out, keeping: owned.union(files.map(topName)), marker: marker, name: name)
            try swap(out, trimmed)
        } catch {
            abandon()
            throw error
        }
        do {
            try sync(folder: parent)
        } catch {
            // Not durable: the old files are put back (the exchange is its own inverse) before failing.
            if exchange(out, trimmed) == 0 { abandon() }
            throw error
        }
        do {
            try discard(staging)
        } catch {
            notice("readout: warning: \(staging): cannot remove the old files (\(reason(error))); the next run removes them\n")
        }
    }

    public static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func topName(_ file: ExportFile) -> String {
        String(file.path.split(separator: "/", maxSplits: 1).first ?? "")
    }

    /// Writes every file (one per core at a time, its chunks made and written there), syncing each file
    /// and each folder; the first failure in file order is thrown.
    static func writeAll(_ files: [ExportFile], into out: String) throws(OutputError) {
        let paths = files.map { (out as NSString).appendingPathComponent($0.path) }
        var folders: [String] = []
        for path in paths {
            let folder = (path as NSString).deletingLastPathComponent
            if folder != out, !folders.contains(folder) { folders.append(folder) }
        }
        for folder in folders.sorted() where !FileManager.default.fileExists(atPath: folder) { try makeFolder(folder) }
        let failures = Parallel.map(files.count) { position -> OutputError? in
            do throws(OutputError) {
                try writeFile(files[position], to: paths[position])
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        for folder in folders.sorted().reversed() + [out] { try sync(folder: folder) }
    }

    /// Moves the old folder's entries that the new output does not write across to it, recorded in the
    /// marker first so that a killed run's entries can be put back.
    static func carry(from folder: String, into out: String, keeping owned: Set<String>, marker: String,
                      name: String) throws(OutputError) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { throw OutputError(path: folder, message: "cannot replace the folder: it is a file") }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !owned.contains($0) }.sorted()
        } catch {
            throw OutputError(path: folder, message: "cannot read the folder: \(reason(error))")
        }
        guard !entries.isEmpty else { return [] }
        try writeFile(Array(([name, started(getpid())] + entries).map { $0 + "\n" }.joined().utf8), to: marker, replacing: true)
        var moved: [String] = []
        for entry in entries {
            let from = (folder as NSString).appendingPathComponent(entry)
            guard rename(from, (out as NSString).appendingPathComponent(entry)) == 0 else {
                let error = OutputError(path: from, message: "cannot move it into the new folder: \(osReason())")
                putBack(moved, from: out, to: folder)
                throw error
            }
            moved.append(entry)
        }
        return moved
    }

    /// Carried entries back into `folder` where it lacks them (before the swap: the old folder).
    static func putBack(_ entries: [String], from out: String, to folder: String) {
        for entry in entries {
            let target = (folder as NSString).appendingPathComponent(entry)
            let source = (out as NSString).appendingPathComponent(entry)
            if !FileManager.default.fileExists(atPath: target), FileManager.default.fileExists(atPath: source) {
                _ = rename(source, target)
            }
        }
    }

    /// `out` takes `folder`'s place in one step; the old folder, if any, ends up at `out`.
    static func swap(_ out: String, _ folder: String) throws(OutputError) {
        if access(folder, F_OK) != 0 {
            guard rename(out, folder) == 0 else {
                throw OutputError(path: folder, message: "cannot move the new folder into place: \(osReason())")
            }
            return
        }
        guard exchange(out, folder) == 0 else {
            throw OutputError(path: folder, message: "cannot swap in the new folder: \(osReason())")
        }
    }

    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// glibc's renameat2, looked up at run time: Swift's Glibc module does not export it.
    static let renameat2: RenameAt2? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
        .map { unsafeBitCast($0, to: RenameAt2.self) }

    static func exchange(_ first: String, _ second: String) -> Int32 {
        guard let renameat2 else {
            errno = ENOSYS
            return -1
        }
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, 1 << 1) // RENAME_EXCHANGE
    }

    /// Staging folders of `name` whose run is dead: their carried entries go back, then they are removed.
    static func removeLeftovers(in parent: String, of name: String, notice: (String) -> Void) throws(OutputError) {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: parent)
        } catch {
            throw OutputError(path: parent, message: "cannot read the folder: \(reason(error))")
        }
        for entry in entries.sorted() where entry.hasPrefix(stagingPrefix) {
            let staging = (parent as NSString).appendingPathComponent(entry)
            guard let pid = entry.dropFirst(stagingPrefix.count).split(separator: "-").first.flatMap({ Int32($0) }) else { continue }
            // A run killed after removing its marker, just before the folder, leaves it empty.
            if (try? FileManager.default.contentsOfDirectory(atPath: staging))?.isEmpty == true,
               kill(pid, 0) != 0, errno == ESRCH, rmdir(staging) == 0 {
                notice("readout: removed \(staging), left by a killed run (pid \(pid))\n")
                continue
            }
            guard let marker = FileManager.default.contents(atPath: (staging as NSString).appendingPathComponent(markerName)) else { continue }
            let lines = String(decoding: marker, as: UTF8.self).split(separator: "\n").map(String.init)
            // A run killed while writing its marker has carried nothing yet (entries move only after the
            // marker is synced), so a dead run's incomplete marker needs no putting back, whoever it was.
            if marker.last != UInt8(ascii: "\n") || lines.count < 2 {
                guard kill(pid, 0) != 0, errno == ESRCH else { continue }
                try discardLeftover(staging, pid: pid, notice: notice)
                continue
            }
            guard lines[0] == name, !running(pid, started: lines[1]) else { continue }
            putBack(Array(lines.dropFirst(2)), from: (staging as NSString).appendingPathComponent("out"),
                    to: (parent as NSString).appendingPathComponent(name))
            try discardLeftover(staging, pid: pid, notice: notice)
        }
    }

    static func discardLeftover(_ staging: String, pid: Int32, notice: (String) -> Void) throws(OutputError) {
        do {
            try discard(staging)
        } catch {
            throw OutputError(path: staging, message: "cannot remove the staging folder of a killed run: \(reason(error))")
        }
        notice("readout: removed \(staging), left by a killed run (pid \(pid))\n")
    }

    /// Whether the run that wrote a marker still runs: its pid is alive and started when the marker says
    /// (a pid reused by another process is not the run).
    static func running(_ pid: Int32, started: String) -> Bool {
        guard kill(pid, 0) == 0 || errno != ESRCH else { return false }
        return self.started(pid) == started
    }

    /// When process `pid` started, in clock ticks after boot (field 22 of /proc/<pid>/stat), or "unknown".
    static func started(_ pid: Int32) -> String {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return "unknown" }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 19 ? String(fields[19]) : "unknown"
    }

    /// Removes a staging folder, its marker last, so that a run killed on the way leaves a folder the
    /// next run still recognizes.
    static func discard(_ staging: String) throws {
        let manager = FileManager.default
        for entry in try manager.contentsOfDirectory(atPath: staging) where entry != markerName {
            try manager.removeItem(atPath: (staging as NSString).appendingPathComponent(entry))
        }
        try manager.removeItem(atPath: staging)
    }

    static func makeFolder(_ path: String) throws(OutputError) {
        guard mkdir(path, 0o755) == 0 else {
            throw OutputError(path: path, message: "cannot create the folder: \(osReason())")
        }
    }

    /// Writes and syncs a new file (or replaces the marker), retrying short writes.
    public static func writeFile(_ bytes: [UInt8], to path: String, replacing: Bool = false) throws(OutputError) {
        try writeFile(ExportFile(path: path, bytes: bytes), to: path, replacing: replacing)
    }

    /// Writes and syncs a new file (or replaces one), each chunk as it is made, retrying short writes.
    public static func writeFile(_ file: ExportFile, to path: String, replacing: Bool = false) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (replacing ? O_TRUNC : O_EXCL), 0o644)
        guard descriptor >= 0 else { throw OutputError(path: path, message: "cannot create the file: \(osReason())") }
        defer { close(descriptor) }
        var failure: String?
        file.stream { chunk in
            guard let base = chunk.baseAddress else { return true }
            var done = 0
            while done < chunk.count {
                let count = write(descriptor, base + done, chunk.count - done)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = osReason()
                    return false
                }
                done += count
            }
            return true
        }
        if let failure { throw OutputError(path: path, message: "cannot write the file: \(failure)") }
        guard fsync(descriptor) == 0 else { throw OutputError(path: path, message: "cannot sync the file to disk: \(osReason())") }
    }

    static func sync(folder: String) throws(OutputError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(path: folder, message: "cannot open the folder: \(osReason())") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw OutputError(path: folder, message: "cannot sync the folder to disk: \(osReason())") }
    }

    static func osReason() -> String { String(cString: strerror(errno)).lowercased() }

    static func reason(_ error: any Error) -> String {
        // On Linux the underlying error casts to `any Error`, not to NSError.
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error,
           (underlying as NSError).domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32((underlying as NSError).code))).lowercased()
        }
        return (error as NSError).localizedDescription.lowercased()
    }
}

/// An exclusive `flock` on `<parent>/.readout-lock-<name>`, holding the pid of its run. The file is
/// removed on release; a waiter that locked a removed file tries again.
struct FolderLock {
    let path: String
    let descriptor: Int32

    init(parent: String, name: String, folder: String, wait: TimeInterval = StagedFolder.lockWait) throws(OutputError) {
        path = (parent as NSString).appendingPathComponent(StagedFolder.lockPrefix + name)
        let deadline = Date().addingTimeInterval(wait)
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw OutputError(path: path, message: "cannot create the lock file: \(StagedFolder.osReason())")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                var held = stat(), named = stat()
                if fstat(descriptor, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino {
                    let pid = Array("\(getpid())\n".utf8)
                    _ = ftruncate(descriptor, 0)
                    _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
                    self.descriptor = descriptor
                    return
                }
                close(descriptor)
                continue
            }
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(descriptor)
            if Date() > deadline {
                throw OutputError(path: folder, message: "another readout run (pid \(holder.isEmpty ? "unknown" : holder)) "
                    + "is writing this folder (lock \(path)); try again when it is done")
            }
            usleep(100_000)
        }
    }

    func release() {
        unlink(path)
        close(descriptor)
    }
}
