import Foundation
import ReadoutKit
import ReadoutModel
import ReadoutReport
import Testing

/// The page's structure, checked without a browser.
@Suite struct ReportPageTests {
    private func matches(_ pattern: String, in html: String) throws -> [[String]] {
        let expression = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let range = NSRange(html.startIndex..., in: html)
        return expression.matches(in: html, range: range).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: html).map { String(html[$0]) } ?? ""
            }
        }
    }

    @Test func oneSectionPerEvent() throws {
        let validation = try Fixtures.project()
        let html = ReportPage.render(validation)
        let events = try #require(validation.dataset.table(named: "events"))
        #expect(try matches("<section class=\"event\"", in: html).count == events.records.count)
        for record in events.records {
            #expect(html.contains("<dt>Id</dt><dd>\(events.key(of: record))</dd>"))
        }
        #expect(try matches("<svg [^>]*role=\"img\" aria-label=\"Timeline of [^\"]+\"", in: html).count == events.records.count)
    }

    @Test func everyOpenFindingIsPresentWithItsMessageAndPlace() throws {
        let validation = try Fixtures.project()
        let html = ReportPage.render(validation)
        let open = validation.findings.enumerated().filter { $0.element.review == nil }
        #expect(!open.isEmpty)
        for (position, finding) in open {
            let row = try matches("<tr id=\"finding-\(position + 1)\">(.*?)</tr>", in: html).first?[1] ?? ""
            #expect(row.contains(HTMLEscaping.escape(finding.message)), "finding \(position + 1)")
            #expect(row.contains("<td>open</td>"))
            if let location = finding.location { #expect(row.contains(">\(location.file):\(location.line)</a>")) }
        }
    }

    @Test func headingsGoInOrderFromOneH1() throws {
        for validation in [try Fixtures.project(), try Fixtures.hostileValidation()] {
            let levels = try matches("<h([1-6])[ >]", in: ReportPage.render(validation)).compactMap { Int($0[1]) }
            #expect(levels.first == 1)
            #expect(levels.count { $0 == 1 } == 1)
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "h\(previous) is followed by h\(next)")
            }
        }
    }

    @Test func aHostileStringRendersAsText() throws {
        let html = ReportPage.render(try Fixtures.hostileValidation())
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.contains("<b>Headline"))
        #expect(!html.contains("<i>officials"))
        #expect(html.contains(HTMLEscaping.escape(Fixtures.hostile)))
        #expect(html.contains("&lt;b&gt;Headline&lt;/b&gt; &amp; more"))
        #expect(html.contains("Xi &lt;img src=x onerror=alert(2)&gt;"))
    }

    @Test func theConflictShowsBothVersionsWithTheirOwnWordsMarked() throws {
        let html = ReportPage.render(try Fixtures.hostileValidation())
        #expect(html.contains("<del>uncrossable</del>"))
        #expect(html.contains("<ins>first</ins>"))
        #expect(try matches("<div class=\"side-by-side\"><section class=\"account\"", in: html).count == 1)
        let project = ReportPage.render(try Fixtures.project())
        #expect(project.contains("<blockquote><del>uncrossable</del> red line</blockquote>"))
        #expect(project.contains("<blockquote><ins>first</ins> red line <ins>not to be crossed</ins></blockquote>"))
    }

    @Test func tablesHaveCaptionsAndScopedHeaders() throws {
        let html = ReportPage.render(try Fixtures.project())
        let tables = try matches("<table[^>]*>(.*?)</table>", in: html)
        #expect(tables.count > 3)
        for table in tables {
            #expect(table[1].hasPrefix("<caption>"))
            #expect(try matches("<th(?![a-z])", in: table[1]).count == matches("<th scope=\"(col|row)\"", in: table[1]).count)
        }
    }

    @Test func thePageStandsAloneAndIsAccessibleByKeyboard() throws {
        let html = ReportPage.render(try Fixtures.project())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"))
        #expect(html.contains("<main id=\"main\""))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains(" src="))
        // The only URL is the SVG namespace, which is a name, not a fetch.
        let urls = Set(try matches("https?://[^\"]+", in: html).map { $0[0] })
        #expect(urls == ["http://www.w3.org/2000/svg"])
    }

    @Test func theSummaryCountsRecordsAndFindings() throws {
        let validation = try Fixtures.project()
        let html = ReportPage.render(validation)
        let statements = try #require(validation.dataset.table(named: "statements"))
        #expect(html.contains("<tr><th scope=\"row\">statements</th><td>\(statements.records.count)</td>"))
        let reviewed = validation.findings.count { $0.review != nil }
        let warnings = validation.findings.filter { $0.severity == .warning }
        #expect(html.contains("<tr><th scope=\"row\">warning</th><td>\(warnings.count { $0.review == nil })</td><td>\(reviewed)</td>"))
    }
}
