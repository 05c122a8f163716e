import CLibCSV

/// Writes RFC 4180 CSV into a byte buffer: fields quoted by libcsv, rows ended by CRLF.
///
/// A nil field is written as an empty, unquoted cell and an empty string as `""`,
/// so a reader that asks libcsv for `CSV_EMPTY_IS_NULL` can tell them apart.
public struct CSVWriter: Sendable {
    /// The CSV written so far, then zeroed room that libcsv quotes the next field into in place.
    private var buffer: [UInt8] = []
    private var count = 0
    private var atRowStart = true

    /// With `byteOrderMark`, the output starts with a UTF-8 BOM (for Excel).
    /// `capacity`: the bytes expected, so a big table's buffer seldom has to grow.
    public init(byteOrderMark: Bool = false, capacity: Int = 0) {
        buffer.reserveCapacity(capacity)
        guard byteOrderMark else { return }
        for byte: UInt8 in [0xEF, 0xBB, 0xBF] { append(byte: byte) }
    }

    /// The CSV written so far.
    public var bytes: [UInt8] { Array(buffer[..<count]) }

    /// The CSV, without the copy `bytes` makes.
    public consuming func finish() -> [UInt8] {
        buffer.removeSubrange(count...)
        return buffer
    }

    /// The bytes written since the start or the last `drain`.
    public var byteCount: Int { count }

    /// Hands the CSV written since the last drain to `consume` and empties the writer, keeping its
    /// buffer, so a big table goes out in chunks; returns what `consume` returned.
    public mutating func drain(_ consume: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        let result = buffer.withUnsafeBytes { consume(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        count = 0
        return result
    }

    public mutating func writeRow(_ fields: [String?]) {
        for field in fields { write(field) }
        endRow()
    }

    /// Adds a field to the current row.
    public mutating func write(_ field: String?) {
        if !atRowStart { append(byte: UInt8(ascii: ",")) }
        atRowStart = false
        guard var field else { return }
        field.withUTF8 { append(quoting: $0) }
    }

    public mutating func endRow() {
        append(byte: 0x0D)
        append(byte: 0x0A)
        atRowStart = true
    }

    private mutating func append(byte: UInt8) {
        makeRoom(1)
        buffer[count] = byte
        count += 1
    }

    private mutating func append(quoting field: UnsafeBufferPointer<UInt8>) {
        // Worst case: every byte a quote, doubled, plus the two enclosing quotes.
        let room = field.count * 2 + 2
        makeRoom(room)
        let quote = UInt8(ascii: "\"")
        let start = count
        count += buffer.withUnsafeMutableBufferPointer { destination in
            let target = destination.baseAddress.map { $0 + start }
            // libcsv writes nothing for a NULL source, and an empty string's may be NULL: point it
            // at any byte (it reads none) so an empty string still comes out as "".
            guard let source = field.baseAddress else {
                return withUnsafeBytes(of: quote) { csv_write2(target, room, $0.baseAddress, 0, quote) }
            }
            return csv_write2(target, room, source, field.count, quote)
        }
    }

    /// Zeroed bytes after `count`, growing the buffer at least twofold so appends stay amortized O(1).
    private mutating func makeRoom(_ needed: Int) {
        let missing = count + needed - buffer.count
        guard missing > 0 else { return }
        // An array of zeros appends by memset and memcpy; repeatElement would go byte by byte.
        buffer.append(contentsOf: [UInt8](repeating: 0, count: max(missing, buffer.count)))
    }
}
