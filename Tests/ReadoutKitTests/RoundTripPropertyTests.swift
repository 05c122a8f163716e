import Foundation
import ReadoutExport
import ReadoutKit
import ReadoutLoader
import ReadoutModel
import Temporal
import Testing

/// Random records with hostile strings, for every table of the schema: exported to CSV and JSON Lines
/// and read back, they are the same values.
@Suite struct RoundTripPropertyTests {
    static let casesPerTable = 1000

    static let pieces = [
        "\"", ",", "\r", "\n", "\r\n", "\0", "\t", "=", "+", "-", "@", "'", "'=", " ", "  ", "🇨🇳", "e\u{301}", "中国",
        "Xi’s “red line”", "\\", "null", "~", "true", "0012", "2024-04-02", "a", "word", "#", ": ", "- ", "\u{2028}", "\u{7F}",
    ]

    static func hostileString(_ random: inout SeededRandom) -> String {
        if Int.random(in: 0..<50, using: &random) == 0 { return String(repeating: "long, \"quoted\"\n", count: 2000) }
        let count = Int.random(in: 1...8, using: &random)
        // Strings are kept as written, surrounding whitespace included.
        return (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
    }

    static func value(for field: Field, _ random: inout SeededRandom) -> Value {
        if !field.constraints.required, Int.random(in: 0..<5, using: &random) == 0 { return .null }
        switch field.type {
        case .string: return .string(hostileString(&random))
        case .integer: return .integer(Int.random(in: -1_000_000...1_000_000, using: &random))
        case .number: return .number(Double(Int.random(in: -100_000...100_000, using: &random)) / 8)
        case .boolean: return .boolean(Bool.random(using: &random))
        case .date: return .date(CalendarDate(dayNumber: Int.random(in: -20_000...40_000, using: &random)))
        case .datetime, .time, .duration, .object, .array, .list, .geopoint, .geojson, .any:
            // Not in the project's schema (the conformance suite covers their casts): one valid value each.
            return FieldCaster(field: field, missingValues: []).cast(sampleText[field.type] ?? "")
        case .year: return .year(Int.random(in: 1000...9999, using: &random))
        case .yearmonth: return .yearMonth(year: Int.random(in: 1000...9999, using: &random), month: Int.random(in: 1...12, using: &random))
        }
    }

    static let sampleText: [FieldType: String] = [
        .datetime: "2024-04-02T09:30:00Z", .time: "09:30:00", .duration: "P1DT2H", .object: #"{"a": [1]}"#, .array: "[1, \"x\"]",
        .list: "a,b", .geopoint: "90.5, 45", .geojson: #"{"type": "Point", "coordinates": [1, 2]}"#, .any: "x",
    ]

    /// The project's schema, or why it did not load: then the test below runs once, on no table, and
    /// fails with the loader's error (an empty argument list would pass without testing anything).
    static let package = Result { () throws(InputError) in try DescriptorLoader.load(path: Project.root + "/schema/datapackage.json") }
    static let tableNames: [String] = switch package {
    case let .success(package): package.resources.map(\.name)
    case .failure: ["(the schema did not load)"]
    }

    @Test(arguments: tableNames)
    func exportedValuesReadBackTheSame(table name: String) throws {
        let package = try Self.package.get()
        let resource = try #require(package.resource(named: name))
        // Seeded by the table's name, so that a failure replays; printed with each failure.
        let seed = UInt64(name.utf8.reduce(7) { $0 &* 31 &+ Int($1) }.magnitude)
        var random = SeededRandom(seed: seed)
        let records = (0..<Self.casesPerTable).map { number in
            let values = resource.schema.fields.map { Self.value(for: $0, &random) }
            return Record(values: values, valueLocations: values.map { _ in nil },
                          location: SourceLocation(file: "generated", line: number + 1, column: 1))
        }
        // The whole package, with only this table filled, so that its descriptor stays complete.
        var dataset = Dataset(package: package)
        let position = try #require(dataset.tables.firstIndex { $0.name == name })
        dataset.tables[position].records = records
        for options in [ExportOptions(), ExportOptions(formulaGuard: false, byteOrderMark: true)] {
            let folder = try TestFolder()
            let files = Exporter.render(package: package, tables: dataset.tables,
                                        findings: FindingsTable.table([], excluded: []), options: options)
            try ExportCheck.write(files, to: folder.path)
            for format in ["csv", "jsonl"] {
                let single = try TestFolder()
                try FileManager.default.copyItem(atPath: "\(folder.path)/\(format)/\(name).\(format)",
                                                 toPath: "\(single.path)/\(name).\(format)")
                // Without a descriptor the reader assumes the guard; with it off, read through the package.
                let source = format == "csv" && !options.formulaGuard ? folder.path : single.path
                let read = try TableFolderLoader.load(folder: source, package: package)
                let back = try #require(read.table(named: name)).records.map(\.values)
                for (index, record) in records.enumerated() where back[index] != record.values {
                    let field = zip(record.values, back[index]).enumerated().first { $0.element.0 != $0.element.1 }
                    let shown = field.map { "field \($0.offset): \(String(reflecting: $0.element.0).prefix(120)) came back as \(String(reflecting: $0.element.1).prefix(120))" } ?? "field count"
                    Issue.record("seed \(seed): \(name).\(format) guard \(options.formulaGuard) record \(index + 1), \(shown)")
                    return
                }
                #expect(back.count == records.count)
            }
        }
    }
}
