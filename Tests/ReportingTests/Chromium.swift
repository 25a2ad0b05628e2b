import Foundation

/// Debian's headless Chromium, when installed (`make test` installs it).
enum Chromium {
    /// The browser's path, or `nil` when it is not installed.
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The DOM after the page's scripts ran, as Chromium serialises it, in a window of the given size.
    static func renderedDOM(of file: URL, width: Int = 1400, height: Int = 1200) throws -> String {
        try run(["--window-size=\(width),\(height)", "--dump-dom", file.absoluteString])
    }

    /// The DOM of a copy of `html` with `probe` (JavaScript) run after the page's own script: a
    /// probe writes what it measured into attributes of `<body>` for the test to read.
    static func probedDOM(html: String, probe: String, in folder: URL, width: Int = 1400, height: Int = 1200) throws -> String {
        let file = folder.appendingPathComponent("probed-\(UUID().uuidString).html")
        try html.replacingOccurrences(of: "</body>", with: "<script>\(probe)</script></body>")
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try renderedDOM(of: file, width: width, height: height)
    }

    /// Saves a screenshot of the page.
    static func screenshot(of file: URL, to png: URL, width: Int = 1400, height: Int = 1200) throws {
        _ = try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", file.absoluteString])
    }

    /// Prints the page to PDF as Chromium's print dialog would, with the page's print stylesheet.
    static func printToPDF(_ file: URL, to pdf: URL) throws {
        _ = try run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", file.absoluteString])
    }

    private static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--user-data-dir=\(profile.path)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

extension String {
    /// The value of `name="…"` on the first element that has it.
    func attribute(_ name: String) -> String? {
        guard let start = range(of: " \(name)=\"") else { return nil }
        let rest = self[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    func occurrences(of needle: String) -> Int { components(separatedBy: needle).count - 1 }
}
