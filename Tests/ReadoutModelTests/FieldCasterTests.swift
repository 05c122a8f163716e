import ReadoutModel
import Temporal
import Testing

@Suite struct FieldCasterTests {
    private func cast(_ raw: String, as type: FieldType) -> Value {
        FieldCaster(field: Field(name: "f", type: type), missingValues: [""]).cast(raw)
    }

    @Test(arguments: [
        ("2024-04-02", FieldType.date, Value.date(CalendarDate(year: 2024, month: 4, day: 2)!)),
        ("2024-02-30", .date, .invalid("2024-02-30")),
        ("2024-4-2", .date, .invalid("2024-4-2")),
        ("42", .integer, .integer(42)),
        ("-7", .integer, .integer(-7)),
        ("4.5", .integer, .invalid("4.5")),
        ("4.50", .number, .number(4.5)),
        ("nan", .number, .number(.nan)),
        ("0x1A", .number, .invalid("0x1A")),
        ("true", .boolean, .boolean(true)),
        ("0", .boolean, .boolean(false)),
        ("yes", .boolean, .invalid("yes")),
        ("2024", .year, .year(2024)),
        ("2024-04", .yearmonth, .yearMonth(year: 2024, month: 4)),
        ("2024-13", .yearmonth, .invalid("2024-13")),
        ("2024-04-02t09:30:00+08:00", .datetime, .invalid("2024-04-02t09:30:00+08:00")),
        ("2024-04-02 09:30", .datetime, .invalid("2024-04-02 09:30")),
        ("  padded  ", .string, .string("  padded  ")),
        ("", .string, .null),
        ("", .integer, .null),
    ])
    func castsByType(raw: String, type: FieldType, expected: Value) {
        #expect(cast(raw, as: type) == expected)
    }

    @Test func customMissingValuesAndBooleans() {
        let field = Field(name: "f", type: .boolean, trueValues: ["Y"], falseValues: ["N"])
        let caster = FieldCaster(field: field, missingValues: ["NA", "-"])
        #expect(caster.cast("Y") == .boolean(true))
        #expect(caster.cast("true") == .invalid("true"))
        #expect(caster.cast("NA") == .null)
        #expect(caster.cast("-") == .null)
    }

    /// JSON in a cell nests at most 64 deep, as in a JSON Lines row: deeper is an invalid value, not a crash.
    @Test func jsonCellsNestAtMostSixtyFourDeep() {
        func nested(_ depth: Int) -> String {
            String(repeating: #"{"a":"#, count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
        }
        #expect(cast(nested(64), as: .object) != .invalid(nested(64)))
        #expect(cast(nested(65), as: .object) == .invalid(nested(65)))
        #expect(cast(nested(100_000), as: .object) == .invalid(nested(100_000)))
    }
}
