import Foundation
import Testing

/// The executable's exit codes and output, as CI and editors see them.
@Suite struct CommandLineTests {
    /// The readout of the build these tests are part of: beside the test executable (`swift test`
    /// builds both into one folder, .build/debug or, under `make asan`, .build-asan/debug), never a
    /// fixed path that could be another build's. Nil, and every test fails saying so, when absent.
    static let binary: String? = {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        // On macOS the executable sits inside the .xctest bundle, which sits in the build folder.
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/", let bundle = folder.pathComponents.lastIndex(where: { $0.hasSuffix(".xctest") }) {
            folder = URL(fileURLWithPath: "/" + folder.pathComponents[1..<bundle].joined(separator: "/"))
        }
        let candidate = folder.appendingPathComponent("readout").path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
              FileManager.default.isExecutableFile(atPath: candidate) else { return nil }
        return candidate
    }()

    struct Run {
        let status: Int32
        let output: String
        let error: String
    }

    func run(_ arguments: [String], in directory: String = Project.root) throws -> Run {
        let process = Process()
        let binary = try #require(Self.binary, "no readout executable beside the test executable \(Bundle.main.executablePath ?? "?")")
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   error: String(decoding: errorData, as: UTF8.self))
    }

    private func dataFolder(_ actors: String) throws -> TestFolder {
        let folder = try TestFolder()
        try folder.write("data/actors.yaml", actors)
        return folder
    }

    private func schemaArguments(_ folder: TestFolder) -> [String] {
        ["--schema", Project.root + "/schema/datapackage.json", "--data", folder.path + "/data"]
    }

    @Test func cleanDataExitsZeroWithASummary() throws {
        let folder = try dataFolder("actors:\n  - id: xi\n    name: Xi Jinping\n    kind: person\n")
        let result = try run(["validate"] + schemaArguments(folder))
        #expect(result.status == 0)
        #expect(result.output.contains("1 records: 0 errors"))
        #expect(result.output.contains("skipped"), "the evidence rules say they were skipped")
    }

    @Test func anErrorFindingExitsOneLikeACompiler() throws {
        let folder = try dataFolder("actors:\n  - id: xi\n    name: Xi Jinping\n    kind: leader\n")
        let result = try run(["validate"] + schemaArguments(folder))
        #expect(result.status == 1)
        #expect(result.output.contains("data/actors.yaml:4:11: error: 'leader' is not allowed for 'kind'"))
        #expect(result.output.contains("[schema.enum]"))
    }

    @Test func githubAndJSONFormats() throws {
        let folder = try dataFolder("actors:\n  - id: xi\n    name: Xi Jinping\n    kind: leader\n")
        let github = try run(["validate", "--format", "github"] + schemaArguments(folder))
        #expect(github.output.contains("::error file=\(folder.path)/data/actors.yaml,line=4,col=11,title=schema.enum::"))
        let json = try run(["validate", "--format", "json"] + schemaArguments(folder))
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let findings = object?["findings"] as? [[String: Any]]
        #expect(findings?.first?["rule"] as? String == "schema.enum")
        #expect(findings?.first?["line"] as? Int == 4)
    }

    @Test func unreadableInputExitsTwoNamingTheFileAndLine() throws {
        let folder = try dataFolder("actors:\n  - id: \"xi\n")
        let result = try run(["validate"] + schemaArguments(folder))
        #expect(result.status == 2)
        #expect(result.error.contains("data/actors.yaml:3:1: invalid YAML"))
        #expect(!result.error.contains("Fatal"))
        let missing = try run(["validate", "--data", "/nonexistent/data"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("/nonexistent/data: no such folder"))
    }

    @Test func badFlagsAreAUsageError() throws {
        let result = try run(["validate", "--frobnicate"])
        #expect(result.status == 64)
        #expect(result.error.contains("Unknown option"))
    }

    @Test func rulesAndExplain() throws {
        let rules = try run(["rules"])
        #expect(rules.output.contains("schema.foreign-key"))
        let explain = try run(["explain", "schema.foreign-key"])
        #expect(explain.status == 0)
        #expect(explain.output.contains("↓"))
        let unknown = try run(["explain", "schema.nope"])
        #expect(unknown.status != 0)
    }

    @Test func exportWritesFilesAndAFailedExportKeepsTheOldOne() throws {
        let folder = try dataFolder("actors:\n  - id: xi\n    name: Xi Jinping\n    kind: person\n")
        let out = folder.path + "/exports"
        #expect(try run(["export", "--out", out] + schemaArguments(folder)).status == 0)
        let before = folder.read("exports/csv/actors.csv")
        #expect(before?.hasPrefix("\"id\",\"name\",\"kind\"") == true)
        try folder.write("data/actors.yaml", "actors:\n  - id: [\n")
        let broken = try run(["export", "--out", out] + schemaArguments(folder))
        #expect(broken.status == 2)
        #expect(folder.read("exports/csv/actors.csv") == before)
    }

    @Test func reportIsByteIdenticalFromRunToRunAndExitsZero() throws {
        let folder = try TestFolder()
        let corpus = Project.hasCorpus ? ["--corpus", Project.corpus] : []
        // Two processes: Swift seeds its hashing per process, so a dictionary's order leaking into the page would show.
        let first = try run(["report", "--out", folder.path + "/a"] + corpus)
        let second = try run(["report", "--out", folder.path + "/b"] + corpus)
        #expect(first.status == 0 && second.status == 0)
        #expect(first.output.contains("readout: wrote \(folder.path)/a/index.html"))
        let page = folder.read("a/index.html")
        #expect(page?.hasPrefix("<!DOCTYPE html>") == true)
        #expect(page == folder.read("b/index.html"))
    }

    @Test func reportOfUnreadableDataExitsTwoAndWritesNothing() throws {
        let folder = try dataFolder("actors:\n  - id: [\n")
        let result = try run(["report", "--out", folder.path + "/report"] + schemaArguments(folder))
        #expect(result.status == 2)
        #expect(folder.read("report/index.html") == nil)
    }
}
