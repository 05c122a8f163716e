import Foundation
import ReadoutModel

/// A resource's declared `encoding`, and its text turned into UTF-8 for the readers.
///
/// UTF-8 is the default (a BOM is left for the reader to strip); UTF-16 (with a BOM, or big-endian
/// without one, as RFC 2781 says), ASCII, ISO-8859-1 and windows-1252 are decoded; any other name is
/// refused. Bytes that are not in the encoding stop the read at their line: the text cannot be split into rows.
enum TextEncoding: Sendable, Equatable {
    case utf8, utf16, utf16LittleEndian, utf16BigEndian, ascii, latin1, windows1252

    init(declared: String?, file: String) throws(InputError) {
        guard let declared else {
            self = .utf8
            return
        }
        switch declared.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16": self = .utf16
        case "utf-16le": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        case "ascii", "us-ascii": self = .ascii
        case "iso-8859-1", "latin-1", "latin1", "iso8859-1": self = .latin1
        case "windows-1252", "cp1252": self = .windows1252
        default:
            throw InputError(file: file, message: "encoding '\(declared)' is not read by readout (it reads utf-8, utf-16, utf-16le, utf-16be, us-ascii, iso-8859-1 and windows-1252)")
        }
    }

    /// The text as UTF-8 bytes.
    func utf8(_ bytes: [UInt8], file: String) throws(InputError) -> [UInt8] {
        switch self {
        case .utf8:
            return bytes
        case .utf16, .utf16LittleEndian, .utf16BigEndian:
            return try Self.utf16(bytes, self, file: file)
        case .ascii:
            if let bad = bytes.firstIndex(where: { $0 >= 0x80 }) { throw Self.notIn("US-ASCII", bytes, bad, file) }
            return bytes
        case .latin1:
            // Every byte is a character of ISO-8859-1: the code point of the same number.
            return Array(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })).utf8)
        case .windows1252:
            // Five bytes are undefined in windows-1252.
            if let bad = bytes.firstIndex(where: { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }) {
                throw Self.notIn("windows-1252", bytes, bad, file)
            }
            guard let text = String(bytes: bytes, encoding: .windowsCP1252) else {
                throw InputError(file: file, message: "the file is not windows-1252 text")
            }
            return Array(text.utf8)
        }
    }

    private static func notIn(_ name: String, _ bytes: [UInt8], _ offset: Int, _ file: String) -> InputError {
        let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return InputError(file: file, line: line, message: "the file is not valid \(name): byte 0x\(String(bytes[offset], radix: 16, uppercase: true))")
    }

    private static func utf16(_ bytes: [UInt8], _ encoding: TextEncoding, file: String) throws(InputError) -> [UInt8] {
        var body = bytes[...]
        var littleEndian = encoding == .utf16LittleEndian
        if encoding == .utf16 {
            if body.starts(with: [0xFF, 0xFE]) {
                littleEndian = true
                body = body.dropFirst(2)
            } else if body.starts(with: [0xFE, 0xFF]) {
                body = body.dropFirst(2)
            }
        }
        guard body.count % 2 == 0 else { throw InputError(file: file, message: "the file is not valid UTF-16: an odd number of bytes") }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\n" { line += 1 }
                UTF8.encode(scalar) { output.append($0) }
            case .emptyInput:
                return output
            case .error:
                throw InputError(file: file, line: line, message: "the file is not valid UTF-16")
            }
        }
    }
}
