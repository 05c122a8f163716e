@testable import ReadoutReport
import Testing

@Suite struct RelativePathTests {
    @Test func leadsBackFromTheReportFolderToWhereReadoutRan() {
        #expect(RelativePath.prefix(from: "exports/report", base: "/work/repo") == "../../")
        #expect(RelativePath.prefix(from: "./exports/../out", base: "/work/repo") == "../")
        #expect(RelativePath.prefix(from: "/work/repo/exports/report", base: "/work/repo") == "../../")
        #expect(RelativePath.prefix(from: ".", base: "/work/repo") == "")
    }

    @Test func crossesToASiblingFolder() {
        #expect(RelativePath.prefix(from: "/tmp/out", base: "/work/repo") == "../../work/repo/")
    }
}
