import Testing
import Temporal

struct TemporalValueTests {
    @Test(arguments: [
        ("2024-04-02", Granularity.day, "2024-04-02"), ("2024-04-01..2024-04-07", .week, "2024-W14"),
        ("2024-03-01..2024-03-31", .month, "2024-03"), ("2022-01-01..2022-12-31", .year, "2022"),
        ("2024-01-01..2024-04-02", .year, "2024-01-01/2024-04-02"), ("2024-04-02", .month, "2024-04-02"),
        ("2024-04-02..2024-04-08", .week, "2024-04-02/2024-04-08"),
    ])
    func valueIsUnitOrInterval(_ days: String, _ granularity: Granularity, _ expected: String) {
        #expect(TemporalValue(span: span(days), granularity: granularity).value == expected)
    }

    @Test func describesSpanAndGranularity() {
        #expect(TemporalValue(span: span("2024-04-02"), granularity: .day).description == "2024-04-02 (day)")
        #expect(TemporalValue(span: span("2024-03-01..2024-03-31"), granularity: .month).description
            == "2024-03-01..2024-03-31 (month)")
    }

    @Test func shiftedDayOnlyWhenSingle() {
        let one = TemporalValue(span: span("2025-09-01..2025-09-30"), granularity: .month, shifted: span("2025-09-24"))
        let many = TemporalValue(span: span("2024-03-29..2024-03-31"), granularity: .day,
                                 shifted: span("2024-03-29..2024-03-31"))
        #expect(one.shiftedDay == date("2025-09-24"))
        #expect(many.shiftedDay == nil)
        #expect(TemporalValue(span: span("2024-04-02"), granularity: .day).shiftedDay == nil)
    }
}
