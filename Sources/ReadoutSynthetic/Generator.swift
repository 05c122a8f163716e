import ReadoutLoader
import ReadoutModel
import Temporal

/// Builds the synthetic tables; see SyntheticDataset.
struct Generator {
    static let topics = ["taiwan", "technology", "trade", "ukraine", "korea", "communication", "fentanyl", "military"]
    static let kinds = ["call", "meeting", "visit", "summit"]

    let package: DataPackage
    var random: SeededRandom
    var tables: [String: TableBuilder] = [:]
    var corpus: [String: String] = [:]
    var eventDates: [CalendarDate] = []
    var lastStatementByEvent: [Int: (source: Int, speaker: String, topic: String, text: String)] = [:]

    init(package: DataPackage, seed: UInt64) {
        self.package = package
        random = SeededRandom(seed: seed)
        for resource in package.resources { tables[resource.name] = TableBuilder(schema: resource.schema) }
    }

    func dataset() -> Dataset {
        var dataset = Dataset(package: package)
        for index in dataset.tables.indices { dataset.tables[index].records = tables[dataset.tables[index].name]?.records ?? [] }
        return dataset
    }

    mutating func generate(statements: Int) {
        addActors()
        addEvents(count: max(2, statements / 20))
        for source in 0..<max(1, statements / 100) { addSource(source) }
    }

    static func actor(_ index: Int) -> String { Self.format3(index, prefix: "a") }
    static func outlet(_ index: Int) -> String { "o" + String(index) }

    private mutating func addActors() {
        for index in 0..<300 {
            let id = Self.actor(index)
            tables["actors"]?.add(["id": .string(id), "name": .string("Leader \(index)"), "kind": .string("person"), "country": .string(index % 2 == 0 ? "US" : "CN")])
            tables["roles"]?.add(["id": .string(id + "-role"), "actor_id": .string(id), "title": .string("President of Place \(index)"),
                                  "start": Self.date("2000-01-01"), "note": .string("synthetic")])
            for variant in ["President", "Leader of Place \(index)"] {
                tables["role_variants"]?.add(["role_id": .string(id + "-role"), "variant": .string(variant)])
            }
        }
        for index in 0..<20 {
            tables["actors"]?.add(["id": .string(Self.outlet(index)), "name": .string("Outlet \(index)"), "kind": .string("outlet"), "state_media": .boolean(index % 3 == 0)])
        }
    }

    private mutating func addEvents(count: Int) {
        // Dates increase with the id, so that a source can pick events from before its publication.
        let first = CalendarDate(year: 2005, month: 1, day: 1) ?? CalendarDate(dayNumber: 0)
        let step = max(1, 7300 / count)
        for index in 0..<count {
            let day = first.adding(days: index * step + Int.random(in: 0..<step, using: &random))
            eventDates.append(day)
            tables["events"]?.add([
                "id": .string("e-gen-" + Self.format3(index, prefix: "")), "kind": .string(Self.kinds[index % Self.kinds.count]),
                "label": .string("Synthetic event \(index)"), "date_from": .date(day), "date_to": .date(day),
                "date_precision": .string("day"), "status": .string("occurred"),
            ])
        }
    }

    static func date(_ iso: String) -> Value {
        CalendarDate(iso: iso).map(Value.date) ?? .null
    }

    /// `prefix` + the number with at least three digits (s007, s1234).
    static func format3(_ number: Int, prefix: String) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
