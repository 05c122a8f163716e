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
            what people round or truncate to N, from N - 1/2 up to N + 1 units, so "two months" is 46 to \
            91 days and "three weeks" 18 to 27 days, never 40; "less than" and "within" accept up to N \
            units, "more than" at least N. A month counts 30.44 days, a year 365.25; one extra day is \
            allowed for time zones. A warning: an article's loose or wrong interval stays in the data.
            """,
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
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
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
                let actual = Self.distance(eventSpan, referenceSpan)
                let claimed = Self.accepted(amount: Double(amount), unitDays: unit.days, comparator: comparator)
                guard Double(actual.upperBound) < claimed.lowerBound || Double(actual.lowerBound) > claimed.upperBound else { continue }
                let shown = actual.lowerBound == actual.upperBound ? "\(actual.lowerBound) days" : "\(actual.lowerBound) to \(actual.upperBound) days"
                findings.append(context.finding(
                    Self.self, "the claim says \(comparator.rawValue) \(amount) \(unit.rawValue)\(amount == 1 ? "" : "s") between \(eventKey) and \(referenceKey), but their dates are \(shown) apart",
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

    /// The distances, in days, that a claim of `amount` units accepts (see the explanation).
    static func accepted(amount: Double, unitDays: Double, comparator: ClaimComparator) -> ClosedRange<Double> {
        let slack = Double(DateFacts.timeZoneSlack)
        switch comparator {
        case .lessThan, .within: return 0...(amount * unitDays + slack)
        case .moreThan: return max(0, amount * unitDays - slack)...Double(Int.max)
        case .about: return max(0, (amount - 0.5) * unitDays - slack)...((amount + 1) * unitDays + slack)
        }
    }
}
