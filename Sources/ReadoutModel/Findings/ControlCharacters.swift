/// Control characters: not text a researcher transcribes (`table.control-character` reports them in
/// data), and invisible or harmful where readout writes text for people.
public enum ControlCharacters {
    /// C0 but tab, line feed and carriage return; DEL; C1.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// Whether `text` may hold a control character: one scan of its bytes settles most text, which
    /// holds none (0xC2 leads the UTF-8 of every C1 control, so other non-ASCII text passes too).
    public static func mayHoldControl(_ text: String) -> Bool {
        func suspect(_ byte: UInt8) -> Bool {
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2
        }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: suspect) } ?? text.utf8.contains(where: suspect)
    }

    /// `text` with each control character written as a visible escape, `\u{0}`, `\u{1B}`, `\u{92}`:
    /// what a finding's message, notes and diff show of a value they quote, in every output.
    public static func shown(_ text: String) -> String {
        guard mayHoldControl(text) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                shown.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                shown.append(scalar)
            }
        }
        return String(shown)
    }
}
