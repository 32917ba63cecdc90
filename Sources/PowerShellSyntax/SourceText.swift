/// The parsed text as an array of Unicode scalars, with what is needed to turn scalar
/// indexes into ``SourceSpan``s (UTF-8 offsets, 1-based line and column) in O(log n).
final class SourceText {
    let scalars: [Unicode.Scalar]
    /// The text as UTF-8, for fast slicing into `String`s.
    private let utf8: [UInt8]
    /// `utf8Offsets[i]` is the UTF-8 offset of scalar `i`; one extra entry for the end.
    private let utf8Offsets: [Int]
    /// Scalar index of the first scalar of each line.
    private let lineStarts: [Int]
    /// The line found last: spans are mostly asked for in increasing order, near each other.
    private var lineHint = 0

    init(_ source: String) {
        let scalars = Array(source.unicodeScalars)
        self.utf8 = Array(source.utf8)
        var offsets = [Int]()
        offsets.reserveCapacity(scalars.count + 1)
        var lines = [0]
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
        self.scalars = scalars
        self.utf8Offsets = offsets
        self.lineStarts = lines
    }

    var count: Int { scalars.count }

    /// The span covering scalars `start..<end`.
    func span(_ start: Int, _ end: Int) -> SourceSpan {
        let start = min(max(start, 0), scalars.count)
        let end = min(max(end, start), scalars.count)
        let line = lineIndex(of: start)
        return SourceSpan(
            start: utf8Offsets[start],
            end: utf8Offsets[end],
            line: line + 1,
            column: start - lineStarts[line] + 1
        )
    }

    /// The text of scalars `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        let start = min(max(start, 0), scalars.count)
        let end = min(max(end, start), scalars.count)
        return String(decoding: utf8[utf8Offsets[start]..<utf8Offsets[end]], as: UTF8.self)
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
