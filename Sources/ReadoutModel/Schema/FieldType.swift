/// The Table Schema field types readout supports natively.
public enum FieldType: String, Sendable, CaseIterable {
    case string, integer, number, boolean, date, datetime, year, yearmonth
}
