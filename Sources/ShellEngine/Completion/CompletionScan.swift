/// Splits the text before the cursor into the words of the command being typed, tolerating
/// input that does not parse yet (open quotes, unclosed braces).
///
/// Only the innermost command matters: `|`, `;`, newlines and `&` start a new one, `(`, `{`,
/// `$(` and `@(` open a nested one, and the matching `)` or `}` returns to the enclosing command,
/// where the group counts as one word.
struct CompletionScan: Sendable {
    /// Words of the current command before the word at the cursor.
    var words: [CompletionWord]
    /// The word that ends at the cursor (empty when the cursor follows a space or separator).
    var current: CompletionWord
    /// The cursor is inside a `#` comment: nothing to complete.
    var inComment: Bool

    /// Deeper nesting than this is treated as flat; completion needs only the innermost command.
    static let maximumNesting = 256

    init(_ bytes: ArraySlice<UInt8>) {
        var state = ScanState(base: bytes.startIndex)
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < end ? bytes[index + 1] : nil
            if let quote = state.openQuote {
                if byte == quote {
                    if next == quote {
                        state.append(raw: [byte, byte], value: [byte])
                        index += 2
                    } else {
                        state.append(raw: [byte], value: [])
                        state.openQuote = nil
                        index += 1
                    }
                } else if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "`"), let next {
                    state.append(raw: [byte, next], value: [next])
                    index += 2
                } else {
                    state.append(raw: [byte], value: [byte])
                    index += 1
                }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                state.finishWord()
                index += 1
            case UInt8(ascii: "\n"), UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "&"):
                state.finishWord()
                state.startCommand()
                index += 1
            case UInt8(ascii: "("), UInt8(ascii: "{"):
                state.finishWord()
                state.open(at: index)
                index += 1
            case UInt8(ascii: ")"), UInt8(ascii: "}"):
                state.finishWord()
                state.close()
                index += 1
            case UInt8(ascii: "$") where next == UInt8(ascii: "(") && state.wordStart == nil,
                UInt8(ascii: "@") where (next == UInt8(ascii: "(") || next == UInt8(ascii: "{")) && state.wordStart == nil:
                state.open(at: index)
                index += 2
            case UInt8(ascii: ","):
                state.finishWord()
                state.pendingComma = true
                index += 1
            case UInt8(ascii: "#") where state.wordStart == nil:
                // A comment runs to the end of the line.
                guard let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else {
                    state.inComment = true
                    index = end
                    continue
                }
                index = newline
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                state.beginWordIfNeeded(at: index, quote: Character(Unicode.Scalar(byte)))
                state.append(raw: [byte], value: [])
                state.openQuote = byte
                index += 1
            case UInt8(ascii: "`"):
                state.beginWordIfNeeded(at: index, quote: nil)
                if let next {
                    state.append(raw: [byte, next], value: [next])
                    index += 2
                } else {
                    state.append(raw: [byte], value: [])
                    index += 1
                }
            default:
                state.beginWordIfNeeded(at: index, quote: nil)
                state.append(raw: [byte], value: [byte])
                index += 1
            }
        }
        let cursor = end - bytes.startIndex
        if state.wordStart != nil {
            var word = state.makeWord()
            word.isQuoteOpen = state.openQuote != nil
            current = word
        } else {
            current = .empty(at: cursor, continuesArgument: state.pendingComma)
        }
        words = state.words
        inComment = state.inComment
    }
}

/// The scanner's working state.
private struct ScanState {
    let base: Int
    var words: [CompletionWord] = []
    /// Enclosing commands, innermost last: their words, where the group opened, whether a `,`
    /// came before it.
    var outer: [(words: [CompletionWord], start: Int, continues: Bool)] = []
    /// Nesting beyond ``CompletionScan/maximumNesting`` that was not pushed.
    var flattened = 0
    var wordStart: Int?
    var raw: [UInt8] = []
    var value: [UInt8] = []
    var quote: Character?
    var openQuote: UInt8?
    var pendingComma = false
    var continues = false
    var inComment = false

    init(base: Int) {
        self.base = base
    }

    mutating func beginWordIfNeeded(at index: Int, quote: Character?) {
        guard wordStart == nil else { return }
        wordStart = index - base
        self.quote = quote
        continues = pendingComma
        pendingComma = false
    }

    mutating func append(raw bytes: [UInt8], value valueBytes: [UInt8]) {
        raw.append(contentsOf: bytes)
        value.append(contentsOf: valueBytes)
    }

    func makeWord() -> CompletionWord {
        CompletionWord(
            raw: String(decoding: raw, as: UTF8.self), value: String(decoding: value, as: UTF8.self),
            start: wordStart ?? 0, quote: quote, continuesArgument: continues)
    }

    mutating func finishWord() {
        guard wordStart != nil else { return }
        let word = makeWord()
        wordStart = nil
        raw.removeAll(keepingCapacity: true)
        value.removeAll(keepingCapacity: true)
        quote = nil
        continues = false
        // `$x = Get-...`: the command starts after an assignment operator.
        if word.isBare, ["=", "+=", "-=", "*=", "/=", "%="].contains(word.raw) {
            startCommand()
        } else {
            words.append(word)
        }
    }

    mutating func startCommand() {
        words.removeAll()
        pendingComma = false
    }

    mutating func open(at index: Int) {
        if outer.count < CompletionScan.maximumNesting {
            outer.append((words, index - base, pendingComma))
        } else {
            flattened += 1
        }
        startCommand()
    }

    mutating func close() {
        if flattened > 0 {
            flattened -= 1
            startCommand()
            return
        }
        guard let enclosing = outer.popLast() else {
            startCommand()
            return
        }
        words = enclosing.words
        // The group is one argument of the enclosing command.
        var group = CompletionWord.empty(at: enclosing.start, continuesArgument: enclosing.continues)
        group.isGroup = true
        words.append(group)
        pendingComma = false
    }
}
