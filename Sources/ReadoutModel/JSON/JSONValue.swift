/// A JSON value whose objects keep their keys in the order given, for deterministic output.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.compact == rhs.compact
    }

    /// On one line, as JSON Lines wants.
    public var compact: String {
        var output = ""
        write(to: &output, indent: nil, depth: 0)
        return output
    }

    /// Two-space indentation, a newline at the end.
    public var pretty: String {
        var output = ""
        write(to: &output, indent: "  ", depth: 0)
        return output + "\n"
    }

    private func write(to output: inout String, indent: String?, depth: Int) {
        switch self {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .integer(number): output += String(number)
        case let .number(number): output += Value.number(number).text ?? "null"
        case let .string(text): JSONValue.writeString(text, to: &output)
        case let .array(items):
            writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &output, indent: indent, depth: depth)
        case let .object(pairs):
            writeContainer(pairs.map { ($0.0, $0.1) }, open: "{", close: "}", to: &output, indent: indent, depth: depth)
        }
    }

    private func writeContainer(_ items: [(String?, JSONValue)], open: String, close: String,
                                to output: inout String, indent: String?, depth: Int) {
        output += open
        guard !items.isEmpty else { return output += close }
        // Arrays of scalars stay on one line even when pretty.
        let inline = indent == nil || (open == "[" && items.allSatisfy { !$0.1.isContainer })
        for (position, (key, value)) in items.enumerated() {
            if position > 0 { output += inline ? (indent == nil ? "," : ", ") : "," }
            if !inline, let indent { output += "\n" + String(repeating: indent, count: depth + 1) }
            if let key {
                JSONValue.writeString(key, to: &output)
                output += indent == nil ? ":" : ": "
            }
            value.write(to: &output, indent: indent, depth: depth + 1)
        }
        if !inline, let indent { output += "\n" + String(repeating: indent, count: depth) }
        output += close
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: return true
        default: return false
        }
    }

    /// Escapes per RFC 8259 (see JSONEscaping): quotes, backslashes and control characters; the rest stays UTF-8.
    public static func writeString(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        JSONEscaping.appendQuoted(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }
}
