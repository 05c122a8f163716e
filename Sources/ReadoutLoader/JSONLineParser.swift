import CSVCodec
import ReadoutModel

/// Parses one JSON Lines line as an object of scalar members, keeping each member's column.
///
/// Written for table rows rather than general JSON: scalar members keep their text as written (a
/// number's digits decide nothing until its field's type does), arrays and objects become JSONValues
/// for the fields that hold JSON, nesting is bounded, and a key that repeats is an error (JSON leaves it
/// undefined; most parsers keep the last value silently).
struct JSONLineParser {
    enum Scalar: Equatable {
        case string(String)
        /// The number exactly as written, so that a field's type decides how to read it.
        case number(String)
        case bool(Bool)
        case null
        /// An array or an object member: object, array, geojson, geopoint and list fields read it.
        case nested(JSONValue)
    }

    struct Member: Equatable {
        let key: String
        let value: Scalar
        /// 1-based column of the value, in bytes.
        let column: Int
    }

    struct Failure: Error, Equatable {
        let column: Int
        let message: String
    }

    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var position = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A cell of a row that is an array.
    struct Element: Equatable {
        let value: Scalar
        /// 1-based column of the value, in bytes (for a whole text: its byte offset plus one).
        let column: Int
    }

    /// A table row: an object (cells by key) or an array (cells by position).
    enum Row: Equatable {
        case object([Member])
        case array([Element])
    }

    /// A JSON Lines line that is an object or an array, of at most `maximumCells` members or elements.
    static func row(of line: ArraySlice<UInt8>, maximumCells: Int = InputLimits.standard.cellsPerRow) throws(Failure) -> Row {
        var parser = JSONLineParser(Array(line))
        parser.skipSpace()
        let row = try parser.row(depth: 1, what: "the line", maximumCells: maximumCells)
        parser.skipSpace()
        guard parser.position == parser.bytes.count else { throw parser.failure("unexpected text after the row") }
        return row
    }

    /// The rows of a structured JSON text (Table Dialect `property`): the array at the top, or the
    /// array that the top object's member `property` holds; each row with its byte offset.
    static func rows(of text: ArraySlice<UInt8>, property: String?) throws(Failure) -> [(row: Row, offset: Int)] {
        var parser = JSONLineParser(Array(text))
        parser.skipSpace()
        var rows: [(row: Row, offset: Int)]?
        if let property {
            guard parser.peek == UInt8(ascii: "{") else { throw parser.failure("the text is not a JSON object (dialect property '\(property)')") }
            parser.position += 1
            parser.skipSpace()
            while parser.peek != UInt8(ascii: "}") {
                parser.skipSpace()
                let key = try parser.string()
                parser.skipSpace()
                try parser.expect(UInt8(ascii: ":"))
                parser.skipSpace()
                if key == property, rows == nil {
                    rows = try parser.rowArray()
                } else {
                    _ = try parser.value(depth: 1)
                }
                parser.skipSpace()
                guard parser.peek == UInt8(ascii: ",") else { break }
                parser.position += 1
            }
            try parser.expect(UInt8(ascii: "}"))
            guard rows != nil else { throw Failure(column: 1, message: "the JSON object has no member '\(property)' (dialect property)") }
        } else {
            rows = try parser.rowArray()
        }
        parser.skipSpace()
        guard parser.position == parser.bytes.count else { throw parser.failure("unexpected text after the table") }
        return rows ?? []
    }

    private mutating func rowArray() throws(Failure) -> [(row: Row, offset: Int)] {
        guard peek == UInt8(ascii: "[") else { throw failure("the table is not a JSON array of rows") }
        position += 1
        var rows: [(row: Row, offset: Int)] = []
        skipSpace()
        if peek == UInt8(ascii: "]") {
            position += 1
            return rows
        }
        while true {
            skipSpace()
            let offset = position
            rows.append((try row(depth: 2, what: "a row", maximumCells: InputLimits.standard.cellsPerRow), offset))
            skipSpace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect(UInt8(ascii: "]"))
            return rows
        }
    }

    private mutating func row(depth: Int, what: String, maximumCells: Int) throws(Failure) -> Row {
        switch peek {
        case UInt8(ascii: "{"): return .object(try object(depth: depth, maximumCells: maximumCells))
        case UInt8(ascii: "["): return .array(try array(depth: depth, maximumCells: maximumCells))
        default: throw failure("\(what) is not a JSON object or array")
        }
    }

    static func members(of line: ArraySlice<UInt8>) throws(Failure) -> [Member] {
        var parser = JSONLineParser(Array(line))
        parser.skipSpace()
        guard parser.peek == UInt8(ascii: "{") else { throw parser.failure("the line is not a JSON object") }
        let members = try parser.object(depth: 1)
        parser.skipSpace()
        guard parser.position == parser.bytes.count else { throw parser.failure("unexpected text after the object") }
        return members
    }

    private func tooManyCells(_ maximum: Int) -> Failure {
        failure("the row has more than \(maximum) cells, the most readout reads in one row")
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func failure(_ message: String) -> Failure {
        Failure(column: position + 1, message: message)
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard peek == byte else { throw failure("expected '\(Character(Unicode.Scalar(byte)))'") }
        position += 1
    }

    /// `maximumCells`: for a row, the most members it may have (InputLimits.cellsPerRow).
    private mutating func object(depth: Int, maximumCells: Int = .max) throws(Failure) -> [Member] {
        try expect(UInt8(ascii: "{"))
        var members: [Member] = []
        var keys = Set<String>()
        skipSpace()
        if peek == UInt8(ascii: "}") {
            position += 1
            return members
        }
        while true {
            skipSpace()
            guard members.count < maximumCells else { throw tooManyCells(maximumCells) }
            let keyColumn = position + 1
            let key = try string()
            guard keys.insert(key).inserted else {
                throw Failure(column: keyColumn, message: "duplicate key '\(key)': the later value would replace the earlier")
            }
            skipSpace()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            let column = position + 1
            members.append(Member(key: key, value: try value(depth: depth), column: column))
            skipSpace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect(UInt8(ascii: "}"))
            return members
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> Scalar {
        guard depth < Self.maximumDepth else { throw failure("values are nested more than \(Self.maximumDepth) deep") }
        switch peek {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"):
            return .nested(.object(try object(depth: depth + 1).map { ($0.key, $0.value.json) }))
        case UInt8(ascii: "["):
            return .nested(.array(try array(depth: depth + 1).map(\.value.json)))
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func array(depth: Int, maximumCells: Int = .max) throws(Failure) -> [Element] {
        try expect(UInt8(ascii: "["))
        var elements: [Element] = []
        skipSpace()
        if peek == UInt8(ascii: "]") {
            position += 1
            return elements
        }
        while true {
            skipSpace()
            guard elements.count < maximumCells else { throw tooManyCells(maximumCells) }
            let column = position + 1
            elements.append(Element(value: try value(depth: depth), column: column))
            skipSpace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect(UInt8(ascii: "]"))
            return elements
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let expected = Array(word.utf8)
        guard position + expected.count <= bytes.count, Array(bytes[position..<position + expected.count]) == expected else {
            throw failure("invalid literal")
        }
        position += expected.count
    }

    /// RFC 8259 numbers: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func number() throws(Failure) -> String {
        let start = position
        func digits() -> Int {
            let first = position
            while let byte = peek, byte >= 0x30, byte <= 0x39 { position += 1 }
            return position - first
        }
        if peek == UInt8(ascii: "-") { position += 1 }
        if peek == UInt8(ascii: "0") { position += 1 } else if digits() == 0 { throw failure("invalid value") }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw failure("invalid number") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw failure("invalid number") }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func string() throws(Failure) -> String {
        try expect(UInt8(ascii: "\""))
        var scalars = String.UnicodeScalarView()
        var chunkStart = position
        func flush(_ end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[chunkStart..<end], as: UTF8.self).unicodeScalars)
        }
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "\""):
                flush(position)
                position += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(position)
                position += 1
                scalars.append(try escape())
                chunkStart = position
            case 0..<0x20:
                throw failure("control character in a string (write it escaped)")
            default:
                position += 1
            }
        }
        throw failure("unterminated string")
    }

    private mutating func escape() throws(Failure) -> Unicode.Scalar {
        guard let byte = peek else { throw failure("unterminated escape") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4()
            if (0xD800..<0xDC00).contains(high) {
                guard peek == UInt8(ascii: "\\") else { throw failure("unpaired surrogate") }
                position += 1
                try expect(UInt8(ascii: "u"))
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low),
                      let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else {
                    throw failure("unpaired surrogate")
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw failure("unpaired surrogate") }
            return scalar
        default:
            throw failure("invalid escape")
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        let isHex: (UInt8) -> Bool = { (0x30...0x39).contains($0) || (0x41...0x46).contains($0) || (0x61...0x66).contains($0) }
        guard position + 4 <= bytes.count, bytes[position..<position + 4].allSatisfy(isHex),
              let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
            throw failure("invalid \\u escape")
        }
        position += 4
        return value
    }
}

extension JSONLineParser.Scalar {
    /// The value as JSON: a number as an integer when it is one that fits, else as a double.
    var json: JSONValue {
        switch self {
        case let .string(text): return .string(text)
        case let .number(text): return Int(text).map(JSONValue.integer) ?? Double(text).map(JSONValue.number) ?? .string(text)
        case let .bool(flag): return .bool(flag)
        case .null: return .null
        case let .nested(value): return value
        }
    }
}
