import ShellEngine
/// One expected output line compiled for matching: literal text with `<...>` placeholders that match any text,
/// and volatile values masked.
struct LinePattern: Sendable {
    /// Literal pieces; a placeholder sits between each two. One piece means no placeholder.
    let pieces: [[UInt8]]

    init(_ line: String, masks: [OutputMask]) {
        self.init(normalized: LinePattern.normalize(line), masks: masks)
    }

    /// `bytes` already normalized (and integer key ids already masked, which needs the whole output).
    init(normalized bytes: [UInt8], masks: [OutputMask]) {
        var pieces: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if let end = LinePattern.placeholderEnd(bytes, at: index) {
                pieces.append(current)
                current = []
                index = end
            } else {
                current.append(bytes[index])
                index += 1
            }
        }
        pieces.append(current)
        self.pieces = pieces.map { OutputMask.apply(masks, to: $0) }
    }

    /// True when the line, spaces aside, is nothing but one placeholder: it stands for any number of lines.
    static func isWholeLinePlaceholder(_ line: String) -> Bool {
        isWholeLinePlaceholder(normalized: normalize(line))
    }

    static func isWholeLinePlaceholder(normalized: [UInt8]) -> Bool {
        let bytes = Array(normalized.drop { $0 == 0x20 || $0 == 0x09 })
        return !bytes.isEmpty && placeholderEnd(bytes, at: 0) == bytes.count
    }

    /// `<` + text without `<` or `>` that does not start or end with a space + `>`.
    static func placeholderEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        guard bytes[start] == UInt8(ascii: "<") else { return nil }
        var cursor = start + 1
        guard cursor < bytes.count, bytes[cursor] != 0x20, bytes[cursor] != UInt8(ascii: ">") else { return nil }
        while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ">") {
            if bytes[cursor] == UInt8(ascii: "<") { return nil }
            cursor += 1
        }
        guard cursor < bytes.count, bytes[cursor - 1] != 0x20 else { return nil }
        return cursor + 1
    }

    func matches(_ actual: [UInt8]) -> Bool {
        guard pieces.count > 1 else { return (pieces.first ?? []) == actual }
        let first = pieces[0], last = pieces[pieces.count - 1]
        guard actual.count >= first.count + last.count,
              actual.starts(with: first), actual[(actual.count - last.count)...].elementsEqual(last) else { return false }
        var cursor = first.count
        let limit = actual.count - last.count
        for piece in pieces[1..<(pieces.count - 1)] where !piece.isEmpty {
            guard let found = LinePattern.find(piece, in: actual, from: cursor, before: limit) else { return false }
            cursor = found + piece.count
        }
        return true
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, before limit: Int) -> Int? {
        guard limit - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= limit {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Removes VT escape sequences and control characters, and trailing spaces: what a reader sees.
    static func normalize(_ line: String) -> [UInt8] {
        var result = normalizeKeepingSpaces(line)
        while let last = result.last, last == 0x20 { result.removeLast() }
        return result
    }

    static func normalizeKeepingSpaces(_ line: String) -> [UInt8] { ConsoleText.normalizeKeepingSpaces(line) }
}
