/// The page's charts as inline SVG: a line per indicator's trend, horizontal bars, stacked columns.
///
/// Each chart is an `<svg role="img">` named by its `<title>` and described by its `<desc>`, and
/// the page puts the same figures in a table under it, so nothing is known from the picture alone.
/// Colours are the Okabe–Ito palette, which reads for the common kinds of colour blindness; every
/// series is also told apart by its shape (solid, dashed or dotted line; filled or hollow marker)
/// and named in words beside it. A value that is suppressed (`c`) or blank is drawn as that word,
/// never as a zero. The output depends only on the arguments, so the page is byte-identical on re-run.
enum PackChart {
  /// Okabe–Ito colours, with the dark text the page uses.
  enum Colour {
    static let blue = "#0072B2"
    static let skyBlue = "#56B4E9"
    static let vermillion = "#D55E00"
    static let orange = "#E69F00"
    static let green = "#009E73"
    static let purple = "#CC79A7"
    static let ink = "#1B1B1B"
    static let muted = "#4A4A4A"
    static let grid = "#D0D0D0"
  }

  /// One period on a trend line.
  struct Point {
    /// The column label (`2024-25-Q3`).
    let label: String
    /// The CSV text, shown where there is no number (`c`, blank).
    let text: String
    /// From the history store of earlier runs, not this run's extracts: drawn hollow.
    let history: Bool
    var value: Double? { PackText.number(text) }
  }

  /// A run of points joined by one line: the financial years, or the quarters.
  struct Panel {
    let name: String
    let points: [Point]
  }

  /// A horizontal reference line (trend) or a vertical marker (bars).
  struct Reference {
    enum Style { case neighbours, england }
    let name: String
    let value: Double
    let style: Style
  }

  /// One bar of a bar chart.
  struct Bar {
    let label: String
    /// The CSV text of the value; no bar is drawn unless it is a number.
    let text: String
    /// Shown after the bar (`142 (4.9%)`); the value's text when nil.
    let caption: String?
    let highlighted: Bool
  }

  /// One layer of a stacked column chart.
  struct Series {
    let name: String
    let colour: String
    /// The text colour for figures written on this layer (contrast of 4.5:1 or more).
    let textColour: String
    let texts: [String]
  }

  // MARK: Trend line

  static func line(id: String, title: String, description: String, panels: [Panel], references: [Reference]) -> String {
    let width = 680.0
    let height = 250.0
    let (left, right, top, bottom) = (64.0, 520.0, 34.0, 196.0)
    let values = panels.flatMap { $0.points.compactMap(\.value) } + references.map(\.value)
    let scale = ChartScale(values, allowsNonZeroStart: true)
    var svg = SVG(id: id, width: width, height: height, title: title, description: description)
    axisY(&svg, scale, left: left, right: right, top: top, bottom: bottom)
    let slots = Double(panels.reduce(0) { $0 + $1.points.count } + max(0, panels.count - 1))
    let slot = (right - left) / max(slots, 1)
    var next = 0.0
    var hollow = false
    for (k, panel) in panels.enumerated() {
      if k > 0 {
        let x = left + (next + 0.5) * slot
        svg.line(x, top - 14, x, bottom, stroke: Colour.grid, dash: "2 3")
        next += 1
      }
      let first = left + next * slot
      svg.text(
        first + Double(panel.points.count) * slot / 2, top - 18, panel.name, anchor: "middle", size: 11,
        fill: Colour.muted)
      var run: [(Double, Double)] = []
      var marks: [(x: Double, y: Double, history: Bool)] = []
      for point in panel.points {
        let x = left + (next + 0.5) * slot
        let parts = labelLines(point.label)
        svg.text(x, bottom + 15, parts[0], anchor: "middle", size: 10.5)
        if parts.count > 1 { svg.text(x, bottom + 28, parts[1], anchor: "middle", size: 10.5) }
        if let v = point.value {
          let y = scale.position(v, from: bottom, to: top)
          run.append((x, y))
          marks.append((x, y, point.history))
          hollow = hollow || point.history
        } else {
          if run.count > 1 { svg.polyline(run, stroke: Colour.blue, width: 2.5) }
          run = []
          svg.text(
            x, bottom - 6, point.text.isEmpty ? "no value" : point.text, anchor: "middle", size: 10, italic: true)
        }
        next += 1
      }
      if run.count > 1 { svg.polyline(run, stroke: Colour.blue, width: 2.5) }
      for m in marks {
        svg.circle(m.x, m.y, 4.5, fill: m.history ? "#FFFFFF" : Colour.blue, stroke: Colour.blue)
      }
    }
    var labelYs: [Double] = []
    for r in references.sorted(by: { $0.value > $1.value }) {
      let y = scale.position(r.value, from: bottom, to: top)
      svg.line(left, y, right, y, stroke: referenceColour(r.style), width: 2, dash: referenceDash(r.style))
      var ly = y + 4
      if let last = labelYs.last, ly < last + 13 { ly = last + 13 }
      labelYs.append(ly)
      svg.text(right + 6, ly, "\(r.name) \(PackText.tick(r.value))", size: 11)
    }
    var notes: [String] = []
    if !scale.startsAtZero { notes.append("The axis starts at \(PackText.tick(scale.low)), not at zero.") }
    if hollow { notes.append("Hollow markers: figures from the history store of earlier runs.") }
    if !notes.isEmpty { svg.text(4, height - 6, notes.joined(separator: " "), size: 11, fill: Colour.muted) }
    return svg.finished
  }

  /// A period label on one or two lines: `2024-25-Q3` as `2024-25` over `Q3`, `R12-2024-12` as `R12` over `2024-12`.
  static func labelLines(_ label: String) -> [String] {
    if let r = label.range(of: "-Q") {
      return [String(label[..<r.lowerBound]), String(label[label.index(after: r.lowerBound)...])]
    }
    if label.hasPrefix("R12-") { return ["R12", String(label.dropFirst(4))] }
    return [label]
  }

  static func referenceColour(_ style: Reference.Style) -> String {
    style == .england ? Colour.ink : Colour.purple
  }

  static func referenceDash(_ style: Reference.Style) -> String {
    style == .england ? "2 3" : "8 4"
  }

  static func axisY(_ svg: inout SVG, _ scale: ChartScale, left: Double, right: Double, top: Double, bottom: Double) {
    for t in scale.ticks {
      let y = scale.position(t, from: bottom, to: top)
      svg.line(left, y, right, y, stroke: t == 0 && scale.low < 0 ? Colour.muted : Colour.grid)
      svg.text(left - 6, y + 4, PackText.tick(t), anchor: "end", size: 10.5)
    }
  }

  // MARK: Bars

  /// Horizontal bars from zero, one per row, in the order given; `markers` are vertical lines (England).
  static func bars(id: String, title: String, description: String, bars: [Bar], markers: [Reference]) -> String {
    let rowHeight = 22.0
    let (left, right, top) = (210.0, 560.0, 26.0)
    let bottom = top + rowHeight * Double(bars.count)
    let width = 680.0
    let height = bottom + 34
    let scale = ChartScale(
      bars.compactMap { PackText.number($0.text) } + markers.map(\.value), allowsNonZeroStart: false)
    var svg = SVG(id: id, width: width, height: height, title: title, description: description)
    for t in scale.ticks {
      let x = scale.position(t, from: left, to: right)
      svg.line(x, top, x, bottom, stroke: Colour.grid)
      svg.text(x, bottom + 15, PackText.tick(t), anchor: "middle", size: 10.5)
    }
    let zero = scale.position(0, from: left, to: right)
    for (k, bar) in bars.enumerated() {
      let y = top + Double(k) * rowHeight
      let label = bar.highlighted ? bar.label + " (this LA)" : bar.label
      svg.text(left - 8, y + 15, label, anchor: "end", size: 11.5, bold: bar.highlighted)
      guard let v = PackText.number(bar.text) else {
        let word = bar.text.isEmpty ? "no value" : bar.text == "c" ? "c (suppressed)" : "\(bar.text) (not available)"
        svg.text(zero + 4, y + 15, word, size: 11, italic: true)
        continue
      }
      let end = scale.position(v, from: left, to: right)
      svg.rect(
        min(zero, end), y + 4, abs(end - zero), rowHeight - 8,
        fill: bar.highlighted ? Colour.vermillion : Colour.skyBlue, stroke: Colour.ink)
      svg.text(max(zero, end) + 5, y + 15, bar.caption ?? bar.text, size: 11, bold: bar.highlighted)
    }
    svg.line(zero, top, zero, bottom, stroke: Colour.ink)
    for m in markers {
      let x = scale.position(m.value, from: left, to: right)
      svg.line(x, top - 4, x, bottom, stroke: referenceColour(m.style), width: 2, dash: referenceDash(m.style))
      svg.text(x, top - 8, "\(m.name) \(PackText.tick(m.value))", anchor: "middle", size: 11)
    }
    return svg.finished
  }

  // MARK: Stacked columns

  /// One column per category, its layers stacked in `series` order from the axis up, with a legend.
  static func stacked(
    id: String, title: String, description: String, categories: [String], series: [Series]
  )
    -> String
  {
    let width = 680.0
    let height = 270.0
    let (left, right, top, bottom) = (64.0, 500.0, 16.0, 226.0)
    let totals = categories.indices.map { k in series.reduce(0.0) { $0 + (PackText.number($1.texts[k]) ?? 0) } }
    let scale = ChartScale(totals, allowsNonZeroStart: false)
    var svg = SVG(id: id, width: width, height: height, title: title, description: description)
    axisY(&svg, scale, left: left, right: right, top: top, bottom: bottom)
    let slot = (right - left) / Double(max(categories.count, 1))
    for (k, category) in categories.enumerated() {
      let x = left + Double(k) * slot + slot * 0.2
      let w = slot * 0.6
      var base = 0.0
      for s in series {
        guard let v = PackText.number(s.texts[k]) else {
          continue
        }
        let y0 = scale.position(base, from: bottom, to: top)
        let y1 = scale.position(base + v, from: bottom, to: top)
        svg.rect(x, y1, w, y0 - y1, fill: s.colour, stroke: "#FFFFFF")
        if y0 - y1 >= 15 {
          svg.text(x + w / 2, (y0 + y1) / 2 + 4, s.texts[k], anchor: "middle", size: 11, fill: s.textColour)
        }
        base += v
      }
      let withheld = series.filter { PackText.number($0.texts[k]) == nil }
      if !withheld.isEmpty {
        let words = withheld.map { "\($0.name): \($0.texts[k].isEmpty ? "no value" : $0.texts[k])" }
        svg.text(
          x + w / 2, scale.position(base, from: bottom, to: top) - 4, words.joined(separator: "; "), anchor: "middle",
          size: 10, italic: true)
      }
      svg.text(x + w / 2, bottom + 16, category, anchor: "middle", size: 11)
    }
    svg.line(left, bottom, right, bottom, stroke: Colour.ink)
    for (k, s) in series.enumerated().reversed() {
      let y = top + 10 + Double(series.count - 1 - k) * 22
      svg.rect(right + 16, y - 11, 14, 14, fill: s.colour, stroke: Colour.ink)
      svg.text(right + 36, y, s.name, size: 11.5)
    }
    return svg.finished
  }
}
