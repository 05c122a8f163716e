extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

extension StringProtocol {
    /// Trims spaces, tabs and line breaks at both ends: for reading settings and notes, never cell values
    /// (a validator checks values exactly as written).
    public func trimmingWhitespace() -> String {
        // Most text starts and ends with a visible ASCII character: nothing to trim, no grapheme walk.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return text
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
