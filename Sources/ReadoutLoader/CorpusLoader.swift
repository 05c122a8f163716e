import Crypto
import Foundation
import ReadoutModel

/// Reads the corpus files that a dataset's sources name, with their SHA-256.
public enum CorpusLoader {
    /// Names that are missing, escape the folder or are not UTF-8 become `.unavailable` entries:
    /// the rules report them as findings about the source that names them.
    public static func load(folder: String, names: [String]) throws(InputError) -> Corpus {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: folder, message: "no such corpus folder")
        }
        var entries: [String: Corpus.Entry] = [:]
        for name in Set(names) {
            entries[name] = entry(named: name, in: folder)
        }
        return Corpus(folder: folder, entries: entries)
    }

    /// A corpus held in memory (name → text), for tests and rule examples; names are checked as on disk.
    public static func corpus(texts: [String: String], names: [String], folder: String = "corpus") -> Corpus {
        var entries: [String: Corpus.Entry] = [:]
        for name in names {
            if let refusal = refusal(of: name) {
                entries[name] = .unavailable(reason: refusal)
            } else if let text = texts[name] {
                entries[name] = entry(Data(text.utf8))
            } else {
                entries[name] = .unavailable(reason: "no such file in \(folder)")
            }
        }
        return Corpus(folder: folder, entries: entries)
    }

    private static func refusal(of name: String) -> String? {
        name.contains("/") || name.hasPrefix("~") || name == ".." ? "a corpus file name must not contain a path" : nil
    }

    private static func entry(named name: String, in folder: String) -> Corpus.Entry {
        if let refusal = refusal(of: name) { return .unavailable(reason: refusal) }
        let path: String
        do {
            path = try SafePath.resolve(name, in: folder, file: folder)
        } catch {
            return .unavailable(reason: error.message)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unavailable(reason: "no such file in \(folder)")
        }
        return entry(data)
    }

    private static func entry(_ data: Data) -> Corpus.Entry {
        guard let text = String(data: data, encoding: .utf8) else {
            return .unavailable(reason: "the file is not valid UTF-8")
        }
        let digest = SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
        return .document(text: text, sha256: digest)
    }
}
