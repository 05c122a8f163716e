/// How the page links out of itself.
public struct ReportOptions: Sendable, Equatable {
    /// Put before a data file's path (relative to where readout ran) to link to it from the page:
    /// `../../` for a page in `exports/report/`.
    public var dataLinkPrefix: String

    public init(dataLinkPrefix: String = "../../") {
        self.dataLinkPrefix = dataLinkPrefix
    }
}
