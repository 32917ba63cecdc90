/// Bash-style Tab completion over a ``CompletionResult``: a unique candidate replaces the word,
/// several extend it to their longest common prefix, and a second Tab that brings nothing new
/// lists them.
struct CompletionState: Sendable {
    /// The line and cursor after the previous Tab; a Tab on the same state is a "second Tab".
    private var lastTab: Snapshot?

    private struct Snapshot: Equatable, Sendable {
        var line: String
        var cursor: Int
    }

    /// Forgets the previous Tab (a new line is being edited).
    mutating func reset() {
        lastTab = nil
    }

    /// Decides what Tab does for `line` with the cursor at UTF-8 offset `cursor`.
    mutating func action(line: String, cursor: Int, result: CompletionResult) -> CompletionAction {
        let bytes = Array(line.utf8)
        let current = Snapshot(line: line, cursor: cursor)
        let isRepeat = lastTab == current
        lastTab = current
        guard cursor >= 0, cursor <= bytes.count, result.replacementStart >= 0,
            result.replacementStart <= cursor,
            Self.isScalarBoundary(bytes, result.replacementStart), Self.isScalarBoundary(bytes, cursor),
            !result.candidates.isEmpty
        else { return .beep }

        let range = result.replacementStart..<cursor
        let word = String(decoding: bytes[range], as: UTF8.self)
        let text: String
        if result.candidates.count == 1 {
            text = result.candidates[0]
        } else {
            let common = Self.longestCommonPrefix(result.candidates)
            // Only extend what was typed; a provider may match by other rules (wildcards,
            // abbreviations) and the common prefix must not eat the user's text.
            let extends = common.count >= word.count && Self.hasPrefix(common, word)
            guard extends, common != word else { return isRepeat ? .list(result.candidates) : .beep }
            text = common
        }
        if text == word { return .none }
        var after = bytes
        after.replaceSubrange(range, with: Array(text.utf8))
        lastTab = Snapshot(
            line: String(decoding: after, as: UTF8.self),
            cursor: result.replacementStart + text.utf8.count)
        return .replace(range: range, deletedCharacters: word.unicodeScalars.count, text: text)
    }

    /// The longest prefix shared by all candidates, comparing characters case-insensitively and
    /// keeping the first candidate's casing.
    static func longestCommonPrefix(_ candidates: [String]) -> String {
        guard let first = candidates.first else { return "" }
        var prefix = Array(first)
        for candidate in candidates.dropFirst() {
            var shared = 0
            for character in candidate {
                guard shared < prefix.count, sameIgnoringCase(prefix[shared], character) else { break }
                shared += 1
            }
            prefix.removeLast(prefix.count - shared)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// Case-insensitive `hasPrefix` over characters.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        var textIterator = text.makeIterator()
        for character in prefix {
            guard let other = textIterator.next(), sameIgnoringCase(character, other) else { return false }
        }
        return true
    }

    private static func sameIgnoringCase(_ a: Character, _ b: Character) -> Bool {
        a == b || a.lowercased() == b.lowercased()
    }

    private static func isScalarBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        offset == bytes.count || bytes[offset] & 0xC0 != 0x80
    }
}
