/// An HTML table with a caption, column headers and a header cell per row, as screen readers want.
struct DataTable {
    struct Row {
        var header: Markup
        var cells: [Markup]
        /// The row's id, for links to it.
        var id: String?

        init(header: Markup, cells: [Markup], id: String? = nil) {
            self.header = header
            self.cells = cells
            self.id = id
        }
    }

    var caption: String
    /// The first names the row header column.
    var columns: [String]
    var rows: [Row]
    var className: String?

    var markup: Markup {
        let head = Markup.element("thead", [:], [.element("tr", [:], columns.map { .element("th", ["scope": "col"], text: $0) })])
        let body = Markup.element("tbody", [:], rows.map { row in
            .element("tr", ["id": row.id], [.element("th", ["scope": "row"], [row.header])]
                + row.cells.map { .element("td", [:], [$0]) })
        })
        return .element("table", ["class": className], [.element("caption", text: caption), head, body])
    }
}
