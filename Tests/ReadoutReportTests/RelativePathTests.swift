@testable import ReadoutReport
import Testing

@Suite struct RelativePathTests {
    @Test func leadsBackFromTheReportFolderToWhereReadoutRan() {
        #expect(RelativePath.prefix(from: "exports/report", base: "/home/user/repo") == "../../")
        #expect(RelativePath.prefix(from: "./exports/../out", base: "/home/user/repo") == "../")
        #expect(RelativePath.prefix(from: "/home/user/repo/exports/report", base: "/home/user/repo") == "../../")
        #expect(RelativePath.prefix(from: ".", base: "/home/user/repo") == "")
    }

    @Test func crossesToASiblingFolder() {
        #expect(RelativePath.prefix(from: "/tmp/out", base: "/home/user/repo") == "../../home/user/repo/")
    }
}
