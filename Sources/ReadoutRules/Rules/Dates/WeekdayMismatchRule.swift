import ReadoutModel
import Temporal

/// A weekday written next to a calendar date that falls on another weekday.
public struct WeekdayMismatchRule: Rule {
    public static let description = RuleDescription(
        id: "date.weekday-mismatch", severity: .error,
        summary: "A weekday is written next to a calendar date that falls on another weekday.",
        explanation: """
            When an account names both a weekday (field annotated `weekday`, its values meaning `Monday` \
            to `Sunday`) and a calendar date \
            (`stated-date`), the date must fall on that weekday. One of the two is wrong: either the \
            article's or the extractor's (a year completed wrongly is the usual cause). The dates are \
            calendar dates as the article writes them, so no time-zone allowance applies.
            """,
        triggering: [
            RuleExample("""
                accounts:
                  - id: s002-a01
                    source_id: s002
                    event_id: e-2021-09-09-biden-xi-call
                    date_expression: on Thursday, Sep. 9
                    weekday: Thursday
                    stated_date: ↓2022-09-09
                """),
        ],
        nonTriggering: [
            RuleExample("""
                accounts:
                  - id: s002-a01
                    source_id: s002
                    event_id: e-2021-09-09-biden-xi-call
                    date_expression: on Thursday, Sep. 9
                    weekday: Thursday
                    stated_date: 2021-09-09
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            guard let weekdayField = table.schema.index(bound: WeekdayName.self),
                  let dateField = table.schema.index(of: .statedDate) else { continue }
            for record in table.records {
                guard let weekday = table.schema.fields[weekdayField].meaning(WeekdayName.self, of: record.values[weekdayField])?.weekday,
                      let date = record.values[dateField].dateValue, date.weekday != weekday else { continue }
                findings.append(context.finding(
                    Self.self, "\(date) is a \(date.weekday), not a \(weekday)",
                    table: table, record: record, field: dateField))
            }
        }
        return findings
    }
}
