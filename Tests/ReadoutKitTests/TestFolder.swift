import Foundation

/// A temporary folder for one test, removed when the test's value goes away.
final class TestFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "readout-kit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: (path as NSString).appendingPathComponent(name)).map {
            String(decoding: $0, as: UTF8.self)
        }
    }
}

enum Project {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let corpus = root + "/../shared/seeds"
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus) }
}
