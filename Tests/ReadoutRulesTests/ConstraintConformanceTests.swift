import ReadoutModel
import ReadoutRules
import Testing

/// Table Schema constraints and keys on typed values, case by case: each names the section of
/// datapackage.org's Table Schema (v2) it checks, a table as its cells are written, and the rows
/// (1-based) the rule must report, no more and no fewer.
@Suite struct ConstraintConformanceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let section: String
        let rule: any Rule.Type
        let tables: [Table]
        let badRows: [Int]
        var testDescription: String { "\(section) (\(rule.description.id))" }
    }

    /// A table whose cells are cast by its schema, as a reader would; row n is on line n.
    static func table(_ schema: TableSchema, _ rows: [[String]], named name: String = "t", format: Table.TableFormat? = .csv) -> Table {
        let casters = schema.fields.map { FieldCaster(field: $0, in: schema) }
        let records = rows.enumerated().map { number, cells in
            Record(values: zip(casters, cells).map { $0.cast($1) }, columns: cells.indices.map { Int32($0 + 1) },
                   location: SourceLocation(file: "\(name).csv", line: number + 1, column: 1, record: number + 1))
        }
        return Table(name: name, schema: schema, records: records, format: format)
    }

    static func field(_ type: FieldType, _ name: String = "f", format: String? = nil,
                      _ configure: (inout Field) -> Void = { _ in }) -> Field {
        var field = Field(name: name, type: type, format: format)
        configure(&field)
        return field
    }

    static func one(_ field: Field, _ cells: [String]) -> [Table] {
        [table(TableSchema(fields: [field]), cells.map { [$0] })]
    }

    static let cases: [Case] = [
        Case(section: "§required: null by the missing values, a space is a value", rule: RequiredRule.self,
             tables: one(field(.string) { $0.constraints.required = true }, ["a", "", " "]), badRows: [2]),
        Case(section: "§required with field missingValues (v2): only they are null", rule: RequiredRule.self,
             tables: one(field(.integer) { $0.constraints.required = true; $0.missingValues = ["-"] }, ["1", "-", ""]), badRows: [2]),
        Case(section: "§unique: strings exactly, whitespace included", rule: UniqueRule.self,
             tables: one(field(.string) { $0.constraints.unique = true }, ["x", "x ", "x"]), badRows: [3]),
        Case(section: "§unique: typed equality of numbers", rule: UniqueRule.self,
             tables: one(field(.number) { $0.constraints.unique = true }, ["1", "1.0", "2"]), badRows: [2]),
        Case(section: "§unique: datetimes as instants", rule: UniqueRule.self,
             tables: one(field(.datetime) { $0.constraints.unique = true }, ["2024-01-01T10:00:00+02:00", "2024-01-01T08:00:00Z"]),
             badRows: [2]),
        Case(section: "§unique: nulls excluded", rule: UniqueRule.self,
             tables: one(field(.string) { $0.constraints.unique = true }, ["", "", "a"]), badRows: []),
        Case(section: "§enum: exact match, case and spaces included", rule: EnumRule.self,
             tables: one(field(.string) { $0.constraints.enumValues = ["cedar"] }, ["cedar", " cedar", "Cedar"]), badRows: [2, 3]),
        Case(section: "§enum: enum values cast with the field's type", rule: EnumRule.self,
             tables: one(field(.number) { $0.constraints.enumValues = ["1"] }, ["1.0", "2", "1e0"]), badRows: [2]),
        Case(section: "§enum: enum values cast with the field's format", rule: EnumRule.self,
             tables: one(field(.date, format: "%d/%m/%Y") { $0.constraints.enumValues = ["26/01/2024"] }, ["26/1/2024", "27/01/2024"]),
             badRows: [2]),
        Case(section: "§categories (v2): the logical value must be a category", rule: EnumRule.self,
             tables: one(field(.integer) { $0.categories = [.init(value: "0", label: "no"), .init(value: "1")] }, ["1", "01", "2"]),
             badRows: [3]),
        Case(section: "§maxLength: a string's length in code points", rule: LengthRule.self,
             tables: one(field(.string) { $0.constraints.maxLength = 1 }, ["é", "e\u{301}", "🇨🇳"]), badRows: [2, 3]),
        Case(section: "§minLength: strings", rule: LengthRule.self,
             tables: one(field(.string) { $0.constraints.minLength = 2 }, ["ab", "a", ""]), badRows: [2]),
        Case(section: "§maxLength: an array's items", rule: LengthRule.self,
             tables: one(field(.array) { $0.constraints.maxLength = 2 }, ["[1, 2]", "[1, [2, 3], 4]"]), badRows: [2]),
        Case(section: "§maxLength: an object's members", rule: LengthRule.self,
             tables: one(field(.object) { $0.constraints.maxLength = 1 }, [#"{"a": 1}"#, #"{"a": 1, "b": 2}"#]), badRows: [2]),
        Case(section: "§minLength: a list's items", rule: LengthRule.self,
             tables: one(field(.list) { $0.constraints.minLength = 2 }, ["a,b", "a"]), badRows: [2]),
        Case(section: "§minimum: integers of any size, compared numerically", rule: RangeRule.self,
             tables: one(field(.integer) { $0.constraints.minimum = "10" }, ["9", "123456789012345678901234567890", "-99999999999999999999"]),
             badRows: [1, 3]),
        Case(section: "§exclusiveMaximum (v2)", rule: RangeRule.self,
             tables: one(field(.integer) { $0.constraints.exclusiveMaximum = "5" }, ["4", "5", "6"]), badRows: [2, 3]),
        Case(section: "§exclusiveMinimum (v2): numbers, infinities included", rule: RangeRule.self,
             tables: one(field(.number) { $0.constraints.exclusiveMinimum = "0" }, ["0", "0.1", "-INF", "INF"]), badRows: [1, 3]),
        Case(section: "§maximum: datetimes as instants", rule: RangeRule.self,
             tables: one(field(.datetime) { $0.constraints.maximum = "2024-01-01T08:30:00Z" },
                         ["2024-01-01T10:00:00+02:00", "2024-01-01T09:00:00Z"]), badRows: [2]),
        Case(section: "§minimum: times as instants", rule: RangeRule.self,
             tables: one(field(.time) { $0.constraints.minimum = "09:00:00Z" }, ["10:00:00+02:00", "09:00:00Z"]), badRows: [1]),
        Case(section: "§minimum: durations, ordered only where XML Schema orders them", rule: RangeRule.self,
             tables: one(field(.duration) { $0.constraints.minimum = "P30D" }, ["P1M", "P31D", "P29D", "PT720H"]), badRows: [3]),
        Case(section: "§minimum: a date bound in the field's format", rule: RangeRule.self,
             tables: one(field(.date, format: "%d/%m/%Y") { $0.constraints.minimum = "01/02/2024" }, ["31/01/2024", "01/02/2024"]),
             badRows: [1]),
        Case(section: "§maximum: yearmonth", rule: RangeRule.self,
             tables: one(field(.yearmonth) { $0.constraints.maximum = "2024-01" }, ["2023-12", "2024-02"]), badRows: [2]),
        Case(section: "§primaryKey: a null part is an error, and such a key repeats nothing", rule: PrimaryKeyRule.self,
             tables: [table(TableSchema(fields: [field(.integer, "a"), field(.string, "b")], primaryKey: ["a", "b"]),
                            [["1", ""], ["1", ""], ["1", "x"]])], badRows: [1, 2]),
        Case(section: "§primaryKey: keys compared as typed values", rule: PrimaryKeyRule.self,
             tables: [table(TableSchema(fields: [field(.integer, "a")], primaryKey: ["a"]), [["1"], ["01"], ["2"]])], badRows: [2]),
        Case(section: "§uniqueKeys (v2): rows with a null part excluded, as in SQL", rule: UniqueKeysRule.self,
             tables: [table(TableSchema(fields: [field(.integer, "a"), field(.string, "b")], uniqueKeys: [["a", "b"], ["b"]]),
                            [["1", ""], ["1", ""], ["2", "x"], ["2", "x"], ["3", "x"]])], badRows: [4, 4, 5]),
        Case(section: "§foreignKeys: self-referencing, exact values, a null reference not checked", rule: ForeignKeyRule.self,
             tables: [table(TableSchema(fields: [field(.string, "id"), field(.string, "parent")],
                                        foreignKeys: [ForeignKey(fields: ["parent"], resource: nil, referencedFields: ["id"])]),
                            [["a", ""], ["b", "a"], ["c", "z"], ["d", " a"]])], badRows: [3, 4]),
        Case(section: "§foreignKeys: composite, to another resource; a key with a null part is not checked (MATCH SIMPLE)",
             rule: ForeignKeyRule.self,
             tables: [
                table(TableSchema(fields: [field(.string, "country"), field(.integer, "code")]), [["US", "1"], ["CN", "2"]], named: "places"),
                table(TableSchema(fields: [field(.string, "country"), field(.integer, "code")],
                                  foreignKeys: [ForeignKey(fields: ["country", "code"], resource: "places",
                                                           referencedFields: ["country", "code"])]),
                      [["US", "1"], ["US", "2"], ["CN", "02"], ["", "9"], ["XX", ""]], named: "visits"),
             ], badRows: [2]),
        Case(section: "readout: surrounding whitespace in tabular files is reported, never trimmed", rule: SurroundingWhitespaceRule.self,
             tables: one(field(.string), ["a", " a", "a\t", "a b", "\u{00A0}a"]), badRows: [2, 3, 5]),
        Case(section: "readout: YAML tables are not checked for surrounding whitespace", rule: SurroundingWhitespaceRule.self,
             tables: [table(TableSchema(fields: [field(.string)]), [[" a"]], format: .yaml)], badRows: []),
    ]

    @Test(arguments: cases)
    func reportsExactlyTheBadRows(_ testCase: Case) {
        let package = DataPackage(resources: testCase.tables.map { DataPackage.Resource(name: $0.name, schema: $0.schema) })
        let findings = testCase.rule.init().check(RuleContext(dataset: Dataset(package: package, tables: testCase.tables)))
        #expect(findings.compactMap { $0.location?.line }.sorted() == testCase.badRows, "\(findings.map(\.message))")
        #expect(findings.allSatisfy { $0.ruleID == testCase.rule.description.id })
    }

    @Test func aPrimaryKeyNullPartHasItsOwnMessage() {
        let schema = TableSchema(fields: [Self.field(.string, "id")], primaryKey: ["id"])
        let tables = [Self.table(schema, [[""]])]
        let findings = PrimaryKeyRule().check(RuleContext(dataset: Dataset(package: DataPackage(resources: [
            DataPackage.Resource(name: "t", schema: schema),
        ]), tables: tables)))
        #expect(findings.map(\.message) == ["'id' is part of the primary key of t and has no value"])
    }
}
