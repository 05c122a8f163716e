import Temporal

/// Parses a date written in a test; a typo is a test failure, not a crash elsewhere.
func date(_ iso: String) -> CalendarDate {
    guard let parsed = CalendarDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return parsed
}

/// Parses `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD` written in a test.
func span(_ iso: String) -> DateSpan {
    guard let parsed = DateSpan(iso: iso) else { fatalError("bad test span \(iso)") }
    return parsed
}
