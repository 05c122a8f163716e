import ReadoutKit

/// The report: one self-contained HTML page made from a validation (its dataset and findings),
/// with no script, no external resource and no timestamp, so the same input gives the same bytes.
public enum ReportPage {
    public static func render(_ validation: Validation, options: ReportOptions = ReportOptions()) -> String {
        let data = ReportData(validation)
        let title = "readout report: " + (validation.dataset.package.title ?? validation.dataset.package.name ?? "dataset")
        let contents: [(String, String)] = [
            ("#summary", "Summary"), ("#conflicts", "Conflicting accounts"), ("#events", data.eventsHeading),
            ("#attribution", "Attribution"), ("#findings", "All findings"),
        ]
        let head = Markup.element("head", [:], [.lines([
            .void("meta", ["charset": "utf-8"]),
            .void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
            .element("title", text: title),
            .element("style", [:], [.literal(ReportStyle.css)]),
        ])])
        let body = Markup.element("body", [:], [.lines([
            .element("a", ["class": "skip-link", "href": "#main"], text: "Skip to the report"),
            .element("header", [:], [
                .element("h1", text: title),
                .element("p", text: "Made by readout from the data and its findings: the same input gives the same page."),
            ]),
            .element("nav", ["aria-label": "Contents"], [.element("ul", [:], contents.map { target, name in
                .element("li", [:], [.element("a", ["href": target], text: name)])
            })]),
            .element("main", ["id": "main", "tabindex": "-1"], [.lines([
                SummarySection.render(data),
                ConflictSection.render(data, options: options),
                EventSection.render(data, options: options),
                AttributionSection.render(data, options: options),
                FindingsSection.render(data, options: options),
            ])]),
        ])])
        return "<!DOCTYPE html>\n" + Markup.element("html", ["lang": "en"], [.newline, head, .newline, body, .newline]).html + "\n"
    }
}
