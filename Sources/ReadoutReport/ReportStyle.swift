/// The page's style sheet, inline so the page needs nothing else: system fonts, dark text on white
/// (contrast well above WCAG AA), visible focus, and differences marked by more than colour.
enum ReportStyle {
    static let css: StaticString = """
        :root { color: #1a1a1a; background: #ffffff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; line-height: 1.45; }
        body { margin: 0 auto; max-width: 72rem; padding: 0 1.25rem 3rem; }
        a { color: #0b4f9c; text-decoration: underline; }
        a:focus-visible, summary:focus-visible, main:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
        .skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #ffffff; color: #0b4f9c; padding: 0.5rem 0.75rem; border: 2px solid #0b4f9c; }
        .skip-link:focus { top: 0.5rem; }
        h1 { font-size: 1.7rem; margin: 1.5rem 0 0.5rem; }
        h2 { font-size: 1.35rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.1rem; margin: 1.75rem 0 0.4rem; }
        h4 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
        nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0; list-style: none; }
        table { border-collapse: collapse; margin: 0.75rem 0 1.25rem; width: 100%; font-size: 0.9rem; }
        caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
        th, td { border: 1px solid #8c8c8c; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { background: #e8e8e8; }
        tbody th { font-weight: normal; }
        table.numbers { width: auto; }
        table.numbers td { text-align: right; font-variant-numeric: tabular-nums; }
        .side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        @media (max-width: 50rem) { .side-by-side { grid-template-columns: 1fr; } }
        .account { border: 1px solid #8c8c8c; padding: 0 0.9rem 0.6rem; }
        blockquote { margin: 0.5rem 0; padding: 0.4rem 0.8rem; border-left: 4px solid #555555; background: #f6f6f6; font-size: 1.05rem; }
        del { text-decoration: line-through; text-decoration-thickness: 2px; background: #ffe3e3; color: #1a1a1a; }
        ins { text-decoration: underline; text-decoration-thickness: 2px; background: #dff3e4; color: #1a1a1a; }
        del::before { content: "[\\2212 "; font-size: 0.8em; } del::after { content: "]"; font-size: 0.8em; }
        ins::before { content: "[+ "; font-size: 0.8em; } ins::after { content: "]"; font-size: 0.8em; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0.5rem 0; }
        dt { font-weight: bold; } dd { margin: 0; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
        .status { font-weight: bold; }
        .review { font-style: italic; }
        figure { margin: 0.5rem 0; }
        svg.timeline { max-width: 100%; height: auto; border: 1px solid #c8c8c8; background: #ffffff; }
        ul.event-index { columns: 2; }
        @media (max-width: 50rem) { ul.event-index { columns: 1; } }
        """
}
