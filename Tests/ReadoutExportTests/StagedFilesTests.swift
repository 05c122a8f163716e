import Foundation
@testable import ReadoutExport
import Testing

@Suite struct StagedFilesTests {
    let parent = NSTemporaryDirectory() + "readout-staged-files-" + UUID().uuidString
    var folder: String { parent + "/data" }
    let manager = FileManager.default

    private func write(_ path: String, _ text: String) throws {
        let full = folder + "/" + path
        try manager.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    private func text(_ path: String) -> String? {
        manager.contents(atPath: folder + "/" + path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Every entry whose name starts with `.readout-`, in the parent and the data folder.
    private func readoutEntries() throws -> [String] {
        try (manager.contentsOfDirectory(atPath: parent) + manager.contentsOfDirectory(atPath: folder)).filter { $0.hasPrefix(".readout-") }
    }

    private func replace(_ files: [(path: String, text: String)], notice: @escaping (String) -> Void = { _ in }) throws(OutputError) {
        let staged = try StagedFiles(folder: folder, notice: notice)
        defer { staged.release() }
        try staged.replace(files)
    }

    @Test func replacesEveryFileAndCreatesNewOnesInNewFolders() throws {
        defer { try? manager.removeItem(atPath: parent) }
        try write("one.yaml", "a: 1\n")
        try replace([(folder + "/one.yaml", "a: 2\n"), (folder + "/new/deeper/three.yaml", "c: 3\n")])
        #expect(text("one.yaml") == "a: 2\n")
        #expect(text("new/deeper/three.yaml") == "c: 3\n")
        #expect(try readoutEntries().isEmpty)
    }

    @Test func aFailedReplacementPutsBackEveryFileAndRemovesTheFoldersItMade() throws {
        defer { try? manager.removeItem(atPath: parent) }
        try write("one.yaml", "a: 1\n")
        // A folder where a file should go: its rename fails after one.yaml and the new file are in place.
        try write("two.yaml/inside", "x")
        #expect(throws: OutputError.self) {
            try replace([(folder + "/one.yaml", "a: 2\n"), (folder + "/new/three.yaml", "c: 3\n"), (folder + "/two.yaml", "b: 2\n")])
        }
        #expect(text("one.yaml") == "a: 1\n")
        #expect(!manager.fileExists(atPath: folder + "/new"))
        #expect(try manager.contentsOfDirectory(atPath: folder).sorted() == ["one.yaml", "two.yaml"])
        #expect(try readoutEntries().isEmpty)
    }

    /// As a run killed between two renames leaves it: one file replaced, one new file in place, one not yet.
    @Test func aKilledRunHalfWayIsRolledBackByTheNextRun() throws {
        defer { try? manager.removeItem(atPath: parent) }
        try write("one.yaml", "a: 1\n")
        try write("two.yaml", "b: 1\n")
        let staging = folder + "/\(StagedFiles.stagingPrefix)\(Int32.max)-1f"
        try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try Data("file old \(folder)/one.yaml\nfile new \(folder)/new/three.yaml\nfile old \(folder)/two.yaml\nfolder \(folder)/new\nend\n".utf8)
            .write(to: URL(fileURLWithPath: staging + "/journal"))
        #expect(link(folder + "/one.yaml", staging + "/0.old") == 0)
        #expect(link(folder + "/two.yaml", staging + "/2.old") == 0)
        try Data("b: 2\n".utf8).write(to: URL(fileURLWithPath: staging + "/2.new"))
        try write("one.yaml.next", "a: 2\n")
        #expect(rename(folder + "/one.yaml.next", folder + "/one.yaml") == 0)
        try write("new/three.yaml", "c: 3\n")
        nonisolated(unsafe) var notices: [String] = []
        try replace([]) { notices.append($0) }
        #expect(text("one.yaml") == "a: 1\n")
        #expect(text("two.yaml") == "b: 1\n")
        #expect(!manager.fileExists(atPath: folder + "/new"))
        #expect(notices == ["readout: removed \(staging), left by a killed run, after putting back the files it had replaced\n"])
        #expect(try readoutEntries().isEmpty)
    }

    /// A journal cut short or marked committed: nothing to put back, the folder only goes.
    @Test(arguments: [("journal", "file old /elsewhere/one.yaml\n"), ("committed", "file old /elsewhere/one.yaml\nend\n")])
    func aStagingFolderWithoutAWholeJournalIsRemovedAndTheFilesKept(name: String, journal: String) throws {
        defer { try? manager.removeItem(atPath: parent) }
        try write("one.yaml", "a: 2\n")
        let staging = folder + "/\(StagedFiles.stagingPrefix)\(Int32.max)-2f"
        try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try Data(journal.utf8).write(to: URL(fileURLWithPath: staging + "/" + name))
        try Data("a: 1\n".utf8).write(to: URL(fileURLWithPath: staging + "/0.old"))
        nonisolated(unsafe) var notices: [String] = []
        try replace([]) { notices.append($0) }
        #expect(text("one.yaml") == "a: 2\n")
        #expect(notices == ["readout: removed \(staging), left by a killed run\n"])
        #expect(try readoutEntries().isEmpty)
    }

    @Test func aSecondImportRefusesWhileTheFirstHoldsTheFolder() throws {
        defer { try? manager.removeItem(atPath: parent) }
        try write("one.yaml", "a: 1\n")
        let first = try StagedFiles(folder: folder)
        defer { first.release() }
        do {
            _ = try FolderLock(parent: parent, name: "data", folder: folder, wait: 0.2)
            Issue.record("expected the lock to be refused")
        } catch {
            #expect(error.path == folder)
            #expect(error.message.contains("another readout run (pid \(getpid()))"))
        }
    }
}
