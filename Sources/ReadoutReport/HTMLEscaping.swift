/// The report's one escaping function: every string from the data reaches the page through it, as
/// text or as an attribute value, so an article quote with `<script>` in it shows as text.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                // NUL and other control characters are parse errors in HTML: show them as U+FFFD.
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
