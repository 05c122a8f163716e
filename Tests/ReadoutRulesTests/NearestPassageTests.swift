@testable import ReadoutRules
import Testing

struct NearestPassageTests {
    static let article = """
        Shadow Finance Minister Tomas Orr faced the Assembly yesterday.

        Opposition leader Aldo Vesk said the government would not cut harbour funding before the summer. \
        A senior Treasury official said the figures were still being checked.
        """

    private func nearest(_ span: String) -> NearestPassage? {
        NearestPassage.find(WhitespaceFolding.foldedUTF8(span), in: NearestPassage.Article(folded: WhitespaceFolding.foldedUTF8(Self.article)))
    }

    @Test func aChangedWordShowsAsReplaced() throws {
        let passage = try #require(nearest("Opposition leader Aldo Vesk argued"))
        #expect(passage.text == "Opposition leader Aldo Vesk said")
        #expect(passage.diff.text == "opposition leader aldo vesk [-argued-] {+said+}")
        #expect(passage.shared == 4 && passage.spanWords == 5)
    }

    @Test func aWordTheSpanLeftOutShowsAsAdded() throws {
        let passage = try #require(nearest("the government would cut harbour funding"))
        #expect(passage.text == "the government would not cut harbour funding")
        #expect(passage.diff.text == "the government would {+not+} cut harbour funding")
    }

    @Test func aWordTheSpanAddedShowsAsRemoved() throws {
        let passage = try #require(nearest("the figures were all still being checked"))
        #expect(passage.text == "the figures were still being checked.")
        #expect(passage.diff.text == "the figures were [-all-] still being checked")
    }

    @Test func theBestPassageWinsWhereverItIs() throws {
        // "said the" occurs twice; the words after it decide.
        let passage = try #require(nearest("official said the numbers were still being checked"))
        #expect(passage.text == "official said the figures were still being checked.")
    }

    @Test func aSpanSharingFewWordsHasNoNearestPassage() {
        #expect(nearest("The two leaders discussed Taiwan and trade") == nil)
        #expect(nearest("") == nil)
    }
}
