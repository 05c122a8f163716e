import Testing
import Temporal

/// One row: an expression resolved against an anchor, and the printed resolution expected.
struct ResolverCase: Sendable, CustomTestStringConvertible {
    let expression: String
    let anchor: String
    let tense: Tense
    let expected: String

    var testDescription: String { "\"\(expression)\" @\(anchor) \(tense) → \(expected)" }
}

private func past(_ expression: String, _ anchor: String, _ expected: String) -> ResolverCase {
    ResolverCase(expression: expression, anchor: anchor, tense: .past, expected: expected)
}

private func future(_ expression: String, _ anchor: String, _ expected: String) -> ResolverCase {
    ResolverCase(expression: expression, anchor: anchor, tense: .future, expected: expected)
}

// Calendar: 2024-04-02 Tue, 2024-04-07 Sun, 2024-01-02 Tue, 2025-11-24 Mon, 2024-02-29 Thu.
private let weekdayCases = [
    past("on Tuesday", "2024-04-02", "2024-04-02 (day)"),  // the anchor's own weekday is the anchor
    future("Tuesday", "2024-04-02", "2024-04-02 (day)"),
    past("Monday", "2024-04-02", "2024-04-01 (day)"),
    future("Monday", "2024-04-02", "2024-04-08 (day)"),
    past("last Tuesday", "2024-04-02", "2024-03-26 (day)"),
    past("next Wednesday", "2024-04-02", "2024-04-03 (day)"),
    future("next Tuesday", "2024-04-02", "2024-04-09 (day)"),
    future("this Friday", "2024-04-02", "2024-04-05 (day)"),
    past("this Friday", "2024-04-02", "2024-03-29 (day)"),
    past("Sunday", "2024-04-07", "2024-04-07 (day)"),
    future("Sunday", "2024-04-07", "2024-04-07 (day)"),
    past("on Saturday", "2024-04-07", "2024-04-06 (day)"),
    future("Monday", "2024-04-07", "2024-04-08 (day)"),
    past("Monday", "2024-04-07", "2024-04-01 (day)"),
    past("last Sunday", "2024-04-07", "2024-03-31 (day)"),
    past("Friday", "2024-01-02", "2023-12-29 (day)"),
    past("Friday night", "2024-04-02", "2024-03-29 (day)"),
    past("ON TUESDAY.", "2024-04-02..2024-04-05", "2024-04-02 (day)"),
    past("Thursday", "2024-04-02..2024-04-05", "2024-03-28..2024-04-04 (day)"),
    past("Tuesday, April 2", "2024-04-05", "2024-04-02 (day)"),
    past("Wednesday, April 2, 2024", "2024-04-05", "unresolved: 2024-04-02 is a tuesday, not a wednesday"),
    past("over the weekend", "2024-04-02", "2024-03-30..2024-03-31 (day)"),
    future("this weekend", "2024-04-02", "2024-04-06..2024-04-07 (day)"),
    past("last weekend", "2024-04-07", "2024-03-30..2024-03-31 (day)"),
]

private let relativeDayCases = [
    past("today", "2024-04-02", "2024-04-02 (day)"),
    past("Yesterday.", "2024-03-01", "2024-02-29 (day)"),
    future("tomorrow", "2023-12-31", "2024-01-01 (day)"),
    future("tonight", "2024-04-02", "2024-04-02 (day)"),
    past("last night", "2024-01-01", "2023-12-31 (day)"),
    past("yesterday", "2024-04-02..2024-04-05", "2024-04-01..2024-04-04 (day)"),
]

private let periodCases = [
    past("last week", "2024-01-02", "2023-12-25..2023-12-31 (week)"),
    past("this week", "2024-04-07", "2024-04-01..2024-04-07 (week)"),
    future("next week", "2024-04-07", "2024-04-08..2024-04-14 (week)"),
    future("next month", "2023-12-15", "2024-01-01..2024-01-31 (month)"),
    past("last month", "2024-03-31", "2024-02-01..2024-02-29 (month)"),
    past("last year", "2024-01-02", "2023-01-01..2023-12-31 (year)"),
    past("earlier this year", "2024-04-02", "2024-01-01..2024-04-02 (year)"),
    future("later this month", "2024-04-02", "2024-04-02..2024-04-30 (month)"),
    past("earlier this week", "2024-04-04", "2024-04-01..2024-04-04 (week)"),
    past("in recent weeks", "2024-04-02", "2024-02-06..2024-04-02 (week)"),
    past("in recent days", "2024-04-02", "2024-03-19..2024-04-02 (day)"),
    future("in the coming weeks", "2024-04-02", "2024-04-02..2024-05-28 (week)"),
    future("in the coming months", "2024-04-02", "2024-04-02..2024-10-02 (month)"),
    future("in the months ahead", "2024-04-02", "2024-04-02..2024-10-02 (month)"),
]

private let monthCases = [
    past("in December", "2024-01-02", "2023-12-01..2023-12-31 (month)"),
    future("in December", "2024-01-02", "2024-12-01..2024-12-31 (month)"),
    past("in January", "2024-01-02", "2024-01-01..2024-01-31 (month)"),
    future("in February", "2024-04-02", "2025-02-01..2025-02-28 (month)"),
    past("back in March", "2024-04-02", "2024-03-01..2024-03-31 (month)"),
    past("in November 2022", "2024-04-02", "2022-11-01..2022-11-30 (month)"),
    past("November 24", "2025-11-24", "2025-11-24 (day)"),
    past("November 25", "2025-11-24", "2024-11-25 (day)"),
    past("Sep. 9", "2024-04-02", "2023-09-09 (day)"),
    future("Sept. 9", "2024-04-02", "2024-09-09 (day)"),
    past("September 9, 2021", "2024-04-02", "2021-09-09 (day)"),
    past("November 24, 2025", "2025-12-01", "2025-11-24 (day)"),
    future("March 1", "2024-04-02", "2025-03-01 (day)"),
    past("February 29", "2025-03-01", "2024-02-29 (day)"),
    future("February 29", "2025-03-01", "2028-02-29 (day)"),
    past("24 November 2025", "2025-12-01", "2025-11-24 (day)"),
    past("the 24th of November", "2025-12-01", "2025-11-24 (day)"),
    past("early March", "2024-04-02", "2024-03-01..2024-03-10 (month)"),
    past("late February", "2024-04-02", "2024-02-21..2024-02-29 (month)"),
    past("last November", "2024-11-15", "2023-11-01..2023-11-30 (month)"),
    past("next November", "2024-11-15", "2025-11-01..2025-11-30 (month)"),
    past("2024-04-02", "2025-01-01", "2024-04-02 (day)"),
    past("in 2022", "2024-04-02", "2022-01-01..2022-12-31 (year)"),
    past("in February", "2024-01-02..2024-04-05", "2023-02-01..2024-02-29 (month)"),
    past("February 30", "2025-03-01", "unresolved: invalid date \"february 30\""),
    past("2024-02-30", "2025-03-01", "unresolved: invalid date \"2024-02-30\""),
]

private let offsetCases = [
    past("two months earlier", "2025-11-24", "2025-09-01..2025-09-30 (month)"),
    past("a year ago", "2024-02-29", "2023-01-01..2023-12-31 (year)"),
    past("a week later", "2024-04-02", "2024-04-08..2024-04-14 (week)"),
    past("3 days ago", "2024-03-01", "2024-02-27 (day)"),
    past("twelve months before", "2024-04-02", "2023-04-01..2023-04-30 (month)"),
    past("ten years after", "2024-02-29", "2034-01-01..2034-12-31 (year)"),
    future("in two weeks", "2024-04-02", "2024-04-15..2024-04-21 (week)"),
    past("in two weeks", "2024-04-02", "unresolved: \"in two weeks\" is a duration, not a date, in past tense"),
    past("a few days ago", "2024-04-02", "2024-03-29..2024-03-31 (day)"),
    past("thirty days earlier", "2024-03-01", "2024-01-31 (day)"),
    past("twenty-four months ago", "2025-12-01", "2023-12-01..2023-12-31 (month)"),
]

private let durationCases = [
    past("in less than a year", "2024-04-02", "2023-04-02..2024-04-02 (year)"),
    future("in less than a year", "2024-04-02", "2024-04-02..2025-04-02 (year)"),
    future("within 6 months", "2024-04-02", "2024-04-02..2024-10-02 (month)"),
    past("within six months", "2024-04-02", "2023-10-02..2024-04-02 (month)"),
    past("in the past 3 months", "2024-05-31", "2024-02-29..2024-05-31 (month)"),
    future("in less than two weeks", "2024-04-02", "2024-04-02..2024-04-16 (week)"),
    past("over the next two weeks", "2024-04-02", "2024-04-02..2024-04-16 (week)"),
    past("in the last week", "2024-04-02", "2024-03-26..2024-04-02 (week)"),
]

private let sinceAndUnresolvedCases = [
    past("since November", "2024-04-02", "2023-11-01..2024-04-02 (month)"),
    future("since January", "2024-01-02", "2024-01-01..2024-01-02 (month)"),
    past("since 2022", "2024-04-02", "2022-01-01..2024-04-02 (year)"),
    past("since the election", "2024-04-02", "unresolved: needs the date of the event \"the election\""),
    past("whenever", "2024-04-02", "unresolved: no rule for \"whenever\""),
    past("  ...  ", "2024-04-02", "unresolved: empty expression"),
    past("two weeks", "2024-04-02", "unresolved: no rule for \"two weeks\""),
    past("In the spring", "2024-04-02", "unresolved: no rule for \"in the spring\""),
]

struct TemporalResolverTests {
    static let cases = weekdayCases + relativeDayCases + periodCases + monthCases + offsetCases + durationCases
        + sinceAndUnresolvedCases

    @Test func tableIsLarge() {
        #expect(Self.cases.count >= 50)
    }

    @Test(arguments: cases)
    func resolves(_ row: ResolverCase) {
        let resolution = TemporalResolver.resolve(row.expression, anchor: span(row.anchor), tense: row.tense)
        #expect(resolution.description == row.expected)
    }

    @Test func offsetsExposeTheShiftedDay() {
        let earlier = TemporalResolver.resolve("two months earlier", anchor: date("2025-11-24"))
        #expect(earlier.temporalValue?.shiftedDay == date("2025-09-24"))
        #expect(earlier.timex == "2025-09")
        let leap = TemporalResolver.resolve("a year later", anchor: date("2024-02-29"))
        #expect(leap.temporalValue?.shiftedDay == date("2025-02-28"))
        let ago = TemporalResolver.resolve("a year ago", anchor: date("2024-02-29"))
        #expect(ago.temporalValue?.shiftedDay == date("2023-02-28"))
        let few = TemporalResolver.resolve("a few days ago", anchor: date("2024-04-02"))
        #expect(few.temporalValue?.shifted == span("2024-03-29..2024-03-31"))
        #expect(TemporalResolver.resolve("in December", anchor: date("2024-01-02")).temporalValue?.shifted == nil)
    }

    @Test(arguments: [
        ("last week", "2024-01-02", "2023-W52"), ("next week", "2024-12-25", "2025-W01"),
        ("in December", "2024-01-02", "2023-12"), ("in 2022", "2024-04-02", "2022"),
        ("earlier this year", "2024-04-02", "2024-01-01/2024-04-02"), ("on Tuesday", "2024-04-02", "2024-04-02"),
    ])
    func timexValues(_ expression: String, _ anchor: String, _ expected: String) {
        #expect(TemporalResolver.resolve(expression, anchor: date(anchor)).timex == expected)
    }

    @Test func sinceAKnownEvent() {
        let events = ["Election": span("2023-11-05"), "the summit": span("2024-05-01..2024-05-03")]
        let since = TemporalResolver.resolve("since the election", anchor: date("2024-04-02"), events: events)
        #expect(since.description == "2023-11-05..2024-04-02 (day)")
        let later = TemporalResolver.resolve("Since the Summit", anchor: date("2024-04-02"), events: events)
        #expect(later.description == "unresolved: \"since the summit\" starts after the anchor 2024-04-02")
    }

    @Test func longAnchorsUseBothEnds() {
        // 366 days: resolved at both ends only; the hull is the same as day by day.
        let year = span("2024-01-01..2024-12-31")
        #expect(TemporalResolver.resolve("yesterday", anchor: year).description == "2023-12-31..2024-12-30 (day)")
        #expect(TemporalResolver.resolve("in March", anchor: year).description == "2023-03-01..2024-03-31 (month)")
    }

    @Test func unresolvedFailsTheWholeInterval() {
        let resolution = TemporalResolver.resolve("whenever", anchor: span("2024-04-02..2024-04-05"))
        #expect(resolution.reason == "no rule for \"whenever\"")
    }
}
