/// Casts what a reader found to a field's type (Table Schema "physical" to "logical"), exactly as
/// written: no trimming, no case folding, no coercion beyond what the field's type and format say.
/// A class, not a struct: readers cast millions of cells through an array of casters, and a struct
/// this size was copied out of the array for every cell.
public final class FieldCaster: Sendable {
    public let field: Field
    /// The texts that mean null for this field: the field's own `missingValues` when it has them
    /// (v2: they replace the schema's), else the schema's.
    public let missingValues: [String]
    private let pattern: StrptimePattern?

    /// `missingValues` are the schema's; a field with its own replaces them.
    public init(field: Field, missingValues schemaMissingValues: [String]) {
        self.field = field
        missingValues = field.missingValues(inSchema: schemaMissingValues)
        // A pattern that does not compile leaves `pattern` nil, and then no cell casts (TemporalCasting
        // reads only default and any): never silent. The schema parser refuses such a format first
        // (FieldCaster.problem), so descriptors never get here with one.
        pattern = FieldCaster.temporalTypes.contains(field.type) ? field.format.flatMap { format in
            format == "default" || format == "any" ? nil : try? StrptimePattern(format.hasPrefix("fmt:") ? String(format.dropFirst(4)) : format)
        } : nil
    }

    public convenience init(field: Field, in schema: TableSchema) {
        self.init(field: field, missingValues: schema.missingValues)
    }

    /// Text that is exactly one of the missing values becomes null (before any other processing, as the
    /// standard says); text that does not cast becomes `.invalid`.
    public func cast(_ raw: String) -> Value {
        if missingValues.contains(raw) { return .null }
        return castLogical(raw) ?? .invalid(raw)
    }

    /// A value of the descriptor (`enum`, `minimum`, a category), which is already logical: missing
    /// values do not apply. nil when it does not cast.
    public func castLogical(_ raw: String) -> Value? {
        switch field.type {
        case .string:
            guard let format = field.format, format != "default" else { return .string(raw) }
            return StringFormats.isValid(raw, format: format) ? .string(raw) : nil
        case .integer: return NumberCasting.integer(raw, field: field)
        case .number: return NumberCasting.number(raw, field: field)
        case .boolean:
            if field.trueValues.contains(raw) { return .boolean(true) }
            if field.falseValues.contains(raw) { return .boolean(false) }
            return nil
        case .object, .array, .geojson:
            return JSONText.parse(raw).flatMap(castJSONStructure)
        case .list: return list(raw)
        case .date: return temporal(raw, .date)
        case .time: return temporal(raw, .time)
        case .datetime: return temporal(raw, .datetime)
        case .year: return TemporalCasting.year(raw)
        case .yearmonth: return TemporalCasting.yearMonth(raw)
        case .duration: return TemporalCasting.duration(raw)
        case .geopoint: return GeoCasting.geopoint(raw, format: field.format)
        case .any: return .string(raw)
        }
    }

    /// A JSON value from a JSON or JSON Lines file. Strings cast as text does (missing values
    /// included); numbers only to integer, number and year fields; booleans only to boolean fields;
    /// objects and arrays to the types that hold JSON (object, array, geojson, geopoint's array and
    /// object formats, and a list as a JSON array of its items); `any` keeps the value as it is.
    public func cast(json: JSONValue) -> Value {
        switch (json, field.type) {
        case (.null, _): return .null
        case let (.string(text), _): return cast(text)
        case (_, .any): return FieldCaster.native(json)
        case let (.integer(number), .integer): return .integer(number)
        case let (.integer(number), .year): return (0...9999).contains(number) ? .year(number) : .invalid(json.compact)
        case let (.number(number), .integer) where number == number.rounded() && abs(number) < 9.2e18:
            return .integer(Int(number))
        case let (.integer(number), .number): return .number(Double(number))
        case let (.number(number), .number): return .number(number)
        case let (.bool(flag), .boolean): return .boolean(flag)
        case (.object, .object), (.array, .array), (.object, .geojson):
            return castJSONStructure(json) ?? .invalid(json.compact)
        case (.array, .geopoint), (.object, .geopoint):
            return GeoCasting.geopoint(json: json, format: field.format) ?? .invalid(json.compact)
        case let (.array(items), .list):
            let caster = itemCaster
            let casts = items.map { item -> Value in
                if case let .string(text) = item { return caster.castLogical(text) ?? .invalid(text) }
                return caster.cast(json: item)
            }
            return casts.allSatisfy(\.isPresent) ? .list(casts, delimiter: field.delimiter) : .invalid(json.compact)
        default:
            return .invalid(json.compact)
        }
    }

    private func castJSONStructure(_ json: JSONValue) -> Value? {
        switch (field.type, json) {
        case (.object, .object), (.array, .array): return .json(json)
        case (.geojson, .object):
            let valid = field.format == "topojson" ? GeoCasting.isTopoJSON(json) : GeoCasting.isGeoJSON(json)
            return valid ? .json(json) : nil
        default: return nil
        }
    }

    private func temporal(_ raw: String, _ kind: TemporalCasting.Kind) -> Value? {
        guard let pattern else { return TemporalCasting.cast(raw, kind: kind, format: field.format) }
        return TemporalCasting.value(raw, pattern, kind: kind)
    }

    /// Items split on `delimiter`, each cast as a value of `itemType` in its default format; an empty
    /// text is a list of no items.
    private func list(_ raw: String) -> Value? {
        guard !raw.isEmpty else { return .list([], delimiter: field.delimiter) }
        let parts = field.delimiter.isEmpty ? [raw[...]] : raw.split(separator: field.delimiter, omittingEmptySubsequences: false)
        let caster = itemCaster
        var items: [Value] = []
        items.reserveCapacity(parts.count)
        for part in parts {
            guard let item = caster.castLogical(String(part)) else { return nil }
            items.append(item)
        }
        return .list(items, delimiter: field.delimiter)
    }

    private var itemCaster: FieldCaster {
        FieldCaster(field: Field(name: field.name, type: field.itemType ?? .string), missingValues: [])
    }

    private static func native(_ json: JSONValue) -> Value {
        switch json {
        case .null: return .null
        case let .bool(flag): return .boolean(flag)
        case let .integer(number): return .integer(number)
        case let .number(number): return .number(number)
        case let .string(text): return .string(text)
        case .array, .object: return .json(json)
        }
    }

    static let temporalTypes: Set<FieldType> = [.date, .time, .datetime]
    /// The item types a list may have (Table Schema "list", `itemType`).
    public static let listItemTypes: Set<FieldType> = [.string, .integer, .boolean, .number, .datetime, .date, .time]

    /// Why readout cannot cast this field's values, or nil when it can: a format its type does not
    /// have, a strptime pattern with a directive readout lacks, a list item type the standard does not
    /// allow. The schema parser refuses such a field by name rather than reading every value as invalid.
    public static func problem(with field: Field) -> String? {
        let format = field.format ?? "default"
        switch field.type {
        case .string:
            return ["default", "email", "uri", "binary", "uuid"].contains(format) ? nil : "string has no format '\(format)'"
        case .date, .time, .datetime:
            guard format != "default", format != "any" else { return nil }
            do {
                _ = try StrptimePattern(format.hasPrefix("fmt:") ? String(format.dropFirst(4)) : format)
                return nil
            } catch {
                return "format '\(format)': \(error.message)"
            }
        case .geopoint:
            return ["default", "array", "object"].contains(format) ? nil : "geopoint has no format '\(format)'"
        case .geojson:
            return ["default", "topojson"].contains(format) ? nil : "geojson has no format '\(format)'"
        case .list:
            if let itemType = field.itemType, !listItemTypes.contains(itemType) {
                return "a list's itemType must be one of string, integer, boolean, number, datetime, date, time (not \(itemType.rawValue))"
            }
            return format == "default" ? nil : "list has no format '\(format)'"
        default:
            return format == "default" ? nil : "\(field.type.rawValue) has no format '\(format)'"
        }
    }
}
