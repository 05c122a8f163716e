import ReadoutModel
import Temporal
import Testing

/// Table Schema casting, lexical form by lexical form, valid and invalid side by side. Each case cites
/// the section of datapackage.org's Table Schema (v2) it checks ("§number"), or the XML Schema Part 2
/// datatype the section refers to.
@Suite struct CastConformanceTests {
    enum Expected: Sendable {
        /// Casts, and its canonical text is this.
        case text(String)
        /// Casts to exactly this value.
        case value(Value)
        case invalid
        case null
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let section: String
        let field: Field
        let raw: String
        let expected: Expected
        var testDescription: String {
            "\(section): \(field.type.rawValue)\(field.format.map { "/" + $0 } ?? "") \(raw.debugDescription)"
        }
    }

    private static func field(_ type: FieldType, format: String? = nil, configure: (inout Field) -> Void = { _ in }) -> Field {
        var field = Field(name: "f", type: type, format: format)
        configure(&field)
        return field
    }

    private static func cases(_ section: String, _ field: Field, _ pairs: [(String, Expected)]) -> [Case] {
        pairs.map { Case(section: section, field: field, raw: $0.0, expected: $0.1) }
    }

    static let strings: [Case] =
        cases("§string default: any valid string, as written", field(.string), [
            ("cedar", .value(.string("cedar"))), (" cedar", .value(.string(" cedar"))), ("cedar ", .value(.string("cedar "))),
            ("   ", .value(.string("   "))), ("é", .value(.string("é"))),
        ])
        + cases("§string email", field(.string, format: "email"), [
            ("a@example.org", .text("a@example.org")), ("first.last+tag@mail.example.co", .text("first.last+tag@mail.example.co")),
            ("a@b", .invalid), ("a b@c.org", .invalid), ("@c.org", .invalid), ("a@@c.org", .invalid), (" a@c.org", .invalid),
            ("a@-c.org", .invalid),
        ])
        + cases("§string uri (RFC 3986)", field(.string, format: "uri"), [
            ("https://example.org/a?b=c#d", .text("https://example.org/a?b=c#d")), ("urn:isbn:0451450523", .text("urn:isbn:0451450523")),
            ("mailto:a@b.org", .text("mailto:a@b.org")), ("http://x.org/%20", .text("http://x.org/%20")),
            ("no scheme", .invalid), ("http://x y", .invalid), ("1http://x", .invalid), ("http://x/%2", .invalid), (":x", .invalid),
        ])
        + cases("§string binary (RFC 4648 base64)", field(.string, format: "binary"), [
            ("aGVsbG8=", .text("aGVsbG8=")), ("aGVsbA==", .text("aGVsbA==")), ("aGVs", .text("aGVs")),
            ("aGVsbG8", .invalid), ("aGVs bG8=", .invalid), ("aGVsbG8===", .invalid), ("a=Vs", .invalid), ("not base64!", .invalid),
        ])
        + cases("§string uuid (RFC 9562)", field(.string, format: "uuid"), [
            ("123e4567-e89b-12d3-a456-426614174000", .text("123e4567-e89b-12d3-a456-426614174000")),
            ("123E4567-E89B-12D3-A456-426614174000", .text("123E4567-E89B-12D3-A456-426614174000")),
            ("123e4567e89b12d3a456426614174000", .invalid), ("{123e4567-e89b-12d3-a456-426614174000}", .invalid),
            ("123e4567-e89b-12d3-a456-42661417400g", .invalid),
        ])

    static let numbers: [Case] =
        cases("§number: XML Schema decimal with an optional exponent", field(.number), [
            ("-1.23", .value(.number(-1.23))), ("12678967.543233", .value(.number(12678967.543233))),
            ("+100000.00", .value(.number(100000))), ("210", .value(.number(210))), (".5", .value(.number(0.5))),
            ("5.", .value(.number(5))), ("1E5", .value(.number(1e5))), ("1e-5", .value(.number(1e-5))), ("2.5E+10", .value(.number(2.5e10))),
            ("1e300", .value(.number(1e300))), ("1e400", .value(.bigNumber("1e400"))), ("-1E+400", .value(.bigNumber("-1E+400"))),
            ("1e-400", .value(.bigNumber("1e-400"))), ("0e-400", .value(.number(0))),
            ("0x1A", .invalid), ("1_000", .invalid), (" 1", .invalid), ("1 ", .invalid), ("1.5e", .invalid), ("e5", .invalid),
            ("1,5", .invalid), ("--1", .invalid), (".", .invalid), ("1.2.3", .invalid), ("١٢", .invalid),
        ])
        + cases("§number special values NaN, INF, -INF (case need not be respected)", field(.number), [
            ("NaN", .text("NaN")), ("nan", .text("NaN")), ("INF", .value(.number(.infinity))), ("inf", .value(.number(.infinity))),
            ("-INF", .value(.number(-.infinity))), ("-inf", .value(.number(-.infinity))),
            ("Infinity", .invalid), ("+INF", .invalid), ("-NaN", .invalid),
        ])
        + cases("§number decimalChar and groupChar", field(.number) { $0.decimalChar = ","; $0.groupChar = "." }, [
            ("1.234,5", .value(.number(1234.5))), ("1,5", .value(.number(1.5))), ("1.234.567", .value(.number(1234567))),
            ("1,5.", .value(.number(1.5))), ("1 234,5", .invalid),
        ])
        + cases("§number decimalChar: a period that is not the decimal mark", field(.number) { $0.decimalChar = "," }, [
            ("1,5", .value(.number(1.5))), ("1.5", .invalid),
        ])
        + cases("§number groupChar", field(.number) { $0.groupChar = "," }, [
            ("100,000", .value(.number(100_000))), ("100,000.25", .value(.number(100_000.25))),
        ])
        + cases("§number bareNumber false: leading and trailing non-numeric text stripped", field(.number) { $0.bareNumber = false }, [
            ("€95", .value(.number(95))), ("95%", .value(.number(95))), ("EUR -95", .value(.number(-95))),
            ("$.5", .value(.number(0.5))), ("1e5 m", .value(.number(1e5))), ("95", .value(.number(95))),
            ("a1b2", .invalid), ("no digits", .invalid),
        ])
        + cases("§number bareNumber true (the default): the text must be the number alone", field(.number), [
            ("95%", .invalid), ("€95", .invalid),
        ])

    static let integers: [Case] =
        cases("§integer: any valid integer, of any size", field(.integer), [
            ("42", .value(.integer(42))), ("-7", .value(.integer(-7))), ("+1", .value(.integer(1))), ("01", .value(.integer(1))),
            ("-0", .value(.integer(0))), ("9223372036854775807", .value(.integer(.max))),
            ("9223372036854775808", .value(.bigInteger("9223372036854775808"))),
            ("-123456789012345678901234567890", .value(.bigInteger("-123456789012345678901234567890"))),
            ("000123456789012345678901234567890", .text("123456789012345678901234567890")),
            ("4.5", .invalid), ("1.0", .invalid), ("1e3", .invalid), ("0x1A", .invalid), ("1_0", .invalid), (" 1", .invalid),
            ("1 ", .invalid), ("+", .invalid), ("", .null),
        ])
        + cases("§integer groupChar", field(.integer) { $0.groupChar = "," }, [
            ("1,000", .value(.integer(1000))), ("1000", .value(.integer(1000))), ("1,000.5", .invalid),
        ])
        + cases("§integer bareNumber false", field(.integer) { $0.bareNumber = false }, [
            ("€95", .value(.integer(95))), ("95%", .value(.integer(95))), ("about -3 items", .value(.integer(-3))), ("x", .invalid),
        ])

    static let booleans: [Case] =
        cases("§boolean default trueValues and falseValues, exact strings", field(.boolean), [
            ("true", .value(.boolean(true))), ("True", .value(.boolean(true))), ("TRUE", .value(.boolean(true))), ("1", .value(.boolean(true))),
            ("false", .value(.boolean(false))), ("FALSE", .value(.boolean(false))), ("0", .value(.boolean(false))),
            ("tRUE", .invalid), ("yes", .invalid), (" true", .invalid), ("true ", .invalid),
        ])
        + cases("§boolean custom trueValues and falseValues replace the defaults",
                field(.boolean) { $0.trueValues = ["Y"]; $0.falseValues = ["N"] }, [
            ("Y", .value(.boolean(true))), ("N", .value(.boolean(false))), ("true", .invalid), ("y", .invalid),
        ])

    static let structured: [Case] =
        cases("§object: a valid JSON object", field(.object), [
            (#"{"a": 1}"#, .text(#"{"a":1}"#)), ("{}", .text("{}")), (#" {"a": [1, {"b": null}]} "#, .text(#"{"a":[1,{"b":null}]}"#)),
            (#"{"s": "\u00e9\n"}"#, .value(.json(.object([("s", .string("é\n"))])))),
            ("[1]", .invalid), ("1", .invalid), ("{bad", .invalid), (#"{"a": 1,}"#, .invalid), ("{'a': 1}", .invalid),
            (#"{"a": 01}"#, .invalid), (#"{"a": 1} x"#, .invalid),
        ])
        + cases("§array: a valid JSON array", field(.array), [
            ("[1, 2]", .text("[1,2]")), ("[]", .text("[]")), (#"[true, null, "x", 1.5e3]"#, .text(#"[true,null,"x",1500]"#)),
            (#"{"a": 1}"#, .invalid), ("[1", .invalid), ("[1,]", .invalid), ("", .null),
        ])
        + cases("§list: items separated by the delimiter, strings by default", field(.list), [
            ("a,b", .value(.list([.string("a"), .string("b")], delimiter: ","))), ("a", .value(.list([.string("a")], delimiter: ","))),
            ("a, b", .value(.list([.string("a"), .string(" b")], delimiter: ","))), ("a,,b", .text("a,,b")),
        ])
        + cases("§list itemType integer: items cast as integers, as written", field(.list) { $0.itemType = .integer }, [
            ("1,2,3", .value(.list([.integer(1), .integer(2), .integer(3)], delimiter: ","))),
            ("1, 2", .invalid), ("a,b", .invalid), ("1,,2", .invalid),
        ])
        + cases("§list delimiter and itemType date (default format only)", field(.list) { $0.delimiter = ";"; $0.itemType = .date }, [
            ("2024-01-26;2024-02-01", .text("2024-01-26;2024-02-01")), ("2024-01-26,2024-02-01", .invalid), ("26/01/2024", .invalid),
        ])

    static let temporal: [Case] =
        cases("§date default: yyyy-mm-dd", field(.date), [
            ("2024-01-26", .value(.date(CalendarDate(year: 2024, month: 1, day: 26)!))), ("0999-01-01", .text("0999-01-01")),
            ("2024-02-29", .text("2024-02-29")),
            ("2024-1-26", .invalid), ("20240126", .invalid), ("-999-01-01", .invalid), ("2023-02-29", .invalid), ("2024-13-01", .invalid),
            ("2024-01-26T00:00:00", .invalid), (" 2024-01-26", .invalid), ("0000-01-01", .invalid), ("12024-01-01", .invalid),
        ])
        + cases("§date <PATTERN>: strptime %d/%m/%Y", field(.date, format: "%d/%m/%Y"), [
            ("26/01/2024", .text("2024-01-26")), ("1/1/2024", .text("2024-01-01")),
            ("26/01/24", .invalid), ("2024-01-26", .invalid), ("31/02/2024", .invalid), ("26/01/2024 ", .invalid),
        ])
        + cases("§date <PATTERN>: month names, two-digit years, v0 fmt: prefix", field(.date, format: "fmt:%d %b %y"), [
            ("26 Jan 24", .text("2024-01-26")), ("26 jan 69", .text("1969-01-26")), ("26 January 24", .invalid),
        ])
        + cases("§date any: the default form or a common one", field(.date, format: "any"), [
            ("2024-01-26", .text("2024-01-26")), ("2024/01/26", .text("2024-01-26")), ("26 January 2024", .text("2024-01-26")),
            ("Jan 26, 2024", .text("2024-01-26")), ("01/02/2024", .text("2024-01-02")), ("26/01/2024", .text("2024-01-26")),
            ("yesterday", .invalid), ("2024-13-40", .invalid),
        ])
        + cases("§time default: hh:mm:ss, optional fraction and zone (XML Schema time)", field(.time), [
            ("15:00:00", .text("15:00:00")), ("15:00:00.5", .text("15:00:00.5")), ("15:00:00Z", .text("15:00:00Z")),
            ("15:00:00+05:00", .text("15:00:00+05:00")), ("24:00:00", .text("24:00:00")),
            ("23:59:60", .invalid), ("15:00", .invalid), ("1:00:00", .invalid), ("24:00:01", .invalid), ("15:00:00z", .invalid),
            ("15:00:00+0500", .invalid), ("15:00:00+15:00", .invalid), ("15:60:00", .invalid), ("15:00:00.", .invalid),
        ])
        + cases("§time <PATTERN>: %I:%M %p", field(.time, format: "%I:%M %p"), [
            ("3:05 PM", .text("3:05 PM")), ("12:00 am", .text("12:00 am")), ("13:05 PM", .invalid),
        ])
        + cases("§datetime default: XML Schema dateTime", field(.datetime), [
            ("2024-01-26T15:00:00", .text("2024-01-26T15:00:00")), ("2024-01-26T15:00:00.300-05:00", .text("2024-01-26T15:00:00.300-05:00")),
            ("2024-01-26T15:00:00Z", .text("2024-01-26T15:00:00Z")), ("2024-01-26T24:00:00", .text("2024-01-26T24:00:00")),
            ("2024-01-26T15:00:00+14:00", .text("2024-01-26T15:00:00+14:00")),
            ("2024-01-26T23:59:60Z", .invalid), ("2024-01-26 15:00:00", .invalid), ("2024-01-26t15:00:00z", .invalid),
            ("2024-01-26T15:00", .invalid), ("2024-01-26T15:00:00+15:00", .invalid), ("-999-01-01T00:00:00", .invalid),
            ("2024-01-26T15:00:00+0500", .invalid), ("2024-02-30T00:00:00", .invalid), ("2024-01-26T", .invalid),
        ])
        + cases("§datetime <PATTERN>: %d/%m/%Y %H:%M:%S", field(.datetime, format: "%d/%m/%Y %H:%M:%S"), [
            ("12/11/2018 09:15:32", .text("12/11/2018 09:15:32")), ("12/11/2018  09:15:32", .text("12/11/2018  09:15:32")),
            ("12/11/2018 09:15:60", .invalid), ("12/11/2018", .invalid),
        ])
        + cases("§datetime <PATTERN>: %z and %f", field(.datetime, format: "%Y%m%d %H%M%S.%f%z"), [
            ("20240126 150000.25+0100", .text("20240126 150000.25+0100")), ("20240126 150000.25", .invalid),
        ])
        + cases("§datetime any", field(.datetime, format: "any"), [
            ("2024-01-26T15:00:00Z", .text("2024-01-26T15:00:00Z")), ("2024-01-26 15:00:00", .text("2024-01-26 15:00:00")),
            ("2024-01-26 15:00", .text("2024-01-26 15:00")), ("26 January 2024", .text("26 January 2024")), ("soon", .invalid),
        ])
        + cases("§year: XML Schema gYear, YYYY", field(.year), [
            ("2024", .value(.year(2024))), ("0999", .value(.year(999))), ("999", .invalid), ("-999", .invalid), ("20245", .invalid),
            ("+2024", .invalid), ("2024Z", .invalid),
        ])
        + cases("§yearmonth: XML Schema gYearMonth, YYYY-MM", field(.yearmonth), [
            ("2024-01", .value(.yearMonth(year: 2024, month: 1))), ("2024-12", .text("2024-12")),
            ("2024-13", .invalid), ("2024-1", .invalid), ("999-01", .invalid), ("202401", .invalid), ("2024-00", .invalid),
        ])
        + cases("§duration: XML Schema duration PnYnMnDTnHnMnS", field(.duration), [
            ("P1Y2M3DT4H5M6.7S", .text("P1Y2M3DT4H5M6.7S")), ("P1Y", .text("P1Y")), ("PT1.5S", .text("PT1.5S")),
            ("-P1D", .text("-P1D")), ("PT36H", .text("PT36H")), ("P0D", .text("P0D")),
            ("PT", .invalid), ("P", .invalid), ("P1W", .invalid), ("P1.5Y", .invalid), ("P1DT", .invalid), ("1D", .invalid),
            ("P1M1Y", .invalid), ("P1D1D", .invalid), ("PT1H1H", .invalid), ("P T1H", .invalid),
        ])

    static let geographic: [Case] =
        cases("§geopoint default: \"lon, lat\", the space after the comma optional", field(.geopoint), [
            ("90.50, 45.50", .text("90.5, 45.5")), ("90.5,45.5", .text("90.5, 45.5")), ("-180,-90", .text("-180, -90")),
            ("190,0", .invalid), ("0,91", .invalid), ("90.5 , 45.5", .invalid), ("90.5,  45.5", .invalid), ("a,b", .invalid),
            ("1,2,3", .invalid), ("NaN,0", .invalid),
        ])
        + cases("§geopoint array: [lon, lat]", field(.geopoint, format: "array"), [
            ("[90.5, 45.5]", .text("[90.5,45.5]")), ("[190, 0]", .invalid), ("[1,2,3]", .invalid), (#"["1", "2"]"#, .invalid),
        ])
        + cases("§geopoint object: exactly lon and lat", field(.geopoint, format: "object"), [
            (#"{"lon": 90.5, "lat": 45.5}"#, .text(#"{"lon":90.5,"lat":45.5}"#)), (#"{"lon": 90.5}"#, .invalid),
            (#"{"lon": 1, "lat": 2, "x": 3}"#, .invalid), (#"{"lon": 1, "lat": 95}"#, .invalid),
        ])
        + cases("§geojson default: a GeoJSON object (RFC 7946), shape checked", field(.geojson), [
            (#"{"type": "Point", "coordinates": [1, 2]}"#, .text(#"{"type":"Point","coordinates":[1,2]}"#)),
            (#"{"type": "LineString", "coordinates": [[1, 2], [3, 4]]}"#, .text(#"{"type":"LineString","coordinates":[[1,2],[3,4]]}"#)),
            (#"{"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}"#, .text(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}"#)),
            (#"{"type": "Feature", "geometry": null, "properties": null}"#, .text(#"{"type":"Feature","geometry":null,"properties":null}"#)),
            (#"{"type": "FeatureCollection", "features": []}"#, .text(#"{"type":"FeatureCollection","features":[]}"#)),
            (#"{"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [1, 2]}]}"#,
             .text(#"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}"#)),
            (#"{"type": "Point"}"#, .invalid), (#"{"type": "Foo"}"#, .invalid), ("[1]", .invalid),
            (#"{"type": "Point", "coordinates": [1]}"#, .invalid), (#"{"type": "LineString", "coordinates": [[1, 2]]}"#, .invalid),
            (#"{"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1]]]}"#, .invalid),
            (#"{"type": "Feature", "geometry": null}"#, .invalid),
        ])
        + cases("§geojson topojson: a TopoJSON Topology, shape checked", field(.geojson, format: "topojson"), [
            (#"{"type": "Topology", "objects": {}, "arcs": []}"#, .text(#"{"type":"Topology","objects":{},"arcs":[]}"#)),
            (#"{"type": "Topology", "objects": {"a": {"type": "Point", "coordinates": [1, 2]}}, "arcs": [[[0, 0], [1, 1]]]}"#,
             .text(#"{"type":"Topology","objects":{"a":{"type":"Point","coordinates":[1,2]}},"arcs":[[[0,0],[1,1]]]}"#)),
            (#"{"type": "Point", "coordinates": [1, 2]}"#, .invalid), (#"{"type": "Topology", "objects": {}}"#, .invalid),
        ])
        + cases("§any: no processing, the value as in the source", field(.any), [
            ("1", .value(.string("1"))), (" x ", .value(.string(" x "))), ("", .null),
        ])

    static let missing: [Case] =
        cases("§missingValues: the default [\"\"]: only the empty string is null", field(.string), [
            ("", .null), (" ", .value(.string(" "))), ("NA", .value(.string("NA"))),
        ])
        + cases("§field missingValues replace the schema's (v2)", field(.integer) { $0.missingValues = ["-", "NA"] }, [
            ("-", .null), ("NA", .null), ("", .invalid), ("1", .value(.integer(1))), (" -", .invalid),
        ])
        + cases("§field missingValues []: nothing is null", field(.string) { $0.missingValues = [] }, [
            ("", .value(.string(""))),
        ])

    static let all = strings + numbers + integers + booleans + structured + temporal + geographic + missing

    @Test(arguments: all)
    func casts(_ testCase: Case) {
        let value = FieldCaster(field: testCase.field, missingValues: [""]).cast(testCase.raw)
        switch testCase.expected {
        case let .text(text):
            #expect(value.isPresent, "\(value)")
            #expect(value.text == text)
        case let .value(expected):
            #expect(value == expected, "\(value)")
        case .invalid:
            #expect(value == .invalid(testCase.raw), "\(value)")
        case .null:
            #expect(value == .null, "\(value)")
        }
    }

    // MARK: Comparison of typed values (§Field Constraints: constraints apply to logical values)

    private static func cast(_ raw: String, _ type: FieldType, format: String? = nil) -> Value {
        FieldCaster(field: Field(name: "f", type: type, format: format), missingValues: [""]).cast(raw)
    }

    struct OrderCase: CustomTestStringConvertible, Sendable {
        let type: FieldType
        let lhs: String
        let rhs: String
        let order: ValueOrder?
        var testDescription: String { "\(type.rawValue): \(lhs) vs \(rhs)" }
    }

    static let orders: [OrderCase] = [
        OrderCase(type: .datetime, lhs: "2024-01-01T10:00:00+02:00", rhs: "2024-01-01T08:00:00Z", order: .equal),
        OrderCase(type: .datetime, lhs: "2024-01-01T10:00:00+02:00", rhs: "2024-01-01T09:00:00Z", order: .less),
        OrderCase(type: .datetime, lhs: "2024-01-01T23:30:00-05:00", rhs: "2024-01-02T01:00:00Z", order: .greater),
        OrderCase(type: .datetime, lhs: "2024-01-01T00:00:00.5Z", rhs: "2024-01-01T00:00:00.25Z", order: .greater),
        OrderCase(type: .datetime, lhs: "2024-01-01T00:00:00.50Z", rhs: "2024-01-01T00:00:00.5Z", order: .equal),
        OrderCase(type: .datetime, lhs: "2024-01-01T24:00:00Z", rhs: "2024-01-02T00:00:00Z", order: .equal),
        // XML Schema: a zoned and an unzoned datetime within 14 hours are indeterminate.
        OrderCase(type: .datetime, lhs: "2024-01-01T00:00:00", rhs: "2024-01-01T05:00:00Z", order: nil),
        OrderCase(type: .datetime, lhs: "2024-01-01T00:00:00", rhs: "2024-01-03T00:00:00Z", order: .less),
        OrderCase(type: .time, lhs: "10:00:00+02:00", rhs: "08:00:00Z", order: .equal),
        OrderCase(type: .time, lhs: "10:00:00", rhs: "09:00:00", order: .greater),
        OrderCase(type: .integer, lhs: "123456789012345678901234567890", rhs: "9223372036854775807", order: .greater),
        OrderCase(type: .integer, lhs: "-123456789012345678901234567890", rhs: "-123456789012345678901234567891", order: .greater),
        OrderCase(type: .integer, lhs: "-99999999999999999999", rhs: "3", order: .less),
        OrderCase(type: .integer, lhs: "10", rhs: "9", order: .greater),
        OrderCase(type: .number, lhs: "1e3", rhs: "999.5", order: .greater),
        OrderCase(type: .number, lhs: "-INF", rhs: "-1e300", order: .less),
        OrderCase(type: .number, lhs: "1e400", rhs: "1e300", order: .greater),
        OrderCase(type: .number, lhs: "-1e400", rhs: "-1e300", order: .less),
        OrderCase(type: .number, lhs: "NaN", rhs: "1", order: nil),
        OrderCase(type: .number, lhs: "1.0", rhs: "1", order: .equal),
        OrderCase(type: .duration, lhs: "P1D", rhs: "PT24H", order: .equal),
        OrderCase(type: .duration, lhs: "P1Y", rhs: "P12M", order: .equal),
        OrderCase(type: .duration, lhs: "P1M", rhs: "P2M", order: .less),
        OrderCase(type: .duration, lhs: "P1M", rhs: "P30D", order: nil),
        OrderCase(type: .duration, lhs: "-P1D", rhs: "PT1S", order: .less),
        OrderCase(type: .yearmonth, lhs: "2023-12", rhs: "2024-01", order: .less),
        OrderCase(type: .date, lhs: "2024-04-02", rhs: "2024-04-10", order: .less),
    ]

    @Test(arguments: orders)
    func ordersTypedValues(_ testCase: OrderCase) {
        let lhs = Self.cast(testCase.lhs, testCase.type), rhs = Self.cast(testCase.rhs, testCase.type)
        #expect(lhs.isPresent && rhs.isPresent)
        #expect(Value.order(lhs, rhs) == testCase.order)
        if testCase.order == .equal {
            #expect(lhs == rhs)
            #expect(lhs.hashValue == rhs.hashValue)
        }
    }

    @Test func equalInstantsKeepTheirOwnText() {
        let zoned = Self.cast("2024-01-01T10:00:00+02:00", .datetime), utc = Self.cast("2024-01-01T08:00:00Z", .datetime)
        #expect(zoned == utc)
        #expect(zoned.text == "2024-01-01T10:00:00+02:00")
        #expect(utc.text == "2024-01-01T08:00:00Z")
        #expect(Self.cast("2024-01-01T08:00:00", .datetime) != utc)
    }

    @Test func nanEqualsNaNSoSetsOfValuesStaySets() {
        let values: Set<Value> = [Self.cast("NaN", .number), Self.cast("nan", .number), Self.cast("1", .number)]
        #expect(values.count == 2)
    }

    @Test func jsonObjectsAreEqualWhateverTheirKeyOrder() {
        #expect(Self.cast(#"{"a": 1, "b": [2]}"#, .object) == Self.cast(#"{"b":[2],"a":1}"#, .object))
        #expect(Self.cast("[1, 2]", .array) != Self.cast("[2, 1]", .array))
    }

    @Test func collectionsCountTheirItems() {
        #expect(Self.cast(#"{"a": 1, "b": 2}"#, .object).itemCount == 2)
        #expect(Self.cast("[1, [2, 3]]", .array).itemCount == 2)
        #expect(Self.cast("a,b,c", .list).itemCount == 3)
        #expect(Self.cast("abc", .string).itemCount == nil)
    }

    // MARK: Descriptor values (enum, bounds, categories) are logical: missing values do not apply

    @Test func descriptorValuesCastWithoutMissingValues() {
        let caster = FieldCaster(field: Field(name: "f", type: .string), missingValues: [""])
        #expect(caster.castLogical("") == .string(""))
        #expect(caster.cast("") == .null)
        let numbers = FieldCaster(field: Field(name: "f", type: .number, decimalChar: ","), missingValues: [""])
        #expect(numbers.castLogical("1,5") == .number(1.5))
        #expect(numbers.castLogical("x") == nil)
    }

    // MARK: JSON sources (§any: JSON has its own types; §object, §array, §geopoint array/object)

    struct JSONCase: CustomTestStringConvertible, Sendable {
        let field: Field
        let json: JSONValue
        let expected: Expected
        var testDescription: String { "\(field.type.rawValue)\(field.format.map { "/" + $0 } ?? ""): \(json.compact)" }
    }

    static let jsonCases: [JSONCase] = [
        JSONCase(field: field(.integer), json: .integer(7), expected: .value(.integer(7))),
        JSONCase(field: field(.integer), json: .number(7), expected: .value(.integer(7))),
        JSONCase(field: field(.integer), json: .number(7.5), expected: .invalid),
        JSONCase(field: field(.integer), json: .bool(true), expected: .invalid),
        JSONCase(field: field(.integer), json: .string("7"), expected: .value(.integer(7))),
        JSONCase(field: field(.number), json: .integer(2), expected: .value(.number(2))),
        JSONCase(field: field(.number), json: .number(2.5), expected: .value(.number(2.5))),
        JSONCase(field: field(.year), json: .integer(2024), expected: .value(.year(2024))),
        JSONCase(field: field(.boolean), json: .bool(false), expected: .value(.boolean(false))),
        JSONCase(field: field(.boolean), json: .integer(1), expected: .invalid),
        JSONCase(field: field(.string), json: .integer(1), expected: .invalid),
        JSONCase(field: field(.string), json: .string(""), expected: .null),
        JSONCase(field: field(.string), json: .null, expected: .null),
        JSONCase(field: field(.object), json: .object([("a", .integer(1))]), expected: .text(#"{"a":1}"#)),
        JSONCase(field: field(.object), json: .array([]), expected: .invalid),
        JSONCase(field: field(.array), json: .array([.integer(1)]), expected: .text("[1]")),
        JSONCase(field: field(.object), json: .string(#"{"a": 1}"#), expected: .text(#"{"a":1}"#)),
        JSONCase(field: field(.geopoint, format: "array"), json: .array([.integer(1), .number(2.5)]), expected: .text("[1,2.5]")),
        JSONCase(field: field(.geopoint, format: "object"), json: .object([("lon", .integer(1)), ("lat", .integer(2))]),
                 expected: .text(#"{"lon":1,"lat":2}"#)),
        JSONCase(field: field(.geopoint), json: .array([.integer(1), .integer(2)]), expected: .invalid),
        JSONCase(field: field(.geojson), json: .object([("type", .string("Point")), ("coordinates", .array([.integer(1), .integer(2)]))]),
                 expected: .text(#"{"type":"Point","coordinates":[1,2]}"#)),
        JSONCase(field: field(.list) { $0.itemType = .integer }, json: .array([.integer(1), .integer(2)]),
                 expected: .value(.list([.integer(1), .integer(2)], delimiter: ","))),
        JSONCase(field: field(.list) { $0.itemType = .integer }, json: .array([.integer(1), .string("x")]), expected: .invalid),
        JSONCase(field: field(.any), json: .integer(1), expected: .value(.integer(1))),
        JSONCase(field: field(.any), json: .array([.integer(1)]), expected: .text("[1]")),
        JSONCase(field: field(.date), json: .string("2024-01-26"), expected: .text("2024-01-26")),
        JSONCase(field: field(.date), json: .integer(20240126), expected: .invalid),
    ]

    @Test(arguments: jsonCases)
    func castsJSON(_ testCase: JSONCase) {
        let value = FieldCaster(field: testCase.field, missingValues: [""]).cast(json: testCase.json)
        switch testCase.expected {
        case let .text(text):
            #expect(value.isPresent, "\(value)")
            #expect(value.text == text)
        case let .value(expected):
            #expect(value == expected, "\(value)")
        case .invalid:
            #expect(!value.isPresent && !value.isNull, "\(value)")
        case .null:
            #expect(value == .null, "\(value)")
        }
    }

    // MARK: Formats readout cannot cast are named, for the schema parser to refuse

    @Test func unusableFormatsAreNamed() {
        #expect(FieldCaster.problem(with: Field(name: "f", type: .date, format: "%d/%m/%Y")) == nil)
        #expect(FieldCaster.problem(with: Field(name: "f", type: .date, format: "%Q")) != nil)
        #expect(FieldCaster.problem(with: Field(name: "f", type: .string, format: "hostname")) != nil)
        #expect(FieldCaster.problem(with: Field(name: "f", type: .geojson, format: "topojson")) == nil)
        #expect(FieldCaster.problem(with: Field(name: "f", type: .list, itemType: .object)) != nil)
        #expect(FieldCaster.problem(with: Field(name: "f", type: .integer, format: "default")) == nil)
    }
}
