/// A small SVG writer: the few shapes the pack's charts draw, with every text escaped.
///
/// The root is `role="img"`, named by its `<title>` and described by its `<desc>` (both given
/// ids so `aria-labelledby` reaches them in every browser), and sized by its view box so the
/// page's CSS can shrink it to the paper's width.
struct SVG {
  private var body: String
  private let id: String

  init(id: String, width: Double, height: Double, title: String, description: String) {
    self.id = id
    let w = PackText.coordinate(width)
    let h = PackText.coordinate(height)
    body =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" id=\"\(id)\" "
      + "aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\">\n"
      + "<title id=\"\(id)-title\">\(PackText.escaped(title))</title>\n"
      + "<desc id=\"\(id)-desc\">\(PackText.escaped(description))</desc>\n"
  }

  var finished: String { body + "</svg>\n" }

  private func c(_ x: Double) -> String { PackText.coordinate(x) }

  mutating func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil
  ) {
    body += "<line x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\" stroke=\"\(stroke)\""
    if width != 1 { body += " stroke-width=\"\(c(width))\"" }
    if let dash { body += " stroke-dasharray=\"\(dash)\"" }
    body += "/>\n"
  }

  mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double) {
    let list = points.map { "\(c($0.0)),\(c($0.1))" }.joined(separator: " ")
    body += "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(c(width))\"/>\n"
  }

  mutating func circle(_ x: Double, _ y: Double, _ r: Double, fill: String, stroke: String) {
    body +=
      "<circle cx=\"\(c(x))\" cy=\"\(c(y))\" r=\"\(c(r))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"2\"/>\n"
  }

  mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String) {
    body +=
      "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(max(w, 0)))\" height=\"\(c(max(h, 0)))\" fill=\"\(fill)\" "
      + "stroke=\"\(stroke)\"/>\n"
  }

  mutating func text(
    _ x: Double, _ y: Double, _ s: String, anchor: String = "start", size: Double, fill: String = PackChart.Colour.ink,
    bold: Bool = false, italic: Bool = false
  ) {
    body += "<text x=\"\(c(x))\" y=\"\(c(y))\" font-size=\"\(c(size))\" fill=\"\(fill)\""
    if anchor != "start" { body += " text-anchor=\"\(anchor)\"" }
    if bold { body += " font-weight=\"bold\"" }
    if italic { body += " font-style=\"italic\"" }
    body += ">\(PackText.escaped(s))</text>\n"
  }
}
