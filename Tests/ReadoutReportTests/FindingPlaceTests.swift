@testable import ReadoutReport
import ReadoutModel
import Testing

@Suite struct FindingPlaceTests {
    @Test func linksTheDataFileAndShowsFileColonLine() {
        let location = SourceLocation(file: "data/sources/s001.yaml", line: 225, column: 11)
        #expect(FindingPlace.markup(location, options: ReportOptions()).html
            == "<a href=\"../../data/sources/s001.yaml\" class=\"place\">data/sources/s001.yaml:225</a>")
    }

    @Test func oddFileNamesArePercentEncodedAndAbsoluteOnesBecomeFileURLs() {
        #expect(FindingPlace.href(file: "data/a b#\"c.yaml", prefix: "../") == "../data/a%20b%23%22c.yaml")
        #expect(FindingPlace.href(file: "/tmp/d/é.yaml", prefix: "../") == "file:///tmp/d/%C3%A9.yaml")
    }
}
