@testable import ReadoutReport
import Temporal
import Testing

@Suite struct TimelineAxisTests {
    private func day(_ iso: String) -> Int {
        CalendarDate(iso: iso)?.dayNumber ?? 0
    }

    @Test func daysMapIntoThePixelRangeInOrder() throws {
        let axis = try #require(TimelineAxis(days: [day("2024-01-01"), day("2024-12-31")], left: 100, right: 500))
        let start = axis.x(day("2024-01-01")), end = axis.x(day("2024-12-31"))
        #expect(start > 100 && start < end && end < 500)
        #expect(TimelineAxis(days: [], left: 0, right: 1) == nil)
    }

    @Test func aYearIsTickedEveryOtherMonth() throws {
        let axis = try #require(TimelineAxis(days: [day("2024-01-01"), day("2024-12-31")], left: 0, right: 400))
        #expect(axis.ticks.map(\.label) == ["2024-01", "2024-03", "2024-05", "2024-07", "2024-09", "2024-11", "2025-01"])
    }

    @Test func aMonthIsTickedByWeeksOnMondays() throws {
        let axis = try #require(TimelineAxis(days: [day("2024-03-01"), day("2024-04-03")], left: 0, right: 400))
        let ticks = axis.ticks
        #expect(ticks.count <= 7)
        #expect(ticks.allSatisfy { CalendarDate(dayNumber: $0.day).weekday == .monday })
        #expect(ticks.first?.label.count == 10, "the first tick has its year")
        #expect(ticks.dropFirst().allSatisfy { $0.label.count == 5 })
    }

    @Test func aSingleDayStillHasASpan() throws {
        let axis = try #require(TimelineAxis(days: [day("2024-04-02")], left: 0, right: 400))
        #expect(axis.first < axis.last)
        #expect(axis.x(day("2024-04-02")) == 200)
    }
}
