import CLibCSV

/// Writes RFC 4180 CSV into a byte buffer: fields quoted by libcsv, rows ended by CRLF.
///
/// A nil field is written as an empty, unquoted cell and an empty string as `""`,
/// so a reader that asks libcsv for `CSV_EMPTY_IS_NULL` can tell them apart.
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var scratch: [UInt8] = []

    /// With `byteOrderMark`, the output starts with a UTF-8 BOM (for Excel).
    public init(byteOrderMark: Bool = false) {
        if byteOrderMark { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    public mutating func writeRow(_ fields: [String?]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            if let field { append(quoted: field) }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    private mutating func append(quoted field: String) {
        var utf8 = Array(field.utf8)
        // Worst case: every byte a quote, doubled, plus the two enclosing quotes.
        let capacity = utf8.count * 2 + 2
        if scratch.count < capacity { scratch = [UInt8](repeating: 0, count: capacity) }
        let written = utf8.withUnsafeMutableBytes { source in
            scratch.withUnsafeMutableBytes { destination in
                csv_write2(destination.baseAddress, capacity, source.baseAddress, source.count,
                           UInt8(ascii: "\""))
            }
        }
        bytes.append(contentsOf: scratch[0..<written])
        utf8.removeAll()
    }
}
