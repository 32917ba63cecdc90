import PowerShellSyntax

/// Input parsed once: the REPL asks whether it is complete (or needs a `>> ` line) and then runs the same
/// parse, instead of parsing every line twice.
public struct ParsedInput {
    public let text: ScriptText
    let result: Result<ScriptStatementStream, ParseError>

    public init(_ text: ScriptText) {
        self.text = text
        do {
            result = .success(try ScriptStatementStream(parsing: text))
        } catch {
            result = .failure(error)
        }
    }

    public init(_ text: String) {
        self.init(ScriptText(text))
    }

    /// True when parsing failed only because the input ended too early (an open `{`, a string, a trailing `|`).
    public var isIncomplete: Bool {
        if case .failure(let error) = result { return error.isIncompleteInput }
        return false
    }
}
