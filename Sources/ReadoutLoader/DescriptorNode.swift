import ReadoutModel
import Yams

/// A node of a JSON or YAML descriptor, with accessors that fail with the node's file and line.
struct DescriptorNode {
    let node: Node
    let document: YAMLDocument
    /// Where the node sits in its file, as a JSON path (`resources[2].schema.fields[3]`); empty at the root.
    let path: String

    init(_ node: Node, in document: YAMLDocument, path: String = "") {
        self.node = node
        self.document = document
        self.path = path
    }

    func error(_ message: String) -> InputError {
        document.error(at: node, message)
    }

    /// An error that names the node's JSON path first, so a reader finds the property without counting.
    func refuse(_ message: String) -> InputError {
        document.error(at: node, path.isEmpty ? message : "\(path): \(message)")
    }

    func mapping(_ what: String) throws(InputError) -> DescriptorMapping {
        guard case let .mapping(mapping) = node else { throw error("expected \(what) (an object)") }
        return DescriptorMapping(mapping: mapping, node: self)
    }

    func sequence(_ what: String) throws(InputError) -> [DescriptorNode] {
        guard case let .sequence(sequence) = node else { throw error("expected \(what) (an array)") }
        return sequence.enumerated().map { index, item in DescriptorNode(item, in: document, path: "\(path)[\(index)]") }
    }

    var isSequence: Bool {
        if case .sequence = node { return true }
        return false
    }

    var isMapping: Bool {
        if case .mapping = node { return true }
        return false
    }

    /// A JSON string (or a YAML scalar that is not null).
    func string() throws(InputError) -> String {
        guard case let .scalar(scalar) = node, !node.isNullScalar || scalar.style != .plain else {
            throw error("expected a string")
        }
        return scalar.string
    }

    func int() throws(InputError) -> Int {
        guard case let .scalar(scalar) = node, scalar.style == .plain, let number = Int(scalar.string) else {
            throw error("expected a whole number")
        }
        return number
    }

    func bool() throws(InputError) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain,
              scalar.string == "true" || scalar.string == "false" else {
            throw error("expected true or false")
        }
        return scalar.string == "true"
    }

    /// A string, or a list of strings (Table Schema allows both for keys).
    func strings() throws(InputError) -> [String] {
        if case .sequence = node { return try sequence("a list of strings").map { node throws(InputError) in try node.string() } }
        return [try string()]
    }

    /// A list of strings, and only a list.
    func stringList(_ what: String) throws(InputError) -> [String] {
        try sequence(what).map { node throws(InputError) in try node.string() }
    }

    /// A scalar's text whatever its JSON type (a number bound, a string bound).
    func scalarText() throws(InputError) -> String {
        guard case let .scalar(scalar) = node else { throw error("expected a single value") }
        return scalar.string
    }
}

/// A mapping node of a descriptor.
struct DescriptorMapping {
    let mapping: Node.Mapping
    let node: DescriptorNode

    func optional(_ key: String) -> DescriptorNode? {
        mapping[key].map { DescriptorNode($0, in: node.document, path: node.path.isEmpty ? key : "\(node.path).\(key)") }
    }

    func required(_ key: String) throws(InputError) -> DescriptorNode {
        guard let value = optional(key) else { throw node.refuse("missing '\(key)'") }
        return value
    }

    var keys: [DescriptorNode] {
        mapping.keys.map { DescriptorNode($0, in: node.document, path: node.path) }
    }
}
