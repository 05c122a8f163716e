import CSVCodec
import Foundation
import ReadoutModel
import Yams

/// A YAML (or JSON) file composed into Yams nodes, with its marks mapped to a display path.
struct YAMLDocument {
    let file: String
    let root: Node

    /// Reads and composes `path`; `file` is the name used in messages.
    static func read(path: String, file: String) throws(InputError) -> YAMLDocument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(file: file, message: FileSystemMessage.reading(error))
        }
        return try parse(data, file: file)
    }

    static func parse(_ data: Data, file: String) throws(InputError) -> YAMLDocument {
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: file, line: firstInvalidUTF8Line(data), message: "the file is not valid UTF-8")
        }
        return try parse(text, file: file)
    }

    static func parse(_ text: String, file: String) throws(InputError) -> YAMLDocument {
        do {
            // The basic resolver: readout casts scalars by its schema, and tag resolution by regular
            // expression (which Yams also runs to hash keys for its duplicate check) is most of the parse time.
            let parser = try Parser(yaml: text, resolver: .basic)
            guard let root = try parser.singleRoot() else {
                throw InputError(file: file, line: 1, column: 1, message: "the file is empty")
            }
            // Anchors are weak references that live as long as the parser: check before it goes.
            try withExtendedLifetime(parser) { () throws(InputError) in try refuseAnchors(in: root, file: file) }
            return YAMLDocument(file: file, root: root)
        } catch let error as InputError {
            throw error
        } catch let error as YamlError {
            throw inputError(from: error, file: file)
        } catch {
            throw InputError(file: file, message: "could not read the file as YAML")
        }
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func error(at node: Node, _ message: String) -> InputError {
        InputError(at: location(of: node), message)
    }

    /// Aliases can expand a small file into an exponential tree ("billion laughs"): data files need none.
    private static func refuseAnchors(in root: Node, file: String) throws(InputError) {
        var pending = [root]
        while let node = pending.popLast() {
            if node.anchor != nil {
                throw InputError(file: file, line: node.mark?.line, column: node.mark?.column,
                                 message: "anchors and aliases are not allowed in data files")
            }
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping { pending.append(key); pending.append(value) }
            case let .sequence(sequence):
                pending.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
    }

    private static func inputError(from error: YamlError, file: String) -> InputError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.joined(separator: ": ")
            return InputError(file: file, line: mark.line, column: mark.column, message: "invalid YAML: " + detail)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return InputError(file: file, line: context.mark.line, column: context.mark.column,
                              message: "duplicate key \(names) in one mapping: the later value would replace the earlier")
        case let .reader(problem, offset, _, yaml):
            let line = offset.map { offset in yaml.utf8.prefix(offset).count { $0 == 0x0A } + 1 }
            return InputError(file: file, line: line, message: "unreadable YAML: " + problem)
        default:
            return InputError(file: file, message: "invalid YAML")
        }
    }

    private static func firstInvalidUTF8Line(_ data: Data) -> Int {
        UTF8Check.firstInvalidLine([UInt8](data)[...]) ?? 1
    }
}

extension Node {
    /// The text of a scalar that YAML reads as null: `~`, `null`, or nothing, unquoted.
    var isNullScalar: Bool {
        guard case let .scalar(scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
