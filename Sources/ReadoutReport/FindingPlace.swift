import ReadoutModel

/// Where a finding or record is written: the text `file:line`, linked to the data file.
enum FindingPlace {
    static func markup(_ location: SourceLocation?, options: ReportOptions) -> Markup {
        guard let location else { return .text("no location") }
        return .element("a", ["href": href(file: location.file, prefix: options.dataLinkPrefix), "class": "place"],
                        text: "\(location.file):\(location.line)")
    }

    /// A relative link for a relative path, a file URL for an absolute one; bytes outside the URL's
    /// unreserved set are percent-encoded, so a space or `#` in a file name cannot break the link.
    static func href(file: String, prefix: String) -> String {
        let encoded = file.utf8.map { byte -> String in
            let unreserved = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || [0x2D, 0x2E, 0x5F, 0x7E, 0x2F].contains(byte)
            if unreserved { return String(UnicodeScalar(byte)) }
            let hex = String(byte, radix: 16, uppercase: true)
            return "%" + (hex.count == 1 ? "0" : "") + hex
        }.joined()
        return file.hasPrefix("/") ? "file://" + encoded : prefix + encoded
    }

    /// The id of a finding's row in the table of all findings.
    static func anchor(_ position: Int) -> String {
        "finding-\(position + 1)"
    }
}
