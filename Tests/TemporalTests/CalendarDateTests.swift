import Testing
import Temporal

struct CalendarDateTests {
    @Test func parsesOnlyStrictISO() {
        #expect(CalendarDate(iso: "2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2024-4-02") == nil)
        #expect(CalendarDate(iso: "2024-04-02T00:00") == nil)
        // Exactly ASCII digits in YYYY-MM-DD: no signs, spaces, other digits or separators.
        for text in ["+024-04-02", "2024-04-0 ", "２０２４-04-02", "2024/04/02", "2024-0402-", "0000-01-01", "2024-13-01", ""] {
            #expect(CalendarDate(iso: text) == nil, "\(text)")
        }
        #expect(CalendarDate(iso: "9999-12-31").map { [$0.year, $0.month, $0.day] } == [9999, 12, 31])
    }

    @Test func roundTripsDayNumbers() {
        #expect(date("1970-01-01").dayNumber == 0)
        #expect(date("1969-12-31").dayNumber == -1)
        #expect(CalendarDate(dayNumber: date("2024-02-29").dayNumber) == date("2024-02-29"))
    }

    @Test(arguments: [
        ("2024-04-02", Weekday.tuesday), ("2024-04-07", .sunday), ("1970-01-01", .thursday), ("1969-12-29", .monday),
    ])
    func weekday(_ iso: String, _ expected: Weekday) {
        #expect(date(iso).weekday == expected)
    }

    @Test func leapDayPlusOneYearClampsToFebruary28() {
        #expect(date("2024-02-29").adding(years: 1) == date("2025-02-28"))
        #expect(date("2024-02-29").adding(years: -1) == date("2023-02-28"))
        #expect(date("2024-02-29").adding(years: 4) == date("2028-02-29"))
    }

    @Test func addingMonthsClampsAndCrossesYears() {
        #expect(date("2024-01-31").adding(months: 1) == date("2024-02-29"))
        #expect(date("2023-12-15").adding(months: 1) == date("2024-01-15"))
        #expect(date("2024-01-02").adding(months: -1) == date("2023-12-02"))
        #expect(date("2024-03-31").adding(days: -31) == date("2024-02-29"))
    }

    @Test func periodBounds() {
        #expect(date("2024-02-10").firstOfMonth == date("2024-02-01"))
        #expect(date("2024-02-10").lastOfMonth == date("2024-02-29"))
        #expect(date("2024-04-02").firstOfYear == date("2024-01-01"))
        #expect(date("2024-04-02").lastOfYear == date("2024-12-31"))
        #expect(date("2024-04-07").startOfWeek == date("2024-04-01"))
        #expect(date("2024-04-01").endOfWeek == date("2024-04-07"))
    }

    @Test(arguments: [
        ("2024-04-02", 2024, 14), ("2024-12-30", 2025, 1), ("2021-01-03", 2020, 53), ("2023-01-01", 2022, 52),
        ("2026-01-01", 2026, 1),
    ])
    func isoWeek(_ iso: String, _ year: Int, _ week: Int) {
        let result = date(iso).isoWeek
        #expect(result.year == year && result.week == week)
    }

    @Test func weekdayNames() {
        #expect(Weekday(name: "TUESDAY") == .tuesday)
        #expect(Weekday(name: "tues") == nil)
        #expect(date("2024-04-02") < date("2024-04-03"))
        #expect(date("2024-04-02").description == "2024-04-02")
    }
}
