import ReadoutModel
import Temporal
import Testing

@Suite struct ValueTests {
    @Test func canonicalText() {
        #expect(Value.number(2.0).text == "2")
        #expect(Value.number(-0.25).text == "-0.25")
        #expect(Value.yearMonth(year: 2024, month: 4).text == "2024-04")
        #expect(Value.date(CalendarDate(year: 812, month: 1, day: 9)!).text == "0812-01-09")
        #expect(Value.null.text == nil)
    }

    @Test func ordersWithinATypeAndNullsFirst() {
        let values: [Value] = [.integer(10), .null, .number(2.5), .integer(-1)]
        #expect(values.sorted() == [.null, .integer(-1), .number(2.5), .integer(10)])
        let dates = ["2024-04-02", "2023-11-15", "2024-01-31"].compactMap { CalendarDate(iso: $0) }.map(Value.date)
        #expect(dates.sorted().map { $0.text ?? "" } == ["2023-11-15", "2024-01-31", "2024-04-02"])
    }

    /// A table keeps a value per cell: new kinds of value must not widen every cell.
    @Test func aValueIsNoWiderThanAStringAndATag() {
        #expect(MemoryLayout<Value>.size <= MemoryLayout<String>.size + 1)
    }

    @Test func presence() {
        #expect(!Value.null.isPresent)
        #expect(!Value.invalid("x").isPresent)
        #expect(Value.string("").isPresent)
    }
}
