import Foundation
import ReadoutModel

/// Replaces files anywhere under one folder all together or not at all (`readout import`'s YAML data
/// files), even when the run is killed or a write, `fsync` or rename fails.
///
/// A run holds the folder's lock (`.readout-lock-<folder>` beside it) from before it reads the files
/// until it is done. The new texts go into `<folder>/.readout-import-<pid>-<random>/`: first a journal
/// naming every file, then `N.new` for each, and a hard link `N.old` to each file that exists, all
/// synced. Then the new files are renamed into place, their folders synced, and the journal renamed to
/// `committed`: the commit. A failure before it puts every file back (`N.old` renamed over it, a new
/// file removed). A run that finds a staging folder (none can be live: it holds the lock) rolls it back
/// the same way when it has a whole journal, and removes it, saying so. The names inside have no
/// `.yaml` extension, so the data folder's reader never takes them for data.
public struct StagedFiles {
    public static let stagingPrefix = ".readout-import-"
    static let journalName = "journal"
    static let committedName = "committed"
    static let journalEnd = "end"

    let folder: String
    let lock: FolderLock
    let notice: (String) -> Void

    /// Locks `folder` and puts back what killed runs left half done.
    public init(folder: String, notice: @escaping (String) -> Void = StagedFolder.standardError) throws(OutputError) {
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let parentPath = (trimmed as NSString).deletingLastPathComponent
        self.folder = trimmed
        self.notice = notice
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: trimmed, isDirectory: &isFolder), isFolder.boolValue else {
            throw OutputError(path: trimmed, message: "no such folder")
        }
        lock = try FolderLock(parent: parentPath.isEmpty ? "." : parentPath, name: (trimmed as NSString).lastPathComponent,
                              folder: trimmed)
        do {
            try recover()
        } catch {
            lock.release()
            throw error
        }
    }

    /// Unlocks the folder.
    public func release() { lock.release() }

    /// One file to replace or create, and what the journal records of it.
    struct Entry {
        var target: String
        var existed: Bool
    }

    /// Writes every file's new text, or none. Paths may be relative to the working folder.
    public func replace(_ files: [(path: String, text: String)]) throws(OutputError) {
        guard !files.isEmpty else { return }
        let manager = FileManager.default
        let here = manager.currentDirectoryPath
        let entries = files.map { file in
            let target = file.path.hasPrefix("/") ? file.path : (here as NSString).appendingPathComponent(file.path)
            return Entry(target: target, existed: manager.fileExists(atPath: target))
        }
        if let odd = entries.first(where: { $0.target.contains("\n") }) {
            throw OutputError(path: odd.target, message: "cannot import into a path holding a line break: nothing imported")
        }
        let created = Self.missingFolders(of: entries.map(\.target))
        let staging = (folder as NSString).appendingPathComponent(
            Self.stagingPrefix + "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 16))
        func inside(_ name: String) -> String { (staging as NSString).appendingPathComponent(name) }
        func failed(_ error: OutputError) -> OutputError {
            let unrestored = Self.rollBack(entries, created: created, staging: staging)
            guard unrestored.isEmpty else {
                return OutputError(path: error.path, message: error.message + ", and cannot put back "
                    + unrestored.joined(separator: ", ") + " (the next readout import puts them back from \(staging))")
            }
            try? Self.discard(staging)
            return OutputError(path: error.path, message: error.message + ": nothing imported, every file is as it was")
        }
        do throws(OutputError) {
            try StagedFolder.makeFolder(staging)
        } catch {
            throw OutputError(path: error.path, message: error.message + ": nothing imported")
        }
        do throws(OutputError) {
            let journal = entries.map { "file \($0.existed ? "old" : "new") \($0.target)\n" }.joined()
                + created.map { "folder \($0)\n" }.joined() + Self.journalEnd + "\n"
            try StagedFolder.writeFile(Array(journal.utf8), to: inside(Self.journalName))
            for path in created { try StagedFolder.makeFolder(path) }
            for (index, entry) in entries.enumerated() {
                try StagedFolder.writeFile(Array(files[index].text.utf8), to: inside("\(index).new"))
                if entry.existed, link(entry.target, inside("\(index).old")) != 0 {
                    throw OutputError(path: entry.target, message: "cannot keep a backup of the file: \(StagedFolder.osReason())")
                }
            }
            try StagedFolder.sync(folder: staging)
            for (index, entry) in entries.enumerated() where rename(inside("\(index).new"), entry.target) != 0 {
                throw OutputError(path: entry.target, message: "cannot replace the file: \(StagedFolder.osReason())")
            }
            for path in Self.folders(of: entries.map(\.target) + created) { try StagedFolder.sync(folder: path) }
            guard rename(inside(Self.journalName), inside(Self.committedName)) == 0 else {
                throw OutputError(path: inside(Self.journalName), message: "cannot mark the import done: \(StagedFolder.osReason())")
            }
        } catch {
            throw failed(error)
        }
        do {
            try Self.discard(staging)
        } catch {
            notice("readout: warning: \(staging): cannot remove the old files (\(StagedFolder.reason(error))); the next import removes them\n")
        }
    }

    /// Staging folders left by killed runs: rolled back when their journal is whole, then removed.
    func recover() throws(OutputError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw OutputError(path: folder, message: "cannot read the folder: \(StagedFolder.reason(error))")
        }
        for name in names.sorted() where name.hasPrefix(Self.stagingPrefix) {
            let staging = (folder as NSString).appendingPathComponent(name)
            let journal = FileManager.default.contents(atPath: (staging as NSString).appendingPathComponent(Self.journalName))
                .map { String(decoding: $0, as: UTF8.self) }
            var restored = false
            if let journal, let (entries, created) = Self.parse(journal) {
                let unrestored = Self.rollBack(entries, created: created, staging: staging)
                guard unrestored.isEmpty else {
                    throw OutputError(path: staging, message: "a killed import left files half replaced, and readout cannot put back "
                        + unrestored.joined(separator: ", "))
                }
                restored = true
            }
            do {
                try Self.discard(staging)
            } catch {
                throw OutputError(path: staging, message: "cannot remove the staging folder of a killed import: \(StagedFolder.reason(error))")
            }
            notice("readout: removed \(staging), left by a killed run" + (restored ? ", after putting back the files it had replaced" : "") + "\n")
        }
    }

    /// The entries and created folders of a whole journal; nil for one cut short (nothing was replaced yet).
    static func parse(_ journal: String) -> ([Entry], [String])? {
        let lines = journal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 2, lines[lines.count - 2] == journalEnd, lines.last == "" else { return nil }
        var entries: [Entry] = [], created: [String] = []
        for line in lines.dropLast(2) {
            if line.hasPrefix("file old ") { entries.append(Entry(target: String(line.dropFirst(9)), existed: true)) }
            else if line.hasPrefix("file new ") { entries.append(Entry(target: String(line.dropFirst(9)), existed: false)) }
            else if line.hasPrefix("folder ") { created.append(String(line.dropFirst(7))) }
            else { return nil }
        }
        return (entries, created)
    }

    /// Puts every file back as it was before the run: a backup renamed over its file (a no-op for a file
    /// not yet replaced: the two are one), a new file removed once renamed into place; then the folders
    /// the run created, when empty. Returns what could not be put back, each with where its text is.
    static func rollBack(_ entries: [Entry], created: [String], staging: String) -> [String] {
        var unrestored: [String] = []
        for (index, entry) in entries.enumerated().reversed() {
            let backup = (staging as NSString).appendingPathComponent("\(index).old")
            let new = (staging as NSString).appendingPathComponent("\(index).new")
            if entry.existed {
                if access(backup, F_OK) == 0, rename(backup, entry.target) != 0 {
                    unrestored.append(entry.target + " (its old text is in " + backup + ")")
                }
            } else if access(new, F_OK) != 0, unlink(entry.target) != 0, errno != ENOENT {
                unrestored.append(entry.target + " (new, not removed)")
            }
        }
        for path in created.reversed() { rmdir(path) }
        // Best effort: the files are back either way; a folder that cannot be synced has already failed the run.
        for path in folders(of: entries.map(\.target)) { try? StagedFolder.sync(folder: path) }
        return unrestored
    }

    /// The folders to create, parents first, so that every path's folder exists.
    static func missingFolders(of paths: [String]) -> [String] {
        var missing: [String] = []
        for path in paths {
            var chain: [String] = []
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty, folder != "/", access(folder, F_OK) != 0, !missing.contains(folder) {
                chain.append(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
            missing += chain.reversed()
        }
        return missing
    }

    /// The distinct folders holding `paths`, in order.
    static func folders(of paths: [String]) -> [String] {
        var seen: [String] = []
        for path in paths {
            let folder = (path as NSString).deletingLastPathComponent
            if !seen.contains(folder) { seen.append(folder) }
        }
        return seen
    }

    /// Removes a staging folder, its journal (or commit mark) last.
    static func discard(_ staging: String) throws {
        let manager = FileManager.default
        let last = [journalName, committedName]
        let names = try manager.contentsOfDirectory(atPath: staging)
        for name in names where !last.contains(name) {
            try manager.removeItem(atPath: (staging as NSString).appendingPathComponent(name))
        }
        try manager.removeItem(atPath: staging)
    }
}
