import PowerShellSyntax

/// The text a script or an interactive input was parsed from, with the file it came from.
/// Error records use it to print `At line:1 char:5` and the source line with `~~~` markers.
/// It shares the parser's ``ScriptText``, so a script's bytes are held once.
public final class SourceText: Sendable {
    public let script: ScriptText
    /// The script path for `-File` and dot-sourced scripts; `nil` for interactive input.
    public let fileName: String?

    public init(_ script: ScriptText, fileName: String? = nil) {
        self.script = script
        self.fileName = fileName
    }

    public convenience init(_ text: String, fileName: String? = nil) {
        self.init(ScriptText(text), fileName: fileName)
    }

    /// The whole text (a copy).
    public var text: String { script.string }

    /// The text covered by `span`.
    public func slice(_ span: SourceSpan) -> String {
        script.slice(span.start, span.end)
    }

    /// The whole line `span` starts on, without its line break.
    public func lineText(containing span: SourceSpan) -> String {
        script.line(containing: span.start)
    }
}
