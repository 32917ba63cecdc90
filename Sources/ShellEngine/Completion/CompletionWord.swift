/// One word of the command being typed, as ``CompletionScan`` saw it.
struct CompletionWord: Equatable, Sendable {
    /// The text as typed, quotes and escapes included.
    var raw: String
    /// The text with quotes removed and escapes applied.
    var value: String
    /// UTF-8 offset in the line where the word starts.
    var start: Int
    /// The word started with this quote (`'` or `"`).
    var quote: Character?
    /// The word opened a quote that is still open at the cursor.
    var isQuoteOpen = false
    /// The word follows a `,`: it continues the previous argument (an array).
    var continuesArgument = false
    /// Stands for a parenthesised or braced part (`(...)`, `{...}`), not typed text.
    var isGroup = false

    /// A word that starts at `start` and has nothing typed yet.
    static func empty(at start: Int, continuesArgument: Bool = false) -> CompletionWord {
        CompletionWord(raw: "", value: "", start: start, continuesArgument: continuesArgument)
    }

    var isBare: Bool { quote == nil && !isGroup }

    /// `-Name`, `-Name:value`; not a negative number.
    var isParameter: Bool {
        guard isBare, raw.hasPrefix("-"), raw.count > 1 else { return raw == "-" && isBare }
        let second = raw[raw.index(after: raw.startIndex)]
        return !second.isNumber && second != "-" && second != "."
    }

    /// The parameter name of `-Name` / `-Name:value` (without the dash).
    var parameterName: String {
        let body = raw.dropFirst()
        return String(body.prefix { $0 != ":" })
    }

    /// True for `-Name:value`.
    var hasInlineValue: Bool { isParameter && raw.contains(":") }
}
