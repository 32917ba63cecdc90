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

    /// Removes VT escape sequences and control characters (a tab becomes a space).
    static func normalizeKeepingSpaces(_ line: String) -> [UInt8] {
        let bytes = Array(line.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                index = escapeEnd(bytes, index)
                continue
            }
            if byte == 0x09 {
                result.append(0x20)
            } else if byte >= 0x20 && byte != 0x7F {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    /// The index after an escape sequence starting at `start` (CSI `ESC [ ... final`, OSC `ESC ] ... BEL|ST`).
    static func escapeEnd(_ bytes: [UInt8], _ start: Int) -> Int {
        var index = start + 1
        guard index < bytes.count else { return index }
        if bytes[index] == UInt8(ascii: "[") {
            index += 1
            while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
            return min(index + 1, bytes.count)
        }
        if bytes[index] == UInt8(ascii: "]") {
            while index < bytes.count {
                if bytes[index] == 0x07 { return index + 1 }
                if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\") { return index + 2 }
                index += 1
            }
            return index
        }
        return index + 1
    }
}
