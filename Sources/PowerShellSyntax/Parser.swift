/// Parses PowerShell source text into a ``ScriptBlockAst``.
public enum Parser {
    /// Parses a whole script / one interactive input.
    public static func parse(_ source: String) throws(ParseError) -> ScriptBlockAst {
        let outcome = Outcome()
        DeepStack.run {
            var parser = ScriptParser(source: source)
            do throws(ParseError) {
                outcome.result = .success(try parser.parseScript())
            } catch {
                outcome.result = .failure(error)
            }
        }
        guard let result = outcome.result else {
            throw ParseError(
                errorId: "ParserFailed", message: "The parser did not run.", span: .unknown, isIncompleteInput: false
            )
        }
        return try result.get()
    }

    /// Carries the result out of the parsing thread, which has finished when it is read.
    private final class Outcome: @unchecked Sendable {
        var result: Result<ScriptBlockAst, ParseError>?
    }

    /// True when `source` fails only because input ended too early (the REPL then asks for a `>> ` line).
    public static func isIncomplete(_ source: String) -> Bool {
        do {
            _ = try parse(source)
            return false
        } catch {
            return error.isIncompleteInput
        }
    }
}
