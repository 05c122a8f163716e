/// A fragment of HTML or inline SVG.
///
/// Strings from the data enter only through `text` and attribute values, both escaped by
/// `HTMLEscaping.escape`; element and attribute names are `StaticString`s, so they can only be
/// literals written in this module, never data.
public struct Markup: Sendable, Equatable {
    public private(set) var html: String

    private init(html: String) {
        self.html = html
    }

    public static let empty = Markup(html: "")
    public static let newline = Markup(html: "\n")

    public static func text(_ text: String) -> Markup {
        Markup(html: HTMLEscaping.escape(text))
    }

    /// Markup written in the code itself (the doctype, the style sheet); never data.
    public static func literal(_ html: StaticString) -> Markup {
        Markup(html: html.description)
    }

    /// An element with its end tag; attributes whose value is nil are left out.
    public static func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
                               _ children: [Markup] = []) -> Markup {
        var html = "<\(name)" + attributeText(attributes) + ">"
        for child in children { html += child.html }
        return Markup(html: html + "</\(name)>")
    }

    /// An element with text content only.
    public static func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String) -> Markup {
        element(name, attributes, [.text(text)])
    }

    /// An HTML void element (`meta`), which has no end tag.
    public static func void(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:]) -> Markup {
        Markup(html: "<\(name)" + attributeText(attributes) + ">")
    }

    /// The parts one after another, each followed by a line break so that the page reads in an editor.
    public static func lines(_ parts: [Markup]) -> Markup {
        Markup(html: parts.map { $0.html + "\n" }.joined())
    }

    public static func + (lhs: Markup, rhs: Markup) -> Markup {
        Markup(html: lhs.html + rhs.html)
    }

    public static func join(_ parts: [Markup], separator: Markup = .empty) -> Markup {
        Markup(html: parts.map(\.html).joined(separator: separator.html))
    }

    private static func attributeText(_ attributes: KeyValuePairs<StaticString, String?>) -> String {
        attributes.compactMap { name, value in
            value.map { " \(name)=\"" + HTMLEscaping.escape($0) + "\"" }
        }.joined()
    }
}
