/// A record written as a YAML flow mapping (`- {id: x, name: y}`), edited value by value so that it keeps
/// its style: its braces, its line breaks, its quoting and comments, and the order of its fields.
struct YAMLFlowRecord {
    /// One `key: value` pair: where its key starts and where its value starts and ends (offsets in `text`).
    struct Entry {
        let name: String
        let start: Int
        let valueStart: Int
        let valueEnd: Int
    }

    private let text: [Character]
    private let open: Int
    private let entries: [Entry]

    /// `text` is the record's lines joined by line breaks; `open` the offset of its `{`. Nil when the
    /// mapping does not scan as one of scalar values (then the caller writes the record anew).
    init?(text: [Character], open: Int) {
        guard open < text.count, text[open] == "{", let entries = Self.scan(text, open: open) else { return nil }
        self.text = text
        self.open = open
        self.entries = entries
    }

    /// The record with each change applied: a value replaced (text), a pair removed (nil), or a pair
    /// added after the nearest field before it in `fieldOrder` that the record keeps.
    func applying(_ changes: [(name: String, text: String?)], fieldOrder: [String]) -> String {
        let change = Dictionary(changes.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
        let present = Set(entries.map(\.name))
        let keptNames = Set(entries.map(\.name).filter { change[$0].map { $0 != nil } ?? true })
        // Pairs to add, each after a kept field (nil: before the first).
        var additions: [String?: [String]] = [:]
        for name in fieldOrder where !present.contains(name) {
            guard let value = change[name], let value else { continue }
            let position = fieldOrder.firstIndex(of: name) ?? 0
            let after = fieldOrder[..<position].last(where: keptNames.contains)
            additions[after, default: []].append(name + ": " + value)
        }
        let body = entries.first?.start ?? open + 1
        let tail = entries.last?.valueEnd ?? open + 1
        // Each piece with the index of the original pair it keeps (nil: an added pair).
        var pieces: [(text: String, entry: Int?)] = (additions[nil] ?? []).map { ($0, nil) }
        for (index, entry) in entries.enumerated() where keptNames.contains(entry.name) {
            var piece = String(text[entry.start..<entry.valueStart])
            if let value = change[entry.name], let value {
                piece += (entry.valueStart == entry.valueEnd && text[entry.valueStart - 1] == ":" ? " " : "") + value
            } else {
                piece += String(text[entry.valueStart..<entry.valueEnd])
            }
            pieces.append((piece, index))
            pieces += (additions[entry.name] ?? []).map { ($0, nil) }
        }
        var result = String(text[..<body])
        for (position, piece) in pieces.enumerated() {
            result += piece.text
            guard position < pieces.count - 1 else { continue }
            // An original pair is followed by what followed it in the text (its comma, spaces, line break).
            if let index = piece.entry, index + 1 < entries.count {
                result += String(text[entries[index].valueEnd..<entries[index + 1].start])
            } else {
                result += ", "
            }
        }
        return result + String(text[tail...])
    }

    private static func scan(_ text: [Character], open: Int) -> [Entry]? {
        var entries: [Entry] = []
        var index = skipBlank(text, from: open + 1)
        while index < text.count, text[index] != "}" {
            let start = index
            guard let keyEnd = scalarEnd(text, from: start), keyEnd > start else { return nil }
            index = skipBlank(text, from: keyEnd)
            guard index < text.count, text[index] == ":" else { return nil }
            let valueStart = skipBlank(text, from: index + 1)
            guard let valueEnd = scalarEnd(text, from: valueStart) else { return nil }
            entries.append(Entry(name: unquoted(String(text[start..<keyEnd])), start: start, valueStart: valueStart, valueEnd: valueEnd))
            index = skipBlank(text, from: valueEnd)
            guard index < text.count else { return nil }
            if text[index] == "," { index = skipBlank(text, from: index + 1) } else if text[index] != "}" { return nil }
        }
        return index < text.count ? entries : nil
    }

    /// Past spaces, line breaks and comments.
    private static func skipBlank(_ text: [Character], from start: Int) -> Int {
        var index = start
        while index < text.count {
            // A CRLF file's line ends are one Character ("\r\n"): isNewline covers both.
            if text[index] == " " || text[index] == "\t" || text[index].isNewline {
                index += 1
            } else if text[index] == "#", index == 0 || text[index - 1].isWhitespace {
                while index < text.count, !text[index].isNewline { index += 1 }
            } else {
                break
            }
        }
        return index
    }

    /// Where the scalar starting at `start` ends (exclusive); nil when it does not end (or is a collection).
    private static func scalarEnd(_ text: [Character], from start: Int) -> Int? {
        guard start < text.count else { return nil }
        switch text[start] {
        case "\"":
            var index = start + 1
            while index < text.count {
                if text[index] == "\\" { index += 2 } else if text[index] == "\"" { return index + 1 } else { index += 1 }
            }
            return nil
        case "'":
            var index = start + 1
            while index < text.count {
                if text[index] == "'" {
                    if index + 1 < text.count, text[index + 1] == "'" { index += 2 } else { return index + 1 }
                } else {
                    index += 1
                }
            }
            return nil
        case "{", "[", "]", "&", "*", "!", "|", ">":
            return nil
        default:
            var index = start
            while index < text.count {
                let character = text[index]
                if ",{}[]".contains(character) { break }
                if character == ":", index + 1 >= text.count || text[index + 1].isWhitespace || ",{}[]".contains(text[index + 1]) { break }
                if character == "#", index > start, text[index - 1].isWhitespace { break }
                index += 1
            }
            while index > start, text[index - 1].isWhitespace { index -= 1 }
            return index
        }
    }

    private static func unquoted(_ key: String) -> String {
        guard key.count >= 2, let first = key.first, first == key.last, first == "\"" || first == "'" else { return key }
        return String(key.dropFirst().dropLast())
    }
}
