import Testing
import Temporal

struct DateSpanTests {
    @Test func ordersReversedBounds() {
        let reversed = DateSpan(from: date("2024-04-05"), to: date("2024-04-02"))
        #expect(reversed.from == date("2024-04-02") && reversed.to == date("2024-04-05"))
    }

    @Test func parsesDaysAndIntervals() {
        #expect(DateSpan(iso: "2024-04-02") == DateSpan(day: date("2024-04-02")))
        #expect(DateSpan(iso: "2024-04-02..2024-04-05")?.dayCount == 4)
        #expect(DateSpan(iso: "2024-04-05..2024-04-02") == nil)
        #expect(DateSpan(iso: "2024-04-02..") == nil)
        #expect(DateSpan(iso: "2024-04-02/2024-04-05") == nil)
    }

    @Test func countsAndListsDays() {
        let leapFebruary = span("2024-02-28..2024-03-01")
        #expect(leapFebruary.dayCount == 3)
        #expect(leapFebruary.days == [date("2024-02-28"), date("2024-02-29"), date("2024-03-01")])
        #expect(span("2024-02-28").isSingleDay)
        #expect(!leapFebruary.isSingleDay)
    }

    @Test func containment() {
        let april = span("2024-04-01..2024-04-30")
        #expect(april.contains(date("2024-04-01")))
        #expect(april.contains(date("2024-04-30")))
        #expect(!april.contains(date("2024-05-01")))
        #expect(april.contains(span("2024-04-02..2024-04-05")))
        #expect(!april.contains(span("2024-04-29..2024-05-02")))
    }

    @Test func overlapIntersectionAndHull() {
        let a = span("2024-04-01..2024-04-10"), b = span("2024-04-10..2024-04-20"), c = span("2024-04-11..2024-04-12")
        #expect(a.overlaps(b))
        #expect(!a.overlaps(c))
        #expect(a.intersection(b) == span("2024-04-10"))
        #expect(a.intersection(c) == nil)
        #expect(a.hull(c) == span("2024-04-01..2024-04-12"))
    }

    @Test func describesOneDayWithoutRange() {
        #expect(span("2024-04-02").description == "2024-04-02")
        #expect(span("2024-03-01..2024-03-31").description == "2024-03-01..2024-03-31")
    }
}
