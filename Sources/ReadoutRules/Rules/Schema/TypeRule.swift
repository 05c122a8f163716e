import ReadoutModel

/// A value that does not cast to its field's type.
public struct TypeRule: Rule {
    public static let description = RuleDescription(
        id: "schema.type", severity: .error,
        summary: "A value is not of its field's type.",
        explanation: """
            Each field of the Table Schema has a type and a format, and a value must read as that type \
            exactly as written, by the standard's lexical rules: no surrounding spaces (except where \
            `bareNumber` is false), no hexadecimal or underscored numbers, no leap second, four-digit \
            years. A value that does not, such as 2024-13-01 for a date or a list where one value is \
            expected, cannot be exported or checked by other rules.
            """,
        triggering: [
            RuleExample("""
                roles:
                  - id: xi-president
                    actor_id: xi
                    title: President of China
                    start: ↓2013-14-01
                """),
            RuleExample("""
                attribution_links:
                  - statement_id: s001-q01
                    position: ↓first
                    as_written: CCTV
                """),
        ],
        nonTriggering: [
            RuleExample("""
                roles:
                  - id: xi-president
                    actor_id: xi
                    title: President of China
                    start: 2013-03-14
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for record in table.records {
                for (index, value) in record.values.enumerated() {
                    guard case let .invalid(raw) = value else { continue }
                    let field = table.schema.fields[index]
                    findings.append(context.finding(
                        Self.self, "'\(raw)' is not a valid \(TypeRule.describe(field)) for '\(field.name)'",
                        table: table, record: record, field: index))
                }
            }
        }
        return findings
    }

    /// The field's type and format in words, with the form a value must take.
    static func describe(_ field: Field) -> String {
        let format = field.format ?? "default"
        switch field.type {
        case .string:
            switch format {
            case "email": return "email address"
            case "uri": return "URI (scheme:rest)"
            case "binary": return "base64 text"
            case "uuid": return "UUID (8-4-4-4-12 hexadecimal digits)"
            default: return "string"
            }
        case .integer: return "integer"
        case .number: return "number"
        case .boolean:
            if field.trueValues == Field.defaultTrueValues, field.falseValues == Field.defaultFalseValues {
                return "boolean (true or false)"
            }
            return "boolean (\((field.trueValues + field.falseValues).joined(separator: ", ")))"
        case .object: return "JSON object"
        case .array: return "JSON array"
        case .list:
            return "list of \((field.itemType ?? .string).rawValue) items separated by '\(field.delimiter)'"
        case .date: return temporal("date", "YYYY-MM-DD", format)
        case .time: return temporal("time", "hh:mm:ss", format)
        case .datetime: return temporal("datetime", "YYYY-MM-DDThh:mm:ss, optional fraction and zone", format)
        case .year: return "year (YYYY)"
        case .yearmonth: return "year and month (YYYY-MM)"
        case .duration: return "duration (ISO 8601, e.g. P1Y2M3DT4H5M6S)"
        case .geopoint:
            switch format {
            case "array": return "geopoint ([lon, lat])"
            case "object": return #"geopoint ({"lon": lon, "lat": lat})"#
            default: return "geopoint (lon, lat)"
            }
        case .geojson: return format == "topojson" ? "TopoJSON topology" : "GeoJSON object"
        case .any: return "value"
        }
    }

    private static func temporal(_ name: String, _ defaultForm: String, _ format: String) -> String {
        switch format {
        case "default": return "\(name) (\(defaultForm))"
        case "any": return name
        default: return "\(name) (\(format))"
        }
    }
}
