/// Finds the first line with bytes that are not UTF-8, for messages about text files.
public enum UTF8Check {
    public static func firstInvalidLine(_ bytes: ArraySlice<UInt8>) -> Int? {
        // The standard library validates quickly; the line is searched only when that fails.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }
}
