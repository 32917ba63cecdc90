/// The parsed text, read by scalar index, with what is needed to turn scalar indexes into ``SourceSpan``s
/// (UTF-8 offsets, 1-based line and column).
///
/// ASCII text (nearly every script) is read in place from its ``ScriptText``: scalar `i` is byte `i`. Other
/// text is decoded to scalars once. Lines are found from a ``LineCursor`` near the last position asked
/// for (the parser asks in nearly increasing order), and from a start kept for every 64th line otherwise,
/// so a script of a million lines does not need a table of a million line starts.
final class SourceText: @unchecked Sendable {
    // @unchecked: immutable after `init`; `bytes` points into `text`, which this object keeps alive.
    let text: ScriptText
    private let bytes: UnsafePointer<UInt8>?
    /// The scalars when the text is not all ASCII; empty otherwise.
    private let wideScalars: [Unicode.Scalar]
    /// For non-ASCII text, `utf8Offsets[i]` is the UTF-8 offset of scalar `i`, with one extra entry for the end.
    private let utf8Offsets: [Int]
    private let isASCII: Bool
    /// Scalar index of the first scalar of lines 0, 64, 128, ...
    private let checkpoints: [Int]
    static let checkpointInterval = 64
    /// How many scalars the text has.
    let count: Int

    convenience init(_ source: String) {
        self.init(ScriptText(source))
    }

    init(_ text: ScriptText) {
        self.text = text
        let bytes = text.bytes
        self.bytes = bytes.baseAddress.map { UnsafePointer($0) }
        self.isASCII = text.isASCII
        if text.isASCII {
            self.wideScalars = []
            self.utf8Offsets = []
            self.count = bytes.count
        } else {
            var scalars: [Unicode.Scalar] = []
            var offsets: [Int] = []
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            var offset = 0
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    scalars.append(scalar)
                    offsets.append(offset)
                    offset &+= UTF8.width(scalar)
                case .emptyInput, .error:
                    // `ScriptText` holds valid UTF-8, so an error cannot happen; stop rather than loop.
                    break decoding
                }
            }
            offsets.append(offset)
            self.wideScalars = scalars
            self.utf8Offsets = offsets
            self.count = scalars.count
        }
        var checkpoints = [0]
        var line = 0
        var index = 0
        let total = count
        if let base = self.bytes, text.isASCII {
            var released = 0
            while index < total {
                let byte = base[index]
                if byte == 0x0A || (byte == 0x0D && (index + 1 >= total || base[index + 1] != 0x0A)) {
                    line &+= 1
                    if line % SourceText.checkpointInterval == 0 { checkpoints.append(index + 1) }
                }
                index += 1
                if index - released >= ScriptText.releaseStep {
                    text.release(released..<index)
                    released = index
                }
            }
            text.release(released..<total)
        } else {
            while index < total {
                let scalar = wideScalars[index]
                if scalar == "\n" || (scalar == "\r" && (index + 1 >= total || wideScalars[index + 1] != "\n")) {
                    line &+= 1
                    if line % SourceText.checkpointInterval == 0 { checkpoints.append(index + 1) }
                }
                index += 1
            }
        }
        self.checkpoints = checkpoints
    }

    /// Gives back the memory of scalars `start..<end` of a mapped script (see ``ScriptText/release(_:)``).
    func release(_ start: Int, _ end: Int) {
        let start = min(max(start, 0), count)
        let end = min(max(end, start), count)
        text.release(utf8Offset(start)..<utf8Offset(end))
    }

    /// The bytes when the text is ASCII, where scalar `i` is byte `i`; `nil` otherwise.
    var asciiBytes: UnsafePointer<UInt8>? { isASCII ? bytes : nil }

    /// The scalar at `index`, which must be in `0..<count`.
    @inline(__always)
    func scalar(at index: Int) -> Unicode.Scalar {
        if isASCII, let bytes { return Unicode.Scalar(bytes[index]) }
        return wideScalars[index]
    }

    /// True when a new line starts after scalar `index` (`\n`, or `\r` not followed by `\n`).
    @inline(__always)
    private func endsLine(at index: Int) -> Bool {
        let scalar = self.scalar(at: index)
        if scalar == "\n" { return true }
        return scalar == "\r" && (index + 1 >= count || self.scalar(at: index + 1) != "\n")
    }

    @inline(__always)
    private func utf8Offset(_ index: Int) -> Int {
        isASCII ? index : utf8Offsets[index]
    }

    /// The span covering scalars `start..<end`; `cursor` is moved to the line of `start`.
    func span(_ start: Int, _ end: Int, cursor: LineCursor) -> SourceSpan {
        let start = min(max(start, 0), count)
        let end = min(max(end, start), count)
        moveCursor(cursor, to: start)
        return SourceSpan(
            start: utf8Offset(start),
            end: utf8Offset(end),
            line: cursor.line + 1,
            column: start - cursor.lineStart + 1
        )
    }

    /// The text of scalars `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        let start = min(max(start, 0), count)
        let end = min(max(end, start), count)
        return text.slice(utf8Offset(start), utf8Offset(end))
    }

    /// Puts `cursor` on the line that holds `index`.
    private func moveCursor(_ cursor: LineCursor, to index: Int) {
        if index < cursor.lineStart {
            if cursor.lineStart - index > 1 << 16 {
                jump(cursor, to: index)
            } else {
                // Back a little (a statement's span is asked for after its last token): count the line
                // breaks in between, then find the start of the line of `index`.
                var line = cursor.line
                var i = index
                while i < cursor.lineStart {
                    if endsLine(at: i) { line -= 1 }
                    i += 1
                }
                var lineStart = index
                while lineStart > 0, !endsLine(at: lineStart - 1) { lineStart -= 1 }
                cursor.line = line
                cursor.lineStart = lineStart
                cursor.scanned = index
            }
            return
        }
        if index - max(cursor.scanned, cursor.lineStart) > 1 << 20 { return jumpForward(cursor, to: index) }
        scanForward(cursor, to: index)
    }

    /// Moves `cursor` to the 64th-line start at or before `index`, then forward to it.
    private func jump(_ cursor: LineCursor, to index: Int) {
        let nearest = checkpoint(atOrBefore: index)
        cursor.line = nearest * SourceText.checkpointInterval
        cursor.lineStart = checkpoints[nearest]
        cursor.scanned = checkpoints[nearest]
        scanForward(cursor, to: index)
    }

    /// Far ahead: from a 64th-line start when one is nearer than the cursor.
    private func jumpForward(_ cursor: LineCursor, to index: Int) {
        if checkpoints[checkpoint(atOrBefore: index)] > cursor.lineStart {
            jump(cursor, to: index)
        } else {
            scanForward(cursor, to: index)
        }
    }

    private func scanForward(_ cursor: LineCursor, to index: Int) {
        var i = max(cursor.scanned, cursor.lineStart)
        if isASCII, let bytes {
            // Bytes below `\r` are rare; only they need a closer look.
            while i < index {
                if bytes[i] <= 0x0D, endsLine(at: i) {
                    cursor.line += 1
                    cursor.lineStart = i + 1
                }
                i += 1
            }
            if index > cursor.scanned { cursor.scanned = index }
            return
        }
        while i < index {
            if endsLine(at: i) {
                cursor.line += 1
                cursor.lineStart = i + 1
            }
            i += 1
        }
        if index > cursor.scanned { cursor.scanned = index }
    }

    /// The index in `checkpoints` of the last line start at or before `index`.
    private func checkpoint(atOrBefore index: Int) -> Int {
        var low = 0
        var high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if checkpoints[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
