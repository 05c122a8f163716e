import Foundation
@testable import ReadoutExport
import Testing

@Suite struct StagedFolderTests {
    let parent = NSTemporaryDirectory() + "readout-staged-" + UUID().uuidString
    var folder: String { parent + "/exports" }
    let manager = FileManager.default

    private func files(_ marker: String) -> [ExportFile] {
        [ExportFile(path: "csv/people.csv", text: "id\r\n\(marker)\r\n"), ExportFile(path: "datapackage.json", text: "{}\n")]
    }

    private func text(_ path: String) -> String? {
        manager.contents(atPath: folder + "/" + path).flatMap { String(data: $0, encoding: .utf8) }
    }

    private func readoutEntries() throws -> [String] {
        try manager.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(".readout-") }
    }

    @Test func replacesTheOwnedEntriesAndKeepsTheOthers() throws {
        defer { try? manager.removeItem(atPath: parent) }
        try StagedFolder.replace(folder, with: files("p1") + [ExportFile(path: "findings.csv", text: "old\n")], owned: Exporter.ownedNames)
        try manager.createDirectory(atPath: folder + "/report", withIntermediateDirectories: true)
        try Data("page".utf8).write(to: URL(fileURLWithPath: folder + "/report/index.html"))
        try StagedFolder.replace(folder, with: files("p2"), owned: Exporter.ownedNames)
        #expect(text("csv/people.csv") == "id\r\np2\r\n")
        #expect(text("report/index.html") == "page")
        // An owned entry the new export does not write goes with the old folder.
        #expect(text("findings.csv") == nil)
        #expect(try readoutEntries().isEmpty)
    }

    @Test func aSecondRunRefusesWhileTheFolderIsLockedAndNamesTheHolder() throws {
        defer { try? manager.removeItem(atPath: parent) }
        try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let held = try FolderLock(parent: parent, name: "exports", folder: folder)
        do {
            _ = try FolderLock(parent: parent, name: "exports", folder: folder, wait: 0.2)
            Issue.record("expected the lock to be refused")
        } catch {
            #expect(error.path == folder)
            #expect(error.message.contains("pid \(getpid())"))
        }
        held.release()
        let next = try FolderLock(parent: parent, name: "exports", folder: folder, wait: 0.2)
        next.release()
        #expect(try readoutEntries().isEmpty)
    }

    @Test func aKilledRunsStagingFolderIsRemovedAndItsCarriedEntriesPutBack() throws {
        defer { try? manager.removeItem(atPath: parent) }
        try StagedFolder.replace(folder, with: files("p1"), owned: Exporter.ownedNames)
        // As a run killed after moving report/ across and before the swap leaves it (pid Int32.max never runs).
        let staging = parent + "/\(StagedFolder.stagingPrefix)\(Int32.max)-1f"
        try manager.createDirectory(atPath: staging + "/out/report", withIntermediateDirectories: true)
        try Data("exports\n0\nreport\n".utf8).write(to: URL(fileURLWithPath: staging + "/" + StagedFolder.markerName))
        try Data("page".utf8).write(to: URL(fileURLWithPath: staging + "/out/report/index.html"))
        // A staging folder of another output, and one without a marker that is not empty, are not this run's to remove.
        let other = parent + "/\(StagedFolder.stagingPrefix)\(Int32.max)-2f"
        try manager.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("elsewhere\n0\n".utf8).write(to: URL(fileURLWithPath: other + "/" + StagedFolder.markerName))
        let unmarked = parent + "/\(StagedFolder.stagingPrefix)\(Int32.max)-3f"
        try manager.createDirectory(atPath: unmarked + "/out", withIntermediateDirectories: true)
        nonisolated(unsafe) var notices: [String] = []
        try StagedFolder.replace(folder, with: files("p2"), owned: Exporter.ownedNames) { notices.append($0) }
        #expect(text("report/index.html") == "page")
        #expect(text("csv/people.csv") == "id\r\np2\r\n")
        #expect(!manager.fileExists(atPath: staging))
        #expect(manager.fileExists(atPath: other) && manager.fileExists(atPath: unmarked))
        #expect(notices == ["readout: removed \(staging), left by a killed run (pid \(Int32.max))\n"])
    }

    @Test(arguments: ["", "expo", "exports\n12"])
    func aDeadRunsIncompleteMarkerIsRemovedAndALiveRunsIsKept(marker: String) throws {
        defer { try? manager.removeItem(atPath: parent) }
        try StagedFolder.replace(folder, with: files("p1"), owned: Exporter.ownedNames)
        // As a run killed while writing its marker leaves it: nothing carried, the name maybe unwritten.
        let dead = parent + "/\(StagedFolder.stagingPrefix)\(Int32.max)-4f"
        let live = parent + "/\(StagedFolder.stagingPrefix)\(getpid())-5f"
        for staging in [dead, live] {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            try Data(marker.utf8).write(to: URL(fileURLWithPath: staging + "/" + StagedFolder.markerName))
        }
        nonisolated(unsafe) var notices: [String] = []
        try StagedFolder.replace(folder, with: files("p2"), owned: Exporter.ownedNames) { notices.append($0) }
        #expect(text("csv/people.csv") == "id\r\np2\r\n")
        #expect(!manager.fileExists(atPath: dead))
        #expect(manager.fileExists(atPath: live))
        #expect(notices == ["readout: removed \(dead), left by a killed run (pid \(Int32.max))\n"])
    }

    @Test func aLivePidThatStartedLaterIsNotTheRunThatLeftTheFolder() {
        #expect(StagedFolder.running(getpid(), started: StagedFolder.started(getpid())))
        #expect(!StagedFolder.running(getpid(), started: "1"))
        #expect(!StagedFolder.running(Int32.max, started: "unknown"))
    }

    @Test func aFolderThatIsAFileFailsWithItsPathAndChangesNothing() throws {
        defer { try? manager.removeItem(atPath: parent) }
        try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder))
        do {
            try StagedFolder.replace(folder, with: files("p1"), owned: Exporter.ownedNames)
            Issue.record("expected an output error")
        } catch {
            #expect(error.path == folder)
            #expect(error.message.contains("it is a file"))
        }
        #expect(manager.contents(atPath: folder) == Data("not a folder".utf8))
        #expect(try readoutEntries().isEmpty)
    }
}
