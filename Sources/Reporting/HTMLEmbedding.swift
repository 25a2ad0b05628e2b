/// How a page of the report sits in its surroundings: a file that opens on its own (stylesheet
/// and script inline), or a page a server sends under a Content-Security-Policy that forbids
/// inline script (stylesheet and script linked), with the server's navigation above the title.
public struct HTMLEmbedding: Sendable {
    /// Where the page's stylesheet and script come from.
    public enum Assets: Sendable {
        /// Inline in the page, so the file needs nothing else.
        case inline
        /// Linked by URL, in order (the report's own first: `HTMLEmbedding.stylesheet`, `.script`).
        case linked(stylesheets: [String], scripts: [String])
    }

    public var assets: Assets
    /// Trusted HTML placed at the top of the body, before the title (a server's navigation bar).
    public var banner: String

    public init(assets: Assets, banner: String = "") {
        self.assets = assets
        self.banner = banner
    }

    /// A self-contained file: everything inline, no banner.
    public static let standalone = HTMLEmbedding(assets: .inline)

    /// The report's stylesheet, which a server links instead of inlining.
    public static var stylesheet: String { HTMLDocument.css }
    /// The report's script (sorting, the department filter), which a server links instead of inlining.
    public static var script: String { HTMLDocument.script }
}
