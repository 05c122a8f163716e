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
/// piece otherwise (a stray quote or an unclosed one moves a cut off a row end, and the part before it
/// then ends inside a quoted field or holds another number of rows).
///
/// Every line end outside quotes ends a row: an empty line is a row of no cells (CSVRowReader keeps them).
public enum CSVSplitter {
    /// `quote`: the quote byte of the text as libcsv reads it (CSVDialect.quoteByte).
    public static func split(_ input: [UInt8], from start: Int, firstLine: Int, firstRecord: Int,
                             parts: Int, quote: UInt8 = 0x22) -> [CSVPart] {
        let length = input.count - start
        guard parts > 1, length > 0 else {
            return [CSVPart(range: start..<input.count, firstLine: firstLine, firstRecord: firstRecord)]
        }
        return input.withUnsafeBufferPointer { bytes in
            var cuts: [CSVPart] = []
            var partStart = start, partLine = firstLine, partRecord = firstRecord
            var line = firstLine, record = firstRecord
            var quoted = false
            var target = start + length / parts
            var position = start
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == quote {
                    quoted.toggle()
                } else if byte == 0x0A {
                    line += 1
                    guard !quoted else { continue }
                    record += 1
                    if position >= target, position < bytes.count {
                        cuts.append(CSVPart(range: partStart..<position, firstLine: partLine, firstRecord: partRecord))
                        partStart = position
                        partLine = line
                        partRecord = record
                        target = position + length / parts
                    }
                }
            }
            cuts.append(CSVPart(range: partStart..<bytes.count, firstLine: partLine, firstRecord: partRecord))
            return cuts
        }
    }
}
