import ReadoutModel
import Testing

@Suite struct RecordIDTests {
    /// Table names that are prefixes of one another, keys that are prefixes, non-ASCII text.
    static let ids = [
        ("events", "e-2"), ("events", "e-10"), ("event", "z"), ("events", ""), ("statements", "s001-q01"),
        ("statements", "s001-q01a"), ("événements", "a"), ("actors", "xi"), ("actors", "Xi"), ("actors", "习"),
    ].map { RecordID(table: $0.0, key: $0.1) }

    @Test func sortsAsTheJoinedStringsItReplaced() {
        let joined = Self.ids.map { $0.table + "\u{0}" + $0.key }
        #expect(Self.ids.sorted().map { $0.table + "\u{0}" + $0.key } == joined.sorted())
    }

    /// Joined text could not tell ("a\0b", "c") from ("a", "b\0c"); the parts can.
    @Test func aKeyHoldingNULIsStillItsOwnRecord() {
        #expect(Set([RecordID(table: "a", key: "b\u{0}c"), RecordID(table: "a\u{0}b", key: "c")]).count == 2)
    }

    @Test func aReferenceToNoTableHasNoID() {
        #expect(RecordReference(table: nil, key: "file", location: nil).id == nil)
        #expect(RecordReference(table: "events", key: "e1", location: nil).id == RecordID(table: "events", key: "e1"))
    }

    @Test func findingsNameTheRecordPlayingEachRole() {
        let first = RecordReference(table: "statements", key: "q1", location: nil, role: .firstAccount)
        let second = RecordReference(table: "statements", key: "q2", location: nil, role: .secondAccount)
        let finding = Finding(ruleID: "conflict.quote", severity: .warning, message: "m", subject: second, related: [first],
                              diff: WordDiff(parts: [.common("a"), .only(.first, ["firm"]), .only(.second, ["clear"])]))
        #expect(finding.record(playing: .firstAccount) == first)
        #expect(finding.record(playing: .secondAccount) == second)
        #expect(finding.record(playing: .earlier) == nil)
        #expect(finding.diff == "a [-firm-] {+clear+}")
    }
}
