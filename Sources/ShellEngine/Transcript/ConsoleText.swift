/// Console lines as bytes, the way transcripts and replay compare them: without VT escape sequences and
/// control characters.
package enum ConsoleText {
    /// Removes VT escape sequences and control characters (a tab becomes a space).
    package static func normalizeKeepingSpaces(_ line: String) -> [UInt8] {
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
    package static func escapeEnd(_ bytes: [UInt8], _ start: Int) -> Int {
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

    /// Letters and digits (ASCII): what a secret or a masked value must not run into.
    package static func isWordByte(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x39) || PromptLine.isLetter(byte) }
}
