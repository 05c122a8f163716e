import CSVCodec
import Testing

@Suite struct FormulaGuardTests {
    @Test(arguments: ["=SUM(A1)", "+1", "-x", "@a", "\tx", "\rx", "\nx", "'=x", "''+x", "'plain", "plain", "", "'", "a=b", "-"])
    func guardIsUndoneExactly(text: String) {
        #expect(FormulaGuard.unguarded(FormulaGuard.guarded(text)) == text)
    }

    @Test func guardsTriggersOnly() {
        #expect(FormulaGuard.guarded("=1+1") == "'=1+1")
        #expect(FormulaGuard.guarded("'=1") == "''=1")
        #expect(FormulaGuard.guarded("x=1") == "x=1")
        #expect(FormulaGuard.guarded("'quoted'") == "'quoted'")
    }

    /// Triggers are Characters: a mark that combines with `=` makes another Character, which is no trigger,
    /// while nothing combines with a control character but LF with CR.
    @Test(arguments: [
        ("=\u{301}x", false), ("'=\u{301}", false), ("@\u{200D}", false), ("+é", true), ("-€", true),
        ("\r\nx", true), ("'\r\n", true), ("\n\u{301}", true), ("\t\u{301}", true),
        ("'\u{301}=", false), ("''=", true), ("-", true), ("''", false), ("é=", false), ("=", true),
    ])
    func guardsTriggerCharactersOnly(text: String, guarded: Bool) {
        #expect(FormulaGuard.guarded(text) == (guarded ? "'" + text : text))
        #expect(FormulaGuard.unguarded(FormulaGuard.guarded(text)) == text)
    }
}
