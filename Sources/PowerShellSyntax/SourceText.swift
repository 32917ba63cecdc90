/// The parsed text (UTF-8, plus its scalars when it is not ASCII), with what is needed to turn scalar
/// indexes into ``SourceSpan``s (UTF-8 offsets, 1-based line and column) in O(log n).
final class SourceText {
    /// The text as UTF-8, for fast slicing into `String`s; scalar `i` is byte `i` when the text is ASCII.
    private let utf8: [UInt8]
    /// The scalars when the text is not all ASCII; empty otherwise, because for ASCII text (nearly every
    /// script) scalar indexes and UTF-8 offsets coincide and 12 more bytes per character would be waste
    /// on scripts of millions of lines.
    private let wideScalars: [Unicode.Scalar]
    /// For non-ASCII text, `utf8Offsets[i]` is the UTF-8 offset of scalar `i`, with one extra entry for the end.
    private let utf8Offsets: [Int]
    private let isASCII: Bool
    /// Scalar index of the first scalar of each line.
    private let lineStarts: [Int]
    /// The line found last: spans are mostly asked for in increasing order, near each other.
    private var lineHint = 0
    /// How many scalars the text has.
    let count: Int

    init(_ source: String) {
        let bytes = Array(source.utf8)
        self.utf8 = bytes
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        self.isASCII = ascii
        var lines = [0]
        if ascii {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A {
                    lines.append(index + 1)
                } else if byte == 0x0D, index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
                    lines.append(index + 1)
                }
                index += 1
            }
            self.wideScalars = []
            self.utf8Offsets = []
            self.count = bytes.count
        } else {
            let scalars = Array(source.unicodeScalars)
            var offsets = [Int]()
            offsets.reserveCapacity(scalars.count + 1)
            var offset = 0
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                offsets.append(offset)
                offset &+= UTF8.width(scalar)
                if scalar == "\n" {
                    lines.append(index + 1)
                } else if scalar == "\r" {
                    let next = index + 1
                    if next >= scalars.count || scalars[next] != "\n" {
                        lines.append(next)
                    }
                }
                index += 1
            }
            offsets.append(offset)
            self.wideScalars = scalars
            self.utf8Offsets = offsets
            self.count = scalars.count
        }
        self.lineStarts = lines
    }

    /// The scalar at `index`, which must be in `0..<count`.
    @inline(__always)
    func scalar(at index: Int) -> Unicode.Scalar {
        isASCII ? Unicode.Scalar(utf8[index]) : wideScalars[index]
    }

    @inline(__always)
    private func utf8Offset(_ index: Int) -> Int {
        isASCII ? index : utf8Offsets[index]
    }

    /// The span covering scalars `start..<end`.
    func span(_ start: Int, _ end: Int) -> SourceSpan {
        let start = min(max(start, 0), count)
        let end = min(max(end, start), count)
        let line = lineIndex(of: start)
        return SourceSpan(
            start: utf8Offset(start),
            end: utf8Offset(end),
            line: line + 1,
            column: start - lineStarts[line] + 1
        )
    }

    /// The text of scalars `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        let start = min(max(start, 0), count)
        let end = min(max(end, start), count)
        return String(decoding: utf8[utf8Offset(start)..<utf8Offset(end)], as: UTF8.self)
    }

    private func lineIndex(of index: Int) -> Int {
        let hint = lineHint
        if lineStarts[hint] <= index {
            if hint + 1 >= lineStarts.count || index < lineStarts[hint + 1] { return hint }
            if hint + 2 >= lineStarts.count || index < lineStarts[hint + 2] {
                lineHint = hint + 1
                return hint + 1
            }
        }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= index {
                low = mid
            } else {
                high = mid - 1
            }
        }
        lineHint = low
        return low
    }
}
