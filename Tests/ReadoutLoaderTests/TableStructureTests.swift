@testable import ReadoutLoader
import ReadoutModel
import Testing

/// Structure problems are issues at file:line:column with the record number, and reading goes on
/// (Table Schema "Field Descriptors" and "fieldsMatch"; Table Dialect "header", "headerRows"...).
@Suite struct TableStructureTests {
    static let fields = [Field(name: "id", type: .integer), Field(name: "name", type: .string), Field(name: "kind", type: .string)]

    struct Case: Sendable, CustomTestStringConvertible {
        let section: String
        var schema = TableSchema(fields: TableStructureTests.fields)
        var dialect = Dialect()
        let text: String
        /// kind line:column (record), in order.
        let issues: [String]
        /// The records' values as text.
        var records: [[String?]]? = nil
        var recordCount: Int? = nil
        var testDescription: String { section }
    }

    static func schema(_ match: TableSchema.FieldsMatch, _ standard: TableSchema.Standard = .v2) -> TableSchema {
        TableSchema(fields: fields, fieldsMatch: match, standard: standard)
    }

    static let cases: [Case] = [
        Case(section: "clean", text: "id,name,kind\n1,Xi,person\n", issues: [], records: [["1", "Xi", "person"]]),
        Case(section: "extra cell (frictionless extra-cell)", text: "id,name,kind\n1,Xi,person,x,y\n2,Li,person\n",
             issues: ["extraCell 2:4 (1)", "extraCell 2:5 (1)"], records: [["1", "Xi", "person"], ["2", "Li", "person"]]),
        Case(section: "missing cell: the row's other cells are read", text: "id,name,kind\n1,Xi\n",
             issues: ["missingCell 2:3 (1)"], records: [["1", "Xi", nil]]),
        Case(section: "blank rows are no records", text: "id,name,kind\n\n,,\n1,Xi,person\n",
             issues: ["blankRow 2:1 (1)", "blankRow 3:1 (2)"], records: [["1", "Xi", "person"]]),
        Case(section: "a cell of spaces is not blank", text: "id,name,kind\n , ,\n", issues: [], recordCount: 1),
        Case(section: "stray quote read as written", text: "id,name,kind\n1,X\"i,person\n2,Li,person\n",
             issues: ["strayQuote 2:2 (1)"], records: [["1", "X\"i", "person"], ["2", "Li", "person"]]),
        Case(section: "quoted newlines keep the record number", text: "id,name,kind\n1,\"a\nb\",person,x\n2,Li\n",
             issues: ["extraCell 2:4 (1)", "missingCell 4:3 (2)"]),
        Case(section: "exact: a reordered header is incorrect, columns read by position",
             text: "id,kind,name\n1,person,Xi\n", issues: ["incorrectLabel 1:2", "incorrectLabel 1:3"],
             records: [["1", "person", "Xi"]]),
        Case(section: "exact: missing and extra labels", schema: schema(.exact), text: "id,name\n", issues: ["missingLabel 1:3"]),
        Case(section: "exact: an extra label with no rows", text: "id,name,kind,extra\n", issues: ["extraLabel 1:4"]),
        Case(section: "duplicate and blank labels", text: "id,,id\n1,Xi,2\n",
             issues: ["blankLabel 1:2", "duplicateLabel 1:3", "incorrectLabel 1:3"]),
        Case(section: "equal: by name, all fields, no others", schema: schema(.equal), text: "kind,id,name\nperson,1,Xi\n",
             issues: [], records: [["1", "Xi", "person"]]),
        Case(section: "equal: missing and extra", schema: schema(.equal), text: "kind,id,other\n",
             issues: ["extraLabel 1:3", "missingLabel 1:4"]),
        Case(section: "subset: extra columns allowed, every field needed", schema: schema(.subset),
             text: "kind,id,other\nperson,1,x\n", issues: ["missingLabel 1:4"], records: [["1", nil, "person"]]),
        Case(section: "superset: fewer columns allowed, no others", schema: schema(.superset),
             text: "id,other\n1,x\n", issues: ["extraLabel 1:2"], records: [["1", nil, nil]]),
        Case(section: "partial: one field is enough", schema: schema(.partial), text: "other,name\nx,Xi\n", issues: []),
        Case(section: "partial: none is not", schema: schema(.partial), text: "other\n",
             issues: ["missingLabel 1:2", "missingLabel 1:2", "missingLabel 1:2"]),
        Case(section: "v1: by position, labels case-insensitive", schema: schema(.equal, .v1), text: "ID,NAME,type\n",
             issues: ["incorrectLabel 1:3"]),
        Case(section: "v2 names are case-sensitive", schema: schema(.equal), text: "ID,name,kind\n",
             issues: ["extraLabel 1:1", "missingLabel 1:4"]),
        Case(section: "Table Dialect header: false", dialect: { var d = Dialect(); d.header = false; return d }(),
             text: "1,Xi,person\n2,Li\n", issues: ["missingCell 2:3 (2)"], records: [["1", "Xi", "person"], ["2", "Li", nil]]),
        Case(section: "Table Dialect headerRows and headerJoin",
             schema: TableSchema(fields: [Field(name: "fruit-id", type: .integer), Field(name: "fruit-name", type: .string)]),
             dialect: { var d = Dialect(); d.headerRows = [1, 2]; d.headerJoin = "-"; return d }(),
             text: "fruit\nid,name\n1,apple\n", issues: [], records: [["1", "apple"]]),
        Case(section: "Table Dialect commentRows", dialect: { var d = Dialect(); d.commentRows = [2]; return d }(),
             text: "id,name,kind\n#x,y\"z\n1,Xi,person\n", issues: [], records: [["1", "Xi", "person"]]),
        Case(section: "Table Dialect commentChar", dialect: { var d = Dialect(); d.commentChar = "#"; return d }(),
             text: "id,name,kind\n# it's \"quoted\n1,Xi,person\n", issues: [], records: [["1", "Xi", "person"]]),
        Case(section: "Table Dialect nullSequence", dialect: { var d = Dialect(); d.nullSequence = "NA"; return d }(),
             text: "id,name,kind\n1,NA,person\n", issues: [], records: [["1", nil, "person"]]),
        Case(section: "Table Dialect delimiter and skipInitialSpace",
             dialect: { var d = Dialect(); d.delimiter = ";"; d.skipInitialSpace = true; return d }(),
             text: "id; name; kind\n1; Xi; person\n", issues: [], records: [["1", "Xi", "person"]]),
    ]

    @Test(arguments: cases)
    func structure(_ testCase: Case) throws {
        let read = try CSVTableReader.read(Array(testCase.text.utf8), file: "t.csv", schema: testCase.schema,
                                           dialect: testCase.dialect, unguard: false)
        let issues = read.issues.map { issue in
            "\(issue.kind) \(issue.location.line):\(issue.location.column)" + (issue.location.record.map { " (\($0))" } ?? "")
        }
        #expect(issues == testCase.issues)
        if let records = testCase.records {
            #expect(read.records.map { $0.values.map(\.text) } == records)
        }
        if let count = testCase.recordCount { #expect(read.records.count == count) }
    }

    @Test(arguments: [
        ({ var d = Dialect(); d.doubleQuote = false; return d }(), "doubleQuote"),
        ({ var d = Dialect(); d.quoteChar = "''"; return d }(), "quoteChar"),
        ({ var d = Dialect(); d.delimiter = ""; return d }(), "delimiter"),
        ({ var d = Dialect(); d.headerRows = [2, 1]; return d }(), "headerRows"),
    ])
    func refusesWhatLibcsvCannotReadByName(dialect: Dialect, property: String) {
        do {
            _ = try CSVTableReader.read(Array("id\n".utf8), file: "t.csv", schema: TableSchema(fields: Self.fields),
                                        dialect: dialect, unguard: false)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.message.contains("dialect \(property)"), "\(error)")
        }
    }
}
