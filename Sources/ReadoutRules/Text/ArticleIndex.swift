/// An article's whitespace-folded UTF-8 with an index of its four-byte windows, so that each of the
/// many evidence spans of one article is found by checking the few places where its first four bytes
/// occur, rather than by scanning the whole article once per span.
struct ArticleIndex {
    let bytes: [UInt8]
    /// Per hash bucket: the last position whose window hashes there, or -1.
    private let heads: [Int32]
    /// Per position: the previous position whose window hashes to the same bucket, or -1.
    private let previous: [Int32]
    private let mask: Int

    static let windowLength = 4

    init(folded bytes: [UInt8]) {
        self.bytes = bytes
        let windows = max(bytes.count - ArticleIndex.windowLength + 1, 0)
        var buckets = 1024
        while buckets < windows { buckets <<= 1 }
        mask = buckets - 1
        var heads = [Int32](repeating: -1, count: buckets)
        var previous = [Int32](repeating: -1, count: windows)
        bytes.withUnsafeBufferPointer { text in
            for position in 0..<windows {
                let bucket = ArticleIndex.hash(text, at: position) & (buckets - 1)
                previous[position] = heads[bucket]
                heads[bucket] = Int32(position)
            }
        }
        self.heads = heads
        self.previous = previous
    }

    /// Start offsets of every occurrence of `needle`, overlaps included, in increasing order.
    func occurrences(of needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
        return bytes.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { pattern in
                guard pattern.count >= ArticleIndex.windowLength else {
                    // Too short for a window: a plain scan.
                    return (0...(text.count - pattern.count)).filter { start in
                        (0..<pattern.count).allSatisfy { text[start + $0] == pattern[$0] }
                    }
                }
                var starts: [Int] = []
                var candidate = Int(heads[ArticleIndex.hash(pattern, at: 0) & mask])
                while candidate >= 0 {
                    if candidate + pattern.count <= text.count,
                       (0..<pattern.count).allSatisfy({ text[candidate + $0] == pattern[$0] }) {
                        starts.append(candidate)
                    }
                    candidate = Int(previous[candidate])
                }
                return starts.reversed()
            }
        }
    }

    private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, at position: Int) -> Int {
        let window = UInt32(buffer[position]) | UInt32(buffer[position + 1]) << 8
            | UInt32(buffer[position + 2]) << 16 | UInt32(buffer[position + 3]) << 24
        // Fibonacci hashing spreads the windows of text, which share many bits, over the buckets.
        return Int(truncatingIfNeeded: (UInt64(window) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}
