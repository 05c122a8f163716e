import ReadoutKit
import ReadoutModel
import ReadoutRules
import Temporal

/// The dataset as the report reads it: tables found through their annotations (never their names),
/// records by key, and for every record the event and the source it belongs to.
struct ReportData {
    /// A record and the table it is in.
    struct Located {
        let table: Table
        let record: Record
    }

    let validation: Validation
    let index: DatasetIndex
    let events: Table?
    let sources: Table?
    /// Record → the key of the event the record is about (the event itself for events).
    private let eventKeys: [RecordID: String]
    /// Record → the key of the source the record comes from (the source itself for sources).
    private let sourceKeys: [RecordID: String]

    init(_ validation: Validation) {
        self.validation = validation
        let dataset = validation.dataset
        let index = DatasetIndex(dataset: dataset)
        self.index = index
        events = index.eventTable.flatMap(dataset.table(named:))
        sources = index.sourceTable.flatMap(dataset.table(named:))
        var eventKeys: [RecordID: String] = [:], sourceKeys: [RecordID: String] = [:]
        for table in dataset.tables {
            for record in table.records {
                let id = table.id(of: record)
                if table.name == events?.name {
                    eventKeys[id] = id.key
                } else if let events, let event = index.event(of: record, in: table.name) {
                    eventKeys[id] = events.key(of: event)
                }
                if table.name == sources?.name {
                    sourceKeys[id] = id.key
                } else if let sources, let source = index.source(of: record, in: table.name) {
                    sourceKeys[id] = sources.key(of: source)
                }
            }
        }
        self.eventKeys = eventKeys
        self.sourceKeys = sourceKeys
    }

    func located(_ reference: RecordReference) -> Located? {
        guard let name = reference.table, let record = index.record(in: name, key: reference.key),
              let table = validation.dataset.table(named: name) else { return nil }
        return Located(table: table, record: record)
    }

    func eventKey(of reference: RecordReference) -> String? {
        reference.id.flatMap { eventKeys[$0] }
    }

    func sourceKey(of reference: RecordReference) -> String? {
        reference.id.flatMap { sourceKeys[$0] }
    }

    /// For every record that belongs to both an event and a source: that event and that source.
    func recordsWithEventAndSource() -> [(event: String, source: String)] {
        validation.dataset.tables.flatMap { table in
            table.records.compactMap { record -> (event: String, source: String)? in
                let id = table.id(of: record)
                guard let event = eventKeys[id], let source = sourceKeys[id] else { return nil }
                return (event, source)
            }
        }
    }

    func string(_ annotation: SchemaAnnotation, of located: Located) -> String? {
        located.table.schema.index(of: annotation).flatMap { located.record.values[$0].text }
    }

    func date(_ annotation: SchemaAnnotation, of located: Located) -> CalendarDate? {
        located.table.schema.index(of: annotation).flatMap { located.record.values[$0].dateValue }
    }

    /// What a record says, for showing it: its quote, claim, title as written, or else its evidence.
    func statedText(of located: Located) -> String? {
        [SchemaAnnotation.quote, .claimText, .titleAsWritten, .evidence].lazy.compactMap { string($0, of: located) }.first
    }

    /// A record's human name: its field annotated `display-name`, else its key.
    func displayName(of located: Located) -> String {
        string(.displayName, of: located) ?? located.table.key(of: located.record)
    }

    /// A table's name for headings and labels: its name with words spaced and capitalized
    /// (`role_variants` → "Role variants"), so the report speaks of the schema's own tables.
    static func heading(_ tableName: String) -> String {
        let spaced = tableName.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// The resource's `title`, when the descriptor gives one.
    func title(ofTable name: String) -> String? {
        validation.dataset.package.resources.first { $0.name == name }?.title
    }

    /// The label for the field a table annotates so: its `title`, else its name spaced and capitalized.
    func label(_ annotation: SchemaAnnotation, in table: Table) -> String? {
        table.schema.index(of: annotation).map { field in
            table.schema.fields[field].title ?? ReportData.heading(table.schema.fields[field].name)
        }
    }

    /// The record a field refers to through a single-field foreign key, if it resolves.
    func referenced(by annotation: SchemaAnnotation, of located: Located) -> Located? {
        let schema = located.table.schema
        guard let field = schema.index(of: annotation), let key = located.record.values[field].text else { return nil }
        let name = schema.fields[field].name
        guard let foreignKey = schema.foreignKeys.first(where: { $0.fields == [name] }) else { return nil }
        let target = foreignKey.referencedTable(from: located.table.name)
        guard let table = validation.dataset.table(named: target), let record = index.record(in: target, key: key) else {
            return nil
        }
        return Located(table: table, record: record)
    }

    /// The heading of the events section: the event table's name ("Events" without one).
    var eventsHeading: String {
        events.map { ReportData.heading($0.name) } ?? "Events"
    }

    /// The source table's name for labels ("source" without one): "sources s001", "papers hd".
    var sourceLabel: String {
        sources?.name ?? "source"
    }

    func source(key: String) -> Located? {
        guard let sources, let record = index.record(in: sources.name, key: key) else { return nil }
        return Located(table: sources, record: record)
    }

    func event(key: String) -> Located? {
        guard let events, let record = index.record(in: events.name, key: key) else { return nil }
        return Located(table: events, record: record)
    }
}
