import Foundation
import Testing

/// `pack.html` in a real browser: headless Chromium, with every host name unresolvable (the
/// network off), loads the golden page from a file; the test checks that each section rendered
/// (a screenshot that is not one colour), that the console stayed silent, that every chart has a
/// size, that axe-core finds no violation, and that printing gives A4 pages.
///
/// axe-core runs every rule over the whole page but its colour contrast rule, which takes over
/// half a minute on a page of 4,000 table cells; that rule runs over the header, the headlines
/// and the front door, which use every text style the page has (and our own test checks every
/// colour the page declares). The screenshots show each section's first 1,400 pixels, three
/// sections to a picture, and each band is checked on its own; Chromium runs two at a time.
///
/// Needs Debian's `chromium`, and axe-core's script from the PyPI package axe-playwright-python;
/// `make test` installs both (`scripts/install-browser.sh`). Without chromium the test is skipped
/// and says why; without axe-core only the axe check is left out, and the test says so. Set
/// PACK_SCREENSHOTS=DIR to keep the screenshots and the PDF there to look at.
@Suite(.serialized) struct PackBrowserTests {
  static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static let sections = [
    "headlines", "front-door", "assessments", "s47", "cpp", "cin-cla", "missing", "lado", "data-quality",
  ]
  /// Each screenshot holds three sections, each cut to one band of this height (Chromium's start
  /// costs more than its drawing, so three pictures are much quicker than nine).
  static let band = 1400

  /// axe-core's `axe.min.js` as installed by scripts/install-browser.sh, if it is.
  static let axeScript: String? = {
    let code = """
      import importlib.util, os
      spec = importlib.util.find_spec("axe_playwright_python")
      print(os.path.join(os.path.dirname(spec.origin), "axe.min.js") if spec and spec.origin else "")
      """
    guard let r = try? run("/usr/bin/env", ["python3", "-c", code]) else { return nil }
    let path = r.out.trimmingCharacters(in: .whitespacesAndNewlines)
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }()

  static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let started = Date()
    defer {
      if tool.hasSuffix("chromium") {
        let name = arguments.last.map { URL(fileURLWithPath: $0).lastPathComponent } ?? ""
        print("PackBrowserTests: chromium on \(name) took \(Int(Date().timeIntervalSince(started) * 1000)) ms")
      }
    }
    let r = try Binary.launch(tool, arguments, environment: [:])
    return (r.status, r.stdout, r.stderr)
  }

  /// Runs chromium headless on a local file with the network off; `extra` says what to make of it.
  static func chromium(_ page: URL, _ extra: [String], profile: URL) throws -> (status: Int32, out: String, err: String)
  {
    try run(
      chromium!,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(profile.path)", "--enable-logging=stderr",
        "--v=0",
      ] + extra + [page.absoluteString])
  }

  /// Runs the closures two at a time (the machines have two cores).
  static func twoAtATime(_ jobs: [@Sendable () -> Void]) {
    DispatchQueue.concurrentPerform(iterations: 2) { lane in
      for k in stride(from: lane, to: jobs.count, by: 2) { jobs[k]() }
    }
  }

  /// Width, height, and for each band of `band` lines how many different scanlines it has (a band
  /// of one colour has at most three, whatever filter each line used), read with Python's zlib.
  static func pngFacts(_ files: [URL]) throws -> [String: [Int]] {
    let code = """
      import json, struct, sys, zlib
      BAND = \(band)
      out = {}
      for name in sys.argv[1:]:
          data = open(name, "rb").read()
          pos, idat, width, height, bpp = 8, b"", 0, 0, 4
          while pos < len(data):
              size, kind = struct.unpack(">I4s", data[pos:pos + 8])
              body = data[pos + 8:pos + 8 + size]
              if kind == b"IHDR":
                  width, height, depth, colour = struct.unpack(">IIBB", body[:10])
                  bpp = {2: 3, 6: 4, 0: 1, 4: 2}.get(colour, 4) * depth // 8
              elif kind == b"IDAT":
                  idat += body
              pos += 12 + size
          raw = zlib.decompress(idat)
          stride = 1 + width * bpp
          bands = [len({raw[k:k + stride] for k in range(top * stride, min(top + BAND, height) * stride, stride)})
                   for top in range(0, height, BAND)]
          out[name] = [width, height] + bands
      print(json.dumps(out))
      """
    let r = try run("/usr/bin/env", ["python3", "-c", code] + files.map(\.path))
    guard r.status == 0, let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: [Int]] else {
      Issue.record("could not read the screenshots: \(r.err)")
      return [:]
    }
    return json
  }

  @Test(
    .enabled(
      if: chromium != nil,
      "skipped: headless chromium is not installed (make test installs it with scripts/install-browser.sh)"))
  func thePageRendersInHeadlessChromium() throws {
    let dir = Binary.temporaryDirectory("pack-browser")
    defer { try? FileManager.default.removeItem(at: dir) }
    let keep = ProcessInfo.processInfo.environment["PACK_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
    if let keep { try FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true) }
    let shots = keep ?? dir
    let html = String(
      decoding: try Data(contentsOf: PackPageTests.golden.appendingPathComponent("pack.html")), as: UTF8.self)
    let page = dir.appendingPathComponent("pack.html")
    try Data(html.utf8).write(to: page)

    // One copy per section holding that section alone, so its screenshot starts at its heading.
    let head = String(html[..<html.range(of: "<body>")!.upperBound])
    func alone(_ ids: [String], header: Bool = false) -> String {
      let top =
        header ? String(html[html.range(of: "<header>")!.lowerBound..<html.range(of: "<main>")!.lowerBound]) : ""
      let sections = ids.map { id in
        let start = html.range(of: "<section id=\"\(id)\"")!.lowerBound
        return String(html[start..<html[start...].range(of: "</section>")!.upperBound])
      }
      return head + top + "<main>\n" + sections.joined(separator: "\n") + "\n</main>\n</body>\n</html>\n"
    }
    var jobs: [@Sendable () -> Void] = []
    let results = Results()
    let bands =
      "<style>body { margin: 0; padding: 0 1.25rem; } main > section { height: \(Self.band)px; "
      + "overflow: hidden; box-sizing: border-box; margin: 0; }</style></head>"
    let groups = stride(from: 0, to: Self.sections.count, by: 3).map { Array(Self.sections[$0..<$0 + 3]) }
    for (k, group) in groups.enumerated() {
      let copy = dir.appendingPathComponent("sections-\(k + 1).html")
      try Data(alone(group).replacing("</head>", with: bands).utf8).write(to: copy)
      let png = shots.appendingPathComponent("pack-\(group.joined(separator: "+")).png")
      let profile = dir.appendingPathComponent("profile-\(k)")
      jobs.append {
        let r = try? Self.chromium(
          copy, ["--window-size=1000,\(3 * Self.band)", "--screenshot=\(png.path)"], profile: profile)
        results.add("screenshot of \(group.joined(separator: ", "))", r)
      }
    }
    // The page with axe-core and a measuring script added: the results are written into the DOM.
    let axe = Self.axeScript.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
    func probe(_ rules: String) -> String {
      """
      <script>\(axe ?? "")</script>
      <script>
      window.addEventListener("load", async () => {
        const svgs = [...document.querySelectorAll("svg")].map(s => {
          const b = s.getBoundingClientRect(); return { id: s.id, width: b.width, height: b.height }; });
        const axeFound = typeof axe !== "undefined";
        const result = axeFound
          ? await axe.run(document, { resultTypes: ["violations"], \(rules) }) : { violations: [] };
        const violations = result.violations.map(v => v.id + " (" + v.impact + "): " + v.help + " at "
          + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "));
        const pre = document.createElement("pre");
        pre.id = "pack-probe";
        pre.textContent = JSON.stringify({ axe: axeFound, violations: violations, svgs: svgs });
        document.body.appendChild(pre);
      });
      </script>
      """
    }
    let checked = dir.appendingPathComponent("probe.html")
    let noContrast = #"rules: { "color-contrast": { enabled: false } }"#
    try Data(html.replacing("</body>", with: probe(noContrast) + "</body>").utf8).write(to: checked)
    let contrast = dir.appendingPathComponent("probe-contrast.html")
    let sample = alone(["headlines", "cin-cla"], header: true)
    let onlyContrast = #"runOnly: { type: "rule", values: ["color-contrast"] }"#
    try Data(sample.replacing("</body>", with: probe(onlyContrast) + "</body>").utf8).write(to: contrast)
    for (name, page) in [("probe", checked), ("probe-contrast", contrast)] {
      jobs.insert(
        {
          let r = try? Self.chromium(
            page, ["--virtual-time-budget=30000", "--dump-dom"], profile: dir.appendingPathComponent("profile-\(name)"))
          results.add(name, r)
        }, at: 0)
    }
    let pdf = shots.appendingPathComponent("pack.pdf")
    jobs.append {
      let r = try? Self.chromium(
        page, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"],
        profile: dir.appendingPathComponent("profile-pdf"))
      results.add("pdf", r)
    }
    Self.twoAtATime(jobs)

    for (what, r) in results.all {
      guard let r else {
        Issue.record("\(what): chromium did not start")
        continue
      }
      #expect(r.status == 0, "\(what): chromium exited \(r.status): \(r.err.suffix(500))")
      let console = r.err.split(separator: "\n").filter { $0.contains(":CONSOLE") }
      #expect(console.isEmpty, "\(what): the console said \(console)")
    }

    // Every section drew something: its band of the screenshot is not one colour.
    let pictures = groups.map { shots.appendingPathComponent("pack-\($0.joined(separator: "+")).png") }
    let facts = try Self.pngFacts(pictures)
    #expect(facts.count == groups.count)
    for (k, picture) in pictures.enumerated() {
      let f = facts[picture.path] ?? []
      #expect(f.count == 5 && f[0] == 1000 && f[1] == 3 * Self.band, "\(picture.lastPathComponent): \(f)")
      for (section, lines) in zip(groups[k], f.dropFirst(2)) {
        #expect(lines > 50, "the \(section) section looks blank: its band has only \(lines) different lines")
      }
    }

    // Every chart has a size, and axe-core found nothing.
    func answer(_ name: String) throws -> [String: Any] {
      let dom = results.all.first { $0.0 == name }?.1?.out ?? ""
      let json = dom.firstMatch(of: /<pre id="pack-probe">(.*?)<\/pre>/).map {
        String($0.output.1).replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
      }
      return try #require(
        json.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] },
        "\(name): the measuring script left no result: \(dom.suffix(300))")
    }
    let probeResult = try answer("probe")
    let contrastResult = try answer("probe-contrast")
    let svgs = probeResult["svgs"] as? [[String: Any]] ?? []
    #expect(svgs.count == html.components(separatedBy: "<svg ").count - 1)
    for s in svgs {
      let (w, h) = (s["width"] as? Double ?? 0, s["height"] as? Double ?? 0)
      #expect(w > 0 && h > 0, "chart \(s["id"] ?? "?") is \(w) × \(h)")
    }
    if probeResult["axe"] as? Bool == true {
      #expect(probeResult["violations"] as? [String] == [], "axe-core: \(probeResult["violations"] ?? "")")
      #expect(contrastResult["violations"] as? [String] == [], "axe-core: \(contrastResult["violations"] ?? "")")
    } else {
      print(
        "PackBrowserTests: axe-core's script is not installed, so its check was skipped (scripts/install-browser.sh)")
    }

    // Printed: A4 portrait pages (595 × 842 points), one section per page at least.
    let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
    let boxes = bytes.matches(of: /\/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]/).map {
      (Double(String($0.output.1))!.rounded(), Double(String($0.output.2))!.rounded())
    }
    #expect(boxes.count >= Self.sections.count)
    #expect(boxes.allSatisfy { $0 == (595, 842) }, "page sizes \(Set(boxes.map { "\($0.0)x\($0.1)" }))")
  }
}

/// Chromium's answers, gathered from the two lanes.
final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [(String, (status: Int32, out: String, err: String)?)] = []

  func add(_ what: String, _ r: (status: Int32, out: String, err: String)?) {
    lock.lock()
    items.append((what, r))
    lock.unlock()
  }

  var all: [(String, (status: Int32, out: String, err: String)?)] {
    lock.lock()
    defer { lock.unlock() }
    return items
  }
}
