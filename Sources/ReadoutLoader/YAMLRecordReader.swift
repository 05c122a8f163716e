import CLibYAML
import ReadoutModel

/// Reads a YAML data file (table name → list of records) straight from libyaml's events into
/// records, with the line and column of every value: no node tree is built, so memory holds the
/// records and the open collections only.
///
/// It refuses what composing the file would refuse, in the same order: libyaml's errors, duplicate
/// keys, an undefined alias and a second document as they come; after the whole file, any anchor or
/// alias; then the first misplaced table, list or record.
struct YAMLRecordReader {
    /// A table of the package as records are read into it.
    struct Table {
        var name: String
        var casters: [FieldCaster]
        /// Each field name's first position.
        var fields: [String: Int]
    }

    /// Tables by their position in the package.
    let tables: [Table]
    private let tablePositions: [String: Int]

    init(tables: [Table]) {
        self.tables = tables
        var index: [String: Int] = [:]
        for (position, table) in tables.enumerated() where index[table.name] == nil { index[table.name] = position }
        tablePositions = index
    }

    /// The first table named `name`.
    func table(named name: String) -> Int? { tablePositions[name] }

    /// The records of `bytes` (UTF-8), table by table (by position in the package), in the order written.
    func records(in bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> [(table: Int, records: [Record])] {
        var composer = try Composer(reader: self, parser: YAMLEventParser(bytes: bytes, file: file), file: file)
        return try composer.read()
    }
}

private struct Composer {
    enum Role {
        case tables
        case records(slot: Int)
        case record
        case other
    }

    enum Kind { case scalar, sequence, mapping, alias }

    struct Frame {
        var isMapping: Bool
        var role: Role
        var mark: YAMLMark
        var anchor: String?
        var tag: String
        /// A mapping's keys so far, for the duplicate check at its end.
        var keys: [YAMLKeyEntry] = []
        var awaitingValue = false
        /// The identities of the children, when this node's own is needed (a key, an anchored node, or
        /// a node inside one).
        var parts: [YAMLNodeIdentity]?
        /// `.tables`: the table of the value to come; `.record`: the field of the value to come (-1: none).
        var target = -1
    }

    let reader: YAMLRecordReader
    let parser: YAMLEventParser
    let file: String
    /// Open collections; frames above `depth` are kept for their storage.
    var frames: [Frame] = []
    var depth = 0
    var result: [(table: Int, records: [Record])] = []
    var anchors: [String: (mark: YAMLMark, identity: YAMLNodeIdentity)] = [:]
    /// The anchored node (or alias) read last: the one an anchor error names.
    var lastAnchored: YAMLMark?
    /// The first misplaced table, list or record: reported once the file is known to be valid YAML.
    var failure: InputError?
    // The record being read, and its table.
    var recordTable = 0
    var values: [Value] = []
    var positions: [Record.FieldPosition] = []
    var unknown: [Record.UnknownField] = []

    init(reader: YAMLRecordReader, parser: YAMLEventParser, file: String) {
        self.reader = reader
        self.parser = parser
        self.file = file
    }

    mutating func read() throws(InputError) -> [(table: Int, records: [Record])] {
        try parser.next() // the stream's start
        if try parser.next() == YAML_STREAM_END_EVENT {
            throw InputError(file: file, line: 1, column: 1, message: "the file is empty")
        }
        try readRoot()
        try parser.next() // the document's end
        if try parser.next() != YAML_STREAM_END_EVENT {
            throw parser.composerError("expected a single document in the stream: but found another document",
                                       at: parser.mark)
        }
        if let lastAnchored {
            throw InputError(file: file, line: lastAnchored.line, column: lastAnchored.column,
                             message: "anchors and aliases are not allowed in data files")
        }
        if let failure { throw failure }
        return result
    }

    /// The events of the document's root node.
    private mutating func readRoot() throws(InputError) {
        repeat {
            let type = try parser.next()
            switch type {
            case YAML_SCALAR_EVENT: readScalar()
            case YAML_ALIAS_EVENT: try readAlias()
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = type == YAML_MAPPING_START_EVENT
                open(isMapping: isMapping, mark: parser.mark,
                     anchor: isMapping ? parser.mappingAnchor : parser.sequenceAnchor,
                     tag: isMapping ? parser.mappingTag ?? YAMLNodeIdentity.mappingTag
                         : parser.sequenceTag ?? YAMLNodeIdentity.sequenceTag)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: try close()
            default: break
            }
        } while depth > 0
    }

    private var isKey: Bool { depth > 0 && frames[depth - 1].isMapping && !frames[depth - 1].awaitingValue }
    private var needsIdentity: Bool { isKey || (depth > 0 && frames[depth - 1].parts != nil) }

    private mutating func readScalar() {
        let mark = parser.mark
        let text = parser.scalarText
        begin(.scalar, at: mark, text: text, plain: parser.scalarIsPlain)
        let anchor = parser.scalarAnchor
        let identity = needsIdentity || anchor != nil
            ? YAMLNodeIdentity.scalar(text, tag: parser.scalarTag ?? YAMLNodeIdentity.stringTag) : nil
        if let anchor, let identity { register(anchor, mark: mark, identity: identity) }
        place(identity, at: mark)
    }

    private mutating func readAlias() throws(InputError) {
        let mark = parser.mark
        guard let name = parser.aliasAnchor, let target = anchors[name] else {
            throw parser.composerError("found undefined alias", at: mark)
        }
        // An alias stands for its anchored node, whose place it takes in messages.
        lastAnchored = target.mark
        begin(.alias, at: mark, text: "", plain: false)
        place(target.identity, at: target.mark)
    }

    private mutating func open(isMapping: Bool, mark: YAMLMark, anchor: String?, tag: String) {
        let role = begin(isMapping ? .mapping : .sequence, at: mark, text: "", plain: false)
        var frame = depth < frames.count ? frames[depth] : Frame(isMapping: isMapping, role: role, mark: mark, tag: tag)
        frame.isMapping = isMapping
        frame.role = role
        frame.mark = mark
        frame.anchor = anchor
        frame.tag = tag
        frame.keys.removeAll(keepingCapacity: true)
        frame.awaitingValue = false
        frame.parts = needsIdentity || anchor != nil ? [] : nil
        frame.target = -1
        if depth < frames.count { frames[depth] = frame } else { frames.append(frame) }
        depth += 1
    }

    private mutating func close() throws(InputError) {
        depth -= 1
        let frame = frames[depth]
        if frame.isMapping {
            let duplicates = YAMLKeyEntry.duplicates(in: frame.keys)
            if let first = duplicates.first {
                let names = duplicates.map { "'\($0.identity.name)'" }.joined(separator: ", ")
                throw InputError(file: file, line: first.mark.line, column: first.mark.column,
                                 message: "duplicate key \(names) in one mapping: the later value would replace the earlier")
            }
        }
        let identity = frame.parts.map { parts in
            frame.isMapping
                ? YAMLNodeIdentity.mapping(stride(from: 0, to: parts.count - 1, by: 2).map {
                    YAMLNodeIdentity.Pair(key: parts[$0], value: parts[$0 + 1])
                }, tag: frame.tag)
                : YAMLNodeIdentity.sequence(parts, tag: frame.tag)
        }
        if let anchor = frame.anchor, let identity { register(anchor, mark: frame.mark, identity: identity) }
        if case .record = frame.role, failure == nil, case let .records(slot) = frames[depth - 1].role {
            let location = SourceLocation(file: file, line: frame.mark.line, column: frame.mark.column)
            result[slot].records.append(Record(values: values, fieldPositions: positions, location: location,
                                               unknownFields: unknown))
        }
        if depth > 0 { place(identity, at: frame.mark) }
    }

    private mutating func register(_ anchor: String, mark: YAMLMark, identity: YAMLNodeIdentity) {
        anchors[anchor] = (mark, identity)
        lastAnchored = mark
    }

    /// A child node is complete: its parent mapping records its key and waits for the other half.
    private mutating func place(_ identity: YAMLNodeIdentity?, at mark: YAMLMark) {
        guard depth > 0 else { return }
        let top = depth - 1
        if let identity {
            if isKey { frames[top].keys.append(YAMLKeyEntry(identity: identity, mark: mark)) }
            frames[top].parts?.append(identity)
        }
        if frames[top].isMapping { frames[top].awaitingValue.toggle() }
    }

    /// A node starts: what it means to the tables, and the first misplaced one.
    @discardableResult
    private mutating func begin(_ kind: Kind, at mark: YAMLMark, text: String, plain: Bool) -> Role {
        guard failure == nil else { return .other }
        guard depth > 0 else {
            if kind == .mapping { return .tables }
            fail(at: mark, "a data file must map table names to lists of records")
            return .other
        }
        let top = depth - 1
        switch frames[top].role {
        case .tables:
            return isKey ? beginTableName(kind, at: mark, text: text) : beginTable(kind, at: mark, text: text, plain: plain)
        case let .records(slot):
            if kind == .mapping {
                recordTable = result[slot].table
                let count = reader.tables[recordTable].casters.count
                values = Array(repeating: .null, count: count)
                positions = Array(repeating: .absent, count: count)
                unknown = []
                return .record
            }
            if kind != .alias {
                fail(at: mark, "a record of table '\(reader.tables[result[slot].table].name)' must be a mapping of field names to values")
            }
            return .other
        case .record:
            if isKey {
                beginFieldName(kind, at: mark, text: text)
            } else if frames[top].target >= 0 {
                let field = frames[top].target
                positions[field] = Record.FieldPosition(line: mark.line, column: mark.column)
                switch kind {
                case .scalar:
                    values[field] = plain && Self.isNull(text) ? .null : reader.tables[recordTable].casters[field].cast(text)
                case .mapping: values[field] = .invalid("(a mapping)")
                case .sequence: values[field] = .invalid("(a list)")
                case .alias: values[field] = .invalid("(an alias)")
                }
            }
            return .other
        case .other:
            return .other
        }
    }

    private mutating func beginTableName(_ kind: Kind, at mark: YAMLMark, text: String) -> Role {
        let top = depth - 1
        frames[top].target = -1
        if kind == .alias { return .other }
        guard kind == .scalar, let table = reader.table(named: text) else {
            let known = reader.tables.map(\.name).joined(separator: ", ")
            fail(at: mark, "unknown table '\(kind == .scalar ? text : "?")' (the schema has: \(known))")
            return .other
        }
        frames[top].target = table
        return .other
    }

    private mutating func beginTable(_ kind: Kind, at mark: YAMLMark, text: String, plain: Bool) -> Role {
        let table = frames[depth - 1].target
        guard table >= 0, kind != .alias else { return .other }
        if kind == .scalar && plain && Self.isNull(text) { return .other }
        guard kind == .sequence else {
            fail(at: mark, "table '\(reader.tables[table].name)' must hold a list of records")
            return .other
        }
        result.append((table, []))
        return .records(slot: result.count - 1)
    }

    private mutating func beginFieldName(_ kind: Kind, at mark: YAMLMark, text: String) {
        let top = depth - 1
        frames[top].target = -1
        if kind == .alias { return }
        // A key that is not text has no name a field could have.
        let name = kind == .scalar ? text : ""
        if let field = reader.tables[recordTable].fields[name] {
            frames[top].target = field
        } else {
            unknown.append(Record.UnknownField(name: name, location: SourceLocation(file: file, line: mark.line, column: mark.column)))
        }
    }

    private mutating func fail(at mark: YAMLMark, _ message: String) {
        if failure == nil { failure = InputError(file: file, line: mark.line, column: mark.column, message: message) }
    }

    /// The texts of the plain scalars YAML reads as null.
    private static func isNull(_ text: String) -> Bool {
        guard text.utf8.count <= 4 else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
