/// A run of whole rows of a CSV text, to be parsed by a reader of its own.
public struct CSVPart: Sendable, Equatable {
    /// Byte offsets into the text.
    public let range: Range<Int>
    /// The physical line and the row number (among all rows, the header included) the part starts with.
    public let firstLine: Int
    public let firstRecord: Int
}

/// Cuts a large CSV text into runs of whole rows, so that the runs can be parsed on several cores.
///
/// A line break ends a row when the quotes before it are balanced: RFC 4180 doubles a quote inside
/// a quoted field, so every quote toggles "inside a quoted field". That holds for well-formed CSV
/// only: a caller checks that each part gave the rows predicted here, and reads the text in one
/// piece otherwise (which also reports any malformed quoting exactly as a one-piece read does).
public enum CSVSplitter {
    public static func split(_ input: [UInt8], from start: Int, firstLine: Int, firstRecord: Int,
                             parts: Int) -> [CSVPart] {
        let length = input.count - start
        guard parts > 1, length > 0 else {
            return [CSVPart(range: start..<input.count, firstLine: firstLine, firstRecord: firstRecord)]
        }
        return input.withUnsafeBufferPointer { bytes in
            var cuts: [CSVPart] = []
            var partStart = start, partLine = firstLine, partRecord = firstRecord
            var line = firstLine, record = firstRecord
            var quoted = false, lineHasContent = false
            var target = start + length / parts
            var position = start
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == 0x22 {
                    quoted.toggle()
                    lineHasContent = true
                } else if byte == 0x0A {
                    line += 1
                    guard !quoted else { continue }
                    // An empty line (or a lone CR) is no row: libcsv skips it.
                    if lineHasContent { record += 1 }
                    lineHasContent = false
                    if position >= target, position < bytes.count {
                        cuts.append(CSVPart(range: partStart..<position, firstLine: partLine, firstRecord: partRecord))
                        partStart = position
                        partLine = line
                        partRecord = record
                        target = position + length / parts
                    }
                } else if byte != 0x0D {
                    lineHasContent = true
                }
            }
            cuts.append(CSVPart(range: partStart..<bytes.count, firstLine: partLine, firstRecord: partRecord))
            return cuts
        }
    }
}
