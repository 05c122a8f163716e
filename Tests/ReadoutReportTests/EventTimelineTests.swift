@testable import ReadoutReport
import Temporal
import Testing

@Suite struct EventTimelineTests {
    @Test func theEventItsParentAndTheSourcesThatReportIt() throws {
        let timelines = EventTimeline.all(ReportData(try Fixtures.hostileValidation()))
        #expect(timelines.map(\.event.key) == ["e-2024-03-summit", "e-2024-04-02-test-call"])
        let call = try #require(timelines.last)
        #expect(call.rows.map(\.kind) == [.event, .related, .publication, .publication])
        #expect(call.rows[1].label == "A summit")
        #expect(call.rows[1].detail.contains("the event this one is part of"))
        let stated = call.rows[2], inferred = call.rows[3]
        #expect(stated.label == "sources s900" && !stated.inferred && stated.from == stated.to)
        #expect(inferred.label == "sources s901" && inferred.inferred)
        #expect(inferred.from == CalendarDate(iso: "2024-04-02") && inferred.to == CalendarDate(iso: "2024-04-05"))
    }

    @Test func findingsAreCountedOnTheRowOfTheirSource() throws {
        let call = try #require(EventTimeline.all(ReportData(try Fixtures.hostileValidation())).last)
        // s900's statement: attribution.vague and the conflict; s901's: attribution.missing and the same conflict.
        #expect(call.rows[2].marks.map(\.text) == ["2 warnings"])
        #expect(call.rows[3].marks.map(\.text) == ["2 warnings"])
        #expect(call.rows[0].marks.isEmpty)
        #expect(call.findings.count == 3)
    }

    @Test func theTimelineIsAnImageWithATitleAndADescription() throws {
        let call = try #require(EventTimeline.all(ReportData(try Fixtures.hostileValidation())).last)
        let svg = TimelineSVG.render(call, id: "t").html
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title id=\"t-title\">Timeline of &lt;script&gt;"))
        #expect(svg.contains("<desc id=\"t-desc\">"))
        #expect(svg.contains("findings: 2 warnings"))
    }
}
