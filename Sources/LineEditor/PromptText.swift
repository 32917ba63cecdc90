/// Prepares a prompt for libedit, whose width computation must skip terminal escape sequences.
enum PromptText {
    /// libedit's EL_PROMPT_ESC delimiter: text between two of them is not counted as printing.
    static let ignoreDelimiter: Unicode.Scalar = "\u{1}"

    /// Wraps each ANSI escape sequence (CSI `ESC [ … final`, OSC `ESC ] … BEL|ESC \`, and other
    /// two-byte `ESC x`) in ``ignoreDelimiter``s. A prompt that already uses the delimiter is kept.
    static func forLibEdit(_ prompt: String) -> String {
        let scalars = Array(prompt.unicodeScalars)
        if scalars.contains(ignoreDelimiter) || !scalars.contains("\u{1B}") { return prompt }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\u{1B}" else {
                out.append(scalars[index])
                index += 1
                continue
            }
            let end = sequenceEnd(scalars, start: index)
            out.append(ignoreDelimiter)
            out.append(contentsOf: scalars[index..<end])
            out.append(ignoreDelimiter)
            index = end
        }
        return String(out)
    }

    /// One past the escape sequence starting at `start` (which holds ESC).
    private static func sequenceEnd(_ scalars: [Unicode.Scalar], start: Int) -> Int {
        var index = start + 1
        guard index < scalars.count else { return index }
        switch scalars[index] {
        case "[":
            index += 1
            while index < scalars.count {
                let value = scalars[index].value
                index += 1
                if (0x40...0x7E).contains(value) { break }
            }
            return index
        case "]":
            index += 1
            while index < scalars.count {
                if scalars[index] == "\u{7}" { return index + 1 }
                if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "\\" {
                    return index + 2
                }
                index += 1
            }
            return index
        default:
            return index + 1
        }
    }
}
