import ReadoutModel
import Temporal

/// When a source was published: a stated day, or the bounds of an inferred one.
struct Publication: Equatable {
    var earliest: CalendarDate?
    var latest: CalendarDate?
    /// True when the article states its date, false when the date is inferred.
    var stated: Bool

    init(earliest: CalendarDate?, latest: CalendarDate?, stated: Bool) {
        self.earliest = earliest
        self.latest = latest
        self.stated = stated
    }

    init(_ source: ReportData.Located, data: ReportData) {
        let published = data.date(.publicationDate, of: source)
        let status = data.meaning(PublicationDateStatus.self, of: source)
        earliest = data.date(.publicationDateEarliest, of: source) ?? published
        latest = data.date(.publicationDateLatest, of: source) ?? published
        stated = status.map { $0 == .stated } ?? (published != nil)
    }

    /// "published 2021-09-10", "published between 2024-04-02 and 2024-04-03 (inferred)".
    var text: String {
        switch (earliest, latest) {
        case let (from?, to?) where from == to:
            return "published \(from)" + (stated ? "" : " (inferred)")
        case let (from?, to?):
            return "published between \(from) and \(to)" + (stated ? "" : " (inferred)")
        case let (from?, nil):
            return "published on or after \(from)"
        case let (nil, to?):
            return "published on or before \(to)"
        case (nil, nil):
            return "publication date not known"
        }
    }
}
