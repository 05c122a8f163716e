/// How the export is written; the defaults are what `make validate` checks the committed exports against.
public struct ExportOptions: Sendable, Equatable {
    /// Prefix `'` to text cells that a spreadsheet would run as a formula (OWASP CSV injection).
    public var formulaGuard = true
    /// Start each CSV with a UTF-8 byte order mark, for Excel.
    public var byteOrderMark = false

    public init(formulaGuard: Bool = true, byteOrderMark: Bool = false) {
        self.formulaGuard = formulaGuard
        self.byteOrderMark = byteOrderMark
    }
}
