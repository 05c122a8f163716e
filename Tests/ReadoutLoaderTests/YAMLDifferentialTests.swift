import Foundation
import ReadoutLoader
import ReadoutModel
import Testing

// TEMPORARY: the event reader against the Yams path on seeds and seeded mutations.
@Suite struct YAMLDifferentialTests {
    struct Mix { var state: UInt64; mutating func next() -> UInt64 { state &+= 0x9E3779B97F4A7C15; var z = state; z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) &* 0x94D049BB133111EB; return z ^ (z >> 31) } }

    static func seeds() throws -> [Data] {
        var files: [String] = []
        for folder in ["data", "Fuzz/corpus/yaml", "examples/parliament-quotes/data"] {
            let root = Project.root + "/" + folder
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            for case let name as String in walker where name.hasSuffix(".yaml") { files.append(root + "/" + name) }
        }
        var seeds = try files.sorted().map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let texts = [
            "actors:\n  - id: xi\n   name: Xi\n", "actors:\n  - id: \"xi\n", "actors:\n\t- id: xi\n", "- id: xi\n",
            "people:\n  - id: xi\n", "actors:\n  id: xi\n", "actors:\n  - xi\n", "actors:\n  - id: xi\n    id: xj\n",
            "actors:\n  - &a {id: xi}\n  - *a\n", "", "# only a comment\n", "actors:\n  - id: x\u{0}y\n",
            "actors: [{id: a, name: b, kind: person}, {id: c, nmae: d}]\n", "actors:\n- {id: a}\n---\nactors: []\n",
            "\u{FEFF}actors:\n  - id: a\n", "actors:\r\n  - id: a\r\n    name: é\u{1}\r\n", "actors:\n  - {? [a, b]: 1, ? [a, b]: 2}\n",
            "actors:\n  - {b: 1, a: 2, b: 3, a: 4}\n", "actors:\n  - {!!int 1: a, 1: b, !!str 1: c}\n", "actors: ~\nsources: []\n",
            "actors:\n  - id: !!int 5\n    name: !custom x\n    kind: 'null'\n  - id: null\n", "~\n", "---\n", "actors:\n  - *x\n",
            "a: &a x\nb: *a\n", "actors:\n  - id: \"\\x01\\0\"\n", "actors:\n  - {id: [a, {b: c}], name: {x: 1}}\n",
            "actors:\n  - id: " + String(repeating: "[", count: 1200) + String(repeating: "]", count: 1200) + "\n",
        ]
        seeds += texts.map { Data($0.utf8) }
        return seeds
    }

    static let pieces: [[UInt8]] = ["&a ", "*a", "!", "!!int ", "{", "}", "[", "]", ":", ": ", "- ", "\n", " ", "  ", "\t", "#", "'", "\"", "? ",
                                    "\u{0}", "é", "\u{FEFF}", "---\n", "~", "null", ",", "\r\n", "\\", "actors", "id", "\u{7}", "|\n", ">-\n", "&b ", "*b"].map { Array($0.utf8) } + [[0xC3], [0xFF]]

    static func outcome(_ body: () throws(InputError) -> Dataset) -> String {
        do { let d = try body(); return d.tables.map { "\($0.records)" }.joined(separator: "\n") } catch {
            // The line of a reader error is deliberately fixed (bytes, not characters): tested on its own.
            if error.message.hasPrefix("unreadable YAML") { return "error \(error.file) \(error.message)" }
            return "error \(error.file) \(String(describing: error.line)) \(String(describing: error.column)) \(error.message)" }
    }

    @Test func eventReaderAgreesWithYams() throws {
        let loader = RecordLoader(package: try DescriptorLoader.load(path: Project.schema))
        var rng = Mix(state: 17)
        var cases = 0, differences: [String] = []
        for seed in try Self.seeds() {
            let rounds = seed.count > 20_000 ? 3 : 300
            for round in 0..<rounds {
                var bytes = [UInt8](seed)
                if round > 0 {
                    for _ in 0..<(1 + Int(rng.next() % 4)) {
                        let at = bytes.isEmpty ? 0 : Int(rng.next() % UInt64(bytes.count + 1))
                        switch rng.next() % 3 {
                        case 0: bytes.insert(contentsOf: Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))], at: at)
                        case 1: if at < bytes.count { bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(rng.next() % 8))) }
                        default: if at < bytes.count { bytes[at] = Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))].first ?? 32 }
                        }
                    }
                }
                let data = Data(bytes)
                let old = Self.outcome { () throws(InputError) in try loader.loadLegacy(data: data, file: "f.yaml") }
                let new = Self.outcome { () throws(InputError) in try loader.loadNew(data: data, file: "f.yaml") }
                cases += 1
                if old != new && differences.count < 15 {
                    differences.append("INPUT: \(String(decoding: bytes.prefix(300), as: UTF8.self).debugDescription)\nOLD: \(old.prefix(400))\nNEW: \(new.prefix(400))")
                }
                if let text = String(data: data, encoding: .utf8) {
                    let oldText = Self.outcome { () throws(InputError) in try loader.loadLegacy(yaml: text, file: "f.yaml") }
                    let newText = Self.outcome { () throws(InputError) in try loader.load(yaml: text, file: "f.yaml") }
                    if oldText != newText && differences.count < 15 {
                        differences.append("TEXT INPUT: \(text.prefix(300).debugDescription)\nOLD: \(oldText.prefix(400))\nNEW: \(newText.prefix(400))")
                    }
                }
            }
        }
        print("differential: \(cases) cases, \(differences.count) differences")
        for difference in differences { print(difference) }
        #expect(differences.isEmpty)
    }
}
