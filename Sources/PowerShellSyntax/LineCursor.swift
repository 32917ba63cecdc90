/// Where one parser last asked for a line: each parser (and each thread) has its own.
final class LineCursor {
    /// 0-based line.
    var line = 0
    /// Scalar index where `line` starts.
    var lineStart = 0
    /// How far past `lineStart` the text is known to have no line break.
    var scanned = 0
}
