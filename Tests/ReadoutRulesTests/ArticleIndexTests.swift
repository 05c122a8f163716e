import Foundation
import ReadoutModel
@testable import ReadoutRules
import Testing

struct ArticleIndexTests {
    /// Every start of `needle` in `text`, found the obvious way.
    private func naive(_ needle: [UInt8], _ text: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        return (0...(text.count - needle.count)).filter { Array(text[$0..<$0 + needle.count]) == needle }
    }

    @Test func findsWhatAScanFinds() {
        // A small alphabet makes repeats, overlaps and hash collisions common.
        // READOUT_TEST_SEED=N replays a failing run with another seed.
        let seed = UInt64(ProcessInfo.processInfo.environment["READOUT_TEST_SEED"] ?? "") ?? 20_261_201
        print("ArticleIndexTests.findsWhatAScanFinds: seed \(seed)")
        var generator = SeededRandom(seed: seed)
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...3000, using: &generator)).map { _ in UInt8.random(in: 97...100, using: &generator) }
            let index = ArticleIndex(folded: text)
            for _ in 0..<20 {
                let length = Int.random(in: 1...12, using: &generator)
                let needle: [UInt8]
                if text.count > length, Bool.random(using: &generator) {
                    let start = Int.random(in: 0...(text.count - length), using: &generator)
                    needle = Array(text[start..<start + length])
                } else {
                    needle = (0..<length).map { _ in UInt8.random(in: 97...100, using: &generator) }
                }
                #expect(index.occurrences(of: needle) == naive(needle, text), "seed \(seed)")
            }
        }
    }

    @Test func overlappingAndEdgeOccurrences() {
        let index = ArticleIndex(folded: Array("aaaaaa red line aaaaaa".utf8))
        #expect(index.occurrences(of: Array("aaaa".utf8)) == [0, 1, 2, 16, 17, 18])
        #expect(index.occurrences(of: Array("red line".utf8)) == [7])
        #expect(index.occurrences(of: Array("blue".utf8)).isEmpty)
        #expect(index.occurrences(of: []).isEmpty)
        #expect(ArticleIndex(folded: []).occurrences(of: Array("a".utf8)).isEmpty)
    }
}
