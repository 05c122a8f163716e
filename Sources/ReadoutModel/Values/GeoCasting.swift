/// A `geopoint`: longitude and latitude in degrees, and the format its field writes it in.
public struct GeoPoint: Sendable, Hashable {
    public enum Format: String, Sendable {
        case `default`, array, object
    }

    public let longitude: Double
    public let latitude: Double
    public let format: Format

    /// In the field's format: `lon, lat`, `[lon, lat]` or `{"lon": lon, "lat": lat}`.
    public var text: String {
        json.map(\.compact) ?? Value.canonical(longitude) + ", " + Value.canonical(latitude)
    }

    /// The point as JSON, for the array and object formats.
    public var json: JSONValue? {
        switch format {
        case .default: return nil
        case .array: return .array([GeoPoint.number(longitude), GeoPoint.number(latitude)])
        case .object: return .object([("lon", GeoPoint.number(longitude)), ("lat", GeoPoint.number(latitude))])
        }
    }

    private static func number(_ degrees: Double) -> JSONValue {
        degrees == degrees.rounded() && abs(degrees) < 1e15 ? .integer(Int(degrees)) : .number(degrees)
    }
}

/// Table Schema `geopoint` and `geojson` (datapackage.org Table Schema, "geopoint", "geojson").
enum GeoCasting {
    /// default `lon, lat` (the space after the comma optional), array `[lon, lat]`, object
    /// `{"lon": .., "lat": ..}` with exactly those keys; longitude within ±180, latitude within ±90.
    static func geopoint(_ raw: String, format: String?) -> Value? {
        switch format ?? "default" {
        case "default":
            let parts = raw.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            let latitude = parts[1].first == " " ? parts[1].dropFirst() : parts[1]
            guard let lon = degrees(parts[0]), let lat = degrees(latitude) else { return nil }
            return point(lon, lat, .default)
        case "array", "object":
            return JSONText.parse(raw).flatMap { geopoint(json: $0, format: format) }
        default:
            return nil
        }
    }

    static func geopoint(json: JSONValue, format: String?) -> Value? {
        switch (format, json) {
        case let ("array", .array(items)):
            guard items.count == 2, let lon = items[0].degrees, let lat = items[1].degrees else { return nil }
            return point(lon, lat, .array)
        case let ("object", .object(members)):
            guard members.count == 2, Set(members.map(\.0)) == ["lon", "lat"],
                  let lon = members.first(where: { $0.0 == "lon" })?.1.degrees,
                  let lat = members.first(where: { $0.0 == "lat" })?.1.degrees else { return nil }
            return point(lon, lat, .object)
        default:
            return nil
        }
    }

    private static func point(_ lon: Double, _ lat: Double, _ format: GeoPoint.Format) -> Value? {
        guard (-180...180).contains(lon), (-90...90).contains(lat) else { return nil }
        return .geopoint(GeoPoint(longitude: lon, latitude: lat, format: format))
    }

    private static func degrees(_ text: Substring) -> Double? {
        NumberCasting.isDecimal(text) ? Double(text) : nil
    }

    /// A GeoJSON object (RFC 7946) of the right shape: a geometry with coordinates of its type's depth,
    /// a Feature with `geometry` and `properties`, or a FeatureCollection of Features.
    static func isGeoJSON(_ json: JSONValue) -> Bool {
        guard case let .object(members) = json, case let .string(type)? = member("type", members) else { return false }
        switch type {
        case "Feature":
            guard let geometry = member("geometry", members), let properties = member("properties", members) else { return false }
            return (geometry == .null || isGeometry(geometry)) && (properties == .null || properties.isObject)
        case "FeatureCollection":
            guard case let .array(features)? = member("features", members) else { return false }
            return features.allSatisfy { feature in
                guard case let .object(parts) = feature, case .string("Feature")? = member("type", parts) else { return false }
                return isGeoJSON(feature)
            }
        default:
            return isGeometry(json)
        }
    }

    private static func isGeometry(_ json: JSONValue) -> Bool {
        guard case let .object(members) = json, case let .string(type)? = member("type", members) else { return false }
        if type == "GeometryCollection" {
            guard case let .array(geometries)? = member("geometries", members) else { return false }
            return geometries.allSatisfy(isGeometry)
        }
        guard let coordinates = member("coordinates", members) else { return false }
        switch type {
        case "Point": return isPosition(coordinates)
        case "MultiPoint": return isList(coordinates, minimum: 0, of: isPosition)
        case "LineString": return isList(coordinates, minimum: 2, of: isPosition)
        case "MultiLineString": return isList(coordinates, minimum: 0) { isList($0, minimum: 2, of: isPosition) }
        case "Polygon": return isList(coordinates, minimum: 0, of: isLinearRing)
        case "MultiPolygon": return isList(coordinates, minimum: 0) { isList($0, minimum: 0, of: isLinearRing) }
        default: return false
        }
    }

    /// A TopoJSON topology: `type` Topology, an object of named geometry objects, and arcs (lists of positions).
    static func isTopoJSON(_ json: JSONValue) -> Bool {
        guard case let .object(members) = json, case .string("Topology")? = member("type", members),
              case let .object(objects)? = member("objects", members),
              let arcs = member("arcs", members), isList(arcs, minimum: 0, of: { isList($0, minimum: 0, of: isPosition) })
        else { return false }
        return objects.allSatisfy { isTopologyObject($0.1) }
    }

    private static let topologyTypes: Set<String> = [
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
    ]

    private static func isTopologyObject(_ json: JSONValue) -> Bool {
        guard case let .object(members) = json else { return false }
        if member("type", members) == .null { return true }
        guard case let .string(type)? = member("type", members), topologyTypes.contains(type) else { return false }
        if type == "GeometryCollection" {
            guard case let .array(geometries)? = member("geometries", members) else { return false }
            return geometries.allSatisfy(isTopologyObject)
        }
        return member(type.hasSuffix("Point") ? "coordinates" : "arcs", members) != nil
    }

    private static func member(_ key: String, _ members: [(String, JSONValue)]) -> JSONValue? {
        members.first { $0.0 == key }?.1
    }

    private static func isPosition(_ json: JSONValue) -> Bool {
        guard case let .array(numbers) = json, numbers.count >= 2 else { return false }
        return numbers.allSatisfy { $0.degrees != nil }
    }

    private static func isLinearRing(_ json: JSONValue) -> Bool {
        guard case let .array(positions) = json, positions.count >= 4, positions.allSatisfy(isPosition) else { return false }
        return positions.first == positions.last
    }

    private static func isList(_ json: JSONValue, minimum: Int, of isItem: (JSONValue) -> Bool) -> Bool {
        guard case let .array(items) = json, items.count >= minimum else { return false }
        return items.allSatisfy(isItem)
    }
}

extension JSONValue {
    fileprivate var degrees: Double? {
        switch self {
        case let .integer(number): return Double(number)
        case let .number(number): return number
        default: return nil
        }
    }

    fileprivate var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
