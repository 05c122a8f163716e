import Foundation
import ReadoutLoader
import ReadoutModel
import Testing

@Suite struct CorpusLoaderTests {
    @Test func readsTextAndSHA256() throws {
        let folder = try TestFolder()
        try folder.write("a.txt", "Biden and Xi spoke on Tuesday.")
        let corpus = try CorpusLoader.load(folder: folder.path, names: ["a.txt", "missing.txt", "../a.txt"])
        #expect(corpus.entries["a.txt"] == .document(
            text: "Biden and Xi spoke on Tuesday.",
            sha256: "cfc1d2e76e56a6a77221a4d5664e52529fb3dd7799ffae85cd7ef6174d72136e"))
        guard case .unavailable = corpus.entries["missing.txt"] else { Issue.record("missing file"); return }
        guard case .unavailable = corpus.entries["../a.txt"] else { Issue.record("escape"); return }
    }

    @Test func refusesASymlinkOutOfTheFolder() throws {
        let outside = try TestFolder()
        let target = try outside.write("secret.txt", "secret")
        let folder = try TestFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: target)
        let corpus = try CorpusLoader.load(folder: folder.path, names: ["link.txt"])
        guard case let .unavailable(reason) = corpus.entries["link.txt"] else {
            Issue.record("a link out of the corpus must be refused")
            return
        }
        #expect(reason.contains("outside"))
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: InputError.self) { try CorpusLoader.load(folder: "/nonexistent/corpus", names: []) }
    }
}
