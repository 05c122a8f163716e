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
}
