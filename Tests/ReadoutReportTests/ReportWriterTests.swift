import Foundation
import ReadoutReport
import Testing

@Suite struct ReportWriterTests {
    @Test func writesIndexHTMLAndLinksDataFilesFromTheFolder() throws {
        let folder = NSTemporaryDirectory() + "readout-report-out-" + UUID().uuidString + "/report"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let validation = try Fixtures.project()
        try ReportWriter.write(validation, to: folder)
        let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // Data paths here are absolute (the fixture names the data folder absolutely): file URLs.
        #expect(html.contains("href=\"file://\(Fixtures.root)/data/"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
