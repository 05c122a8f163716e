import Testing
import Temporal

struct GranularityTests {
    @Test(arguments: [
        (Granularity.day, "2024-04-02", "2024-04-02"), (.week, "2024-04-02", "2024-04-01..2024-04-07"),
        (.month, "2024-02-10", "2024-02-01..2024-02-29"), (.year, "2024-04-02", "2024-01-01..2024-12-31"),
        (.week, "2024-12-31", "2024-12-30..2025-01-05"),
    ])
    func unitContainingDate(_ granularity: Granularity, _ day: String, _ expected: String) {
        #expect(granularity.span(containing: date(day)).description == expected)
    }

    @Test(arguments: [
        (Granularity.day, "2024-04-02", "2024-04-02"), (.week, "2024-04-02", "2024-W14"),
        (.week, "2024-12-31", "2025-W01"), (.week, "2021-01-03", "2020-W53"), (.month, "2024-04-02", "2024-04"),
        (.year, "2024-04-02", "2024"),
    ])
    func timexValue(_ granularity: Granularity, _ day: String, _ expected: String) {
        #expect(granularity.timexValue(of: date(day)) == expected)
    }

    @Test func shiftsByUnits() {
        #expect(Granularity.week.shift(date("2024-04-02"), by: -2) == date("2024-03-19"))
        #expect(Granularity.month.shift(date("2024-03-31"), by: -1) == date("2024-02-29"))
        #expect(Granularity.year.shift(date("2024-02-29"), by: 1) == date("2025-02-28"))
    }

    @Test func ordersFineToCoarse() {
        #expect(Granularity.day < .week && Granularity.week < .month && Granularity.month < .year)
        #expect([Granularity.year, .day, .month].max() == .year)
    }
}
