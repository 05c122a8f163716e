@testable import ReadoutRules
import Testing

/// What makes two wordings of one remark a conflict (conflict.paraphrase, conflict.self-contradiction).
@Suite struct MeaningChangeTests {
    @Test func theSameRemarkInOtherWordsCarriesNoMeaning() {
        // s000-q04 against s001-q10 in the bundled data: a backshifted modal and a capital for its country.
        #expect(MeaningChange.changes(
            "the United States will continue to take necessary actions to prevent advanced US technologies from being used to undermine our national security, without unduly limiting trade and investment",
            "Washington would continue to take measures to prevent advanced US technologies from being used to undermine national security").isEmpty)
        #expect(MeaningChange.changes("Beijing can respond", "China could respond").isEmpty)
    }

    @Test func oppositeVerbsAndDenials() {
        #expect(MeaningChange.changes("if the US insists on suppressing China's development",
                                      "if Washington continued to support China's development") == [.opposite])
        #expect(MeaningChange.opposes(Wording.words("to resolve rather than manage tensions"), Wording.words("to manage tensions")))
        #expect(MeaningChange.opposes(Wording.words("the US does not support independence"), Wording.words("the US supports independence")))
        // The same verb asserted on both sides, or the longest stem: de-escalate is not escalate's denial.
        #expect(!MeaningChange.opposes(Wording.words("to manage tensions"), Wording.words("managing tensions")))
        #expect(MeaningChange.terms(Wording.words("de-escalating")) == [MeaningChange.Term(stem: "de-escalat", asserted: true)])
    }

    @Test func negationNumbersNamesModalsAndConditions() {
        #expect(MeaningChange.changes("China will sit idly by", "China will not sit idly by") == [.negation])
        #expect(MeaningChange.changes("the talks lasted two hours", "the talks lasted three hours") == [.number])
        #expect(MeaningChange.changes("they met on Tuesday", "they met on Wednesday") == [.number])
        #expect(MeaningChange.changes("Biden told Xi", "Biden told Putin") == [.name])
        #expect(MeaningChange.changes("the US will act", "the US may act") == [.modal])
        #expect(MeaningChange.changes("China will act if the US sells arms", "China will act unless the US sells arms") == [.condition])
        // Leaving a number or a name out is a shorter paraphrase, not a change.
        #expect(MeaningChange.changes("the talks lasted two hours", "the talks lasted").isEmpty)
    }
}
