/// Every Table Schema field type (v2, with the v1 types).
public enum FieldType: String, Sendable, CaseIterable {
    case string, number, integer, boolean, object, array, list
    case date, time, datetime, year, yearmonth, duration
    case geopoint, geojson, any
}
