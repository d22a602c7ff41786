/// The page's style sheet, inline so the file stands alone.
///
/// Text is near-black on white (17:1) and muted text #4A4A4A (8.9:1), above WCAG AA's 4.5:1;
/// the highlighted table row is on a pale tint that keeps the same contrast. On paper: A4
/// portrait, each section from a new page, a chart kept with its table where it fits.
enum PackStyle {
  static let css = """
    :root { color-scheme: light; }
    body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1B1B1B; background: #FFFFFF;
      margin: 0 auto; max-width: 62rem; padding: 1rem 1.25rem; line-height: 1.45; font-size: 15px; }
    h1 { font-size: 1.7rem; margin: 0.5rem 0; }
    h2 { font-size: 1.4rem; border-bottom: 3px solid #0072B2; padding-bottom: 0.2rem; margin-top: 2rem; }
    h2.toc { font-size: 1.1rem; border: none; margin: 1rem 0 0.25rem; }
    h3 { font-size: 1.15rem; margin: 1.75rem 0 0.25rem; }
    h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
    a { color: #0B4F8A; }
    .key { border: 1px solid #B0B0B0; padding: 0 1rem; font-size: 0.9rem; }
    article.indicator { border-top: 1px solid #B0B0B0; margin-top: 1.25rem; }
    p.about, p.note { color: #4A4A4A; font-size: 0.9rem; margin: 0.25rem 0; }
    p.mark { border-left: 0.6rem solid #B0B0B0; padding: 0.2rem 0.6rem; background: #F5F5F5; }
    p.mark-better { border-left-color: #009E73; }
    p.mark-similar { border-left-color: #E69F00; }
    p.mark-worse { border-left-color: #D55E00; }
    .symbol { display: inline-block; width: 1.2em; }
    ul.headlines li { margin: 0.4rem 0; }
    figure { margin: 0.75rem 0 1.25rem; }
    svg.chart { display: block; max-width: 100%; height: auto; margin: 0.25rem 0; }
    table { border-collapse: collapse; font-size: 0.82rem; margin: 0.25rem 0 0.5rem; }
    caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
    th, td { border: 1px solid #B0B0B0; padding: 0.12rem 0.45rem; text-align: left; vertical-align: top; }
    thead th { background: #EEF3F8; }
    tbody th { font-weight: normal; }
    td.n { text-align: right; font-variant-numeric: tabular-nums; }
    td.none { color: #4A4A4A; font-style: italic; }
    tr.this-la th, tr.this-la td { font-weight: bold; background: #FBE6D8; }
    abbr { text-decoration: none; }
    @page { size: A4 portrait; margin: 14mm 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      main > section { break-before: page; }
      figure, table, svg.chart { break-inside: avoid; }
      h3, h4 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
