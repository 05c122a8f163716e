extension CalendarDate {
    /// The Monday that starts this date's ISO week.
    public var startOfWeek: CalendarDate { adding(days: 1 - weekday.rawValue) }

    /// The Sunday that ends this date's ISO week.
    public var endOfWeek: CalendarDate { adding(days: 7 - weekday.rawValue) }

    /// January 1 of this date's year.
    public var firstOfYear: CalendarDate { adding(months: 1 - month).firstOfMonth }

    /// December 31 of this date's year.
    public var lastOfYear: CalendarDate { adding(months: 12 - month).lastOfMonth }

    /// ISO 8601 week-numbering year and week (1...53).
    public var isoWeek: (year: Int, week: Int) {
        // A week belongs to the year that holds its Thursday.
        let thursday = adding(days: 4 - weekday.rawValue)
        let dayOfYear = thursday.dayNumber - thursday.firstOfYear.dayNumber
        return (thursday.year, dayOfYear / 7 + 1)
    }
}
