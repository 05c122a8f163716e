import ReadoutModel
import Temporal

/// A stated interval between two events that their recorded dates do not bear out.
public struct IntervalMismatchRule: Rule {
    public static let description = RuleDescription(
        id: "date.interval-mismatch", severity: .warning,
        summary: "A stated interval between two events disagrees with their recorded dates.",
        explanation: """
            A claim relates its event (`claim-event`) to a reference event (`claim-reference-event`) by \
            an amount of units (`claim-amount`, `claim-unit`: "two months earlier", "in less than a \
            year"). The distance between the events' recorded dates (a range, when a date is known only \
            to the month) must fit the claim. Tolerance: "about N units" (the default comparator) accepts \
            what people round or truncate to N, from N - `about-below` (1/2 by default) up to N + \
            `about-above` (1 by default) units, so "two months" is 46 to 91 days and "three weeks" 18 to \
            27 days, never 40; "less than" and "within" accept up to N units, "more than" at least N. A \
            month counts 30.44 days, a year 365.25; `time-zone-slack` extra days (1 by default) are \
            allowed for time zones. With `reading: exactly`, "about" and unmarked claims mean N units \
            exactly: N days or weeks, or N calendar months or years from the reference event's first day, \
            give or take only the time-zone slack (set it to 0 as well for "eight days" to mean eight days \
            apart and no other). A warning: an \
            article's loose or wrong interval stays in the data.
            """,
        requirements: [.checks([.claimAmount]), .field([.claimEvent]), .field([.claimReferenceEvent]), .field([.claimUnit]),
                       .annotation([.eventDateFrom], on: .event)],
        options: [
            DateFacts.timeZoneSlackOption,
            RuleOption("about-below", default: 0.5, unit: "units of the claim", range: 0...1000,
                       "how far below N units \"about N\" reaches"),
            RuleOption("about-above", default: 1, unit: "units of the claim", range: 0...1000,
                       "how far above N units \"about N\" reaches"),
            RuleOption("reading", default: "about", choices: [
                RuleOption.Choice("about", "a claim marked about, or unmarked, accepts the about window"),
                RuleOption.Choice("exactly", "it means N units exactly, give or take the time-zone slack"),
            ], "how a claim marked about, or with no comparator, is read"),
        ],
        triggering: [
            RuleExample(DateExamples.with("""
                claims:
                  - id: s001-c01
                    source_id: s001
                    kind: interval
                    text: two months earlier
                    event_id: e-2024-04-02-call
                    reference_event_id: e-2023-11-15-meeting
                    amount: ↓2
                    unit: month
                    attribution_type: none
                    evidence: two months earlier
                """)),
            // Read exactly, eight days are eight, give or take the time-zone slack: not ten.
            RuleExample(eightDays, options: ["reading": .name("exactly")]),
            // A narrower window: "about eight days" reaches no further than eight, and a day for time zones.
            RuleExample(eightDays, options: ["about-above": .number(0)]),
        ],
        nonTriggering: [
            RuleExample(DateExamples.with("""
                claims:
                  - id: s001-c01
                    source_id: s001
                    kind: interval
                    text: in less than a year
                    event_id: e-2024-04-02-call
                    reference_event_id: e-2023-11-15-meeting
                    amount: 1
                    unit: year
                    comparator: less-than
                    attribution_type: none
                    evidence: In less than a year
                  - id: s001-c02
                    source_id: s001
                    kind: interval
                    text: four months later
                    event_id: e-2024-04-02-call
                    reference_event_id: e-2023-11-15-meeting
                    amount: 4
                    unit: month
                    attribution_type: none
                    evidence: four months later
                """)),
            RuleExample(eightDays.replacingOccurrences(of: "↓", with: "")),
        ])

    /// "Eight days later" for two events ten days apart: "about eight" reaches nine, and one more day
    /// for time zones.
    static let eightDays = DateExamples.with(events: """
          - id: e-2024-04-12-call
            kind: call
            label: A call ten days later
            date_from: 2024-04-12
            date_to: 2024-04-12
            date_precision: day
            status: occurred

        """, """
        claims:
          - id: s001-c01
            source_id: s001
            kind: interval
            text: eight days later
            event_id: e-2024-04-12-call
            reference_event_id: e-2024-04-02-call
            amount: ↓8
            unit: day
            attribution_type: none
            evidence: eight days later
        """)

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        let tolerance = Tolerance(slack: Double(context.timeZoneSlack(for: Self.self)),
                                  below: context.option("about-below", for: Self.self),
                                  above: context.option("about-above", for: Self.self),
                                  exactly: context.choice("reading", for: Self.self) == "exactly")
        var findings: [Finding] = []
        for table in context.dataset.tables {
            let schema = table.schema
            guard let eventField = schema.index(of: .claimEvent), let referenceField = schema.index(of: .claimReferenceEvent),
                  let amountField = schema.index(of: .claimAmount), let unitField = schema.index(bound: ClaimUnit.self) else { continue }
            let comparatorField = schema.index(bound: ClaimComparator.self)
            for record in table.records {
                guard let amount = record.values[amountField].integerValue,
                      let unit = schema.fields[unitField].meaning(ClaimUnit.self, of: record.values[unitField]),
                      let eventKey = record.values[eventField].stringValue,
                      let referenceKey = record.values[referenceField].stringValue,
                      let event = facts.event(key: eventKey), let reference = facts.event(key: referenceKey),
                      let eventSpan = facts.span(ofEvent: event), let referenceSpan = facts.span(ofEvent: reference)
                else { continue }
                // A null comparator is "about"; one that means nothing is reported by schema.vocabulary.
                guard let comparator = comparatorField.map({ field in
                    record.values[field].isNull ? .about : schema.fields[field].meaning(ClaimComparator.self, of: record.values[field])
                }) ?? .about else { continue }
                let exactly = comparator == .about && tolerance.exactly
                let actual = Self.distance(eventSpan, referenceSpan)
                let claimed = exactly
                    ? Self.exact(amount: amount, unit: unit, from: referenceSpan.from, slack: tolerance.slack)
                    : Self.accepted(amount: Double(amount), unitDays: unit.days, comparator: comparator, tolerance: tolerance)
                guard Double(actual.upperBound) < claimed.lowerBound || Double(actual.lowerBound) > claimed.upperBound else { continue }
                let shown = actual.lowerBound == actual.upperBound ? "\(actual.lowerBound) days" : "\(actual.lowerBound) to \(actual.upperBound) days"
                findings.append(context.finding(
                    Self.self, "the claim says \(exactly ? "exactly" : comparator.rawValue) \(amount) \(unit.rawValue)\(amount == 1 ? "" : "s") between \(eventKey) and \(referenceKey), but their dates are \(shown) apart",
                    table: table, record: record, field: amountField))
            }
        }
        return findings
    }

    /// The fewest and most days between two spans.
    static func distance(_ lhs: DateSpan, _ rhs: DateSpan) -> ClosedRange<Int> {
        let gaps = [lhs.from.dayNumber - rhs.to.dayNumber, rhs.from.dayNumber - lhs.to.dayNumber]
        let least = max(0, gaps.max() ?? 0)
        let most = max(abs(lhs.to.dayNumber - rhs.from.dayNumber), abs(rhs.to.dayNumber - lhs.from.dayNumber))
        return least...most
    }

    /// The configured tolerances: time-zone days, the about window in units, and the exact reading.
    struct Tolerance {
        let slack: Double
        let below: Double
        let above: Double
        let exactly: Bool
    }

    /// The distances, in days, that a claim of `amount` units accepts (see the explanation).
    static func accepted(amount: Double, unitDays: Double, comparator: ClaimComparator, tolerance: Tolerance) -> ClosedRange<Double> {
        let slack = tolerance.slack
        switch comparator {
        case .lessThan, .within: return 0...(amount * unitDays + slack)
        case .moreThan: return max(0, amount * unitDays - slack)...Double(Int.max)
        case .about: return max(0, (amount - tolerance.below) * unitDays - slack)...((amount + tolerance.above) * unitDays + slack)
        }
    }

    /// The distances an exact claim accepts: N days or weeks, or N calendar months or years counted from
    /// `start`, give or take the time-zone slack.
    static func exact(amount: Int, unit: ClaimUnit, from start: CalendarDate, slack: Double) -> ClosedRange<Double> {
        let end: CalendarDate = switch unit {
        case .month: start.adding(months: amount)
        case .year: start.adding(years: amount)
        case .day, .week: start.adding(days: Int((Double(amount) * unit.days).rounded()))
        }
        let days = Double(end.dayNumber - start.dayNumber)
        return max(0, days - slack)...(days + slack)
    }
}
