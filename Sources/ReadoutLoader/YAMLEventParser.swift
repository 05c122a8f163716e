import CLibYAML
import ReadoutModel

/// A line and column in a YAML text, both from 1 (libyaml counts from 0, in characters).
struct YAMLMark: Equatable {
    var line: Int
    var column: Int

    init(_ mark: yaml_mark_t) {
        line = mark.line + 1
        column = mark.column + 1
    }
}

/// libyaml's parser over a UTF-8 buffer, one event at a time: the current event is read in place,
/// and only the texts a reader asks for become Swift strings.
final class YAMLEventParser {
    // libyaml's parser points into itself, so it lives at one address.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private var holdsEvent = false
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String

    /// `bytes` must outlive the parser; `file` names the text in messages.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw InputError(file: file, message: "invalid YAML")
        }
        self.parser = parser
        self.bytes = bytes
        self.file = file
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// Moves to the next event and returns its type.
    @discardableResult
    func next() throws(InputError) -> yaml_event_type_t {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, event) == 1 else { throw parserError() }
        holdsEvent = true
        return event.pointee.type
    }

    var mark: YAMLMark { YAMLMark(event.pointee.start_mark) }

    /// The current scalar's text (it may hold NUL characters, so its length is libyaml's, not C's).
    var scalarText: String {
        let scalar = event.pointee.data.scalar
        return String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
    }

    /// Only plain scalars can be null (`~`, `null`, nothing); quoted ones are text.
    var scalarIsPlain: Bool { event.pointee.data.scalar.style == YAML_PLAIN_SCALAR_STYLE }

    var scalarAnchor: String? { Self.text(event.pointee.data.scalar.anchor) }
    var aliasAnchor: String? { Self.text(event.pointee.data.alias.anchor) }
    var sequenceAnchor: String? { Self.text(event.pointee.data.sequence_start.anchor) }
    var mappingAnchor: String? { Self.text(event.pointee.data.mapping_start.anchor) }

    /// The tag a scalar's identity carries, nil for a string (no tag, `!`, or quoted).
    var scalarTag: String? { Self.specificTag(event.pointee.data.scalar.tag) }
    var sequenceTag: String? { Self.specificTag(event.pointee.data.sequence_start.tag) }
    var mappingTag: String? { Self.specificTag(event.pointee.data.mapping_start.tag) }

    /// A tag that is neither absent, empty nor the non-specific `!`, which all resolve to the node
    /// kind's default.
    private static func specificTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag = text(pointer), tag != "!", !tag.isEmpty else { return nil }
        return tag
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// An error of the composer (an undefined alias, a second document) at `mark`.
    func composerError(_ detail: String, at mark: YAMLMark) -> InputError {
        InputError(file: file, line: mark.line, column: mark.column, message: "invalid YAML: " + detail)
    }

    private func parserError() -> InputError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "libyaml gave no reason"
        switch state.error {
        case YAML_READER_ERROR:
            let offset = min(state.problem_offset, bytes.count)
            let line = bytes[..<offset].count { $0 == 0x0A } + 1
            return InputError(file: file, line: line, message: "unreadable YAML: " + problem)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let context = state.context.map { String(cString: $0) }
            let detail = [context, problem].compactMap { $0 }.joined(separator: ": ")
            let mark = YAMLMark(state.problem_mark)
            return InputError(file: file, line: mark.line, column: mark.column, message: "invalid YAML: " + detail)
        default:
            return InputError(file: file, message: "invalid YAML")
        }
    }
}
