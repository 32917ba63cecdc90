/// Where a node stands in the parsed text.
public struct SourceSpan: Equatable, Hashable, Sendable {
    /// UTF-8 offset of the first byte of the node in the whole parsed text.
    public var start: Int
    /// UTF-8 offset one past the last byte of the node.
    public var end: Int
    /// 1-based line of `start`.
    public var line: Int
    /// 1-based column of `start`, counted in Unicode scalars from the start of its line.
    public var column: Int

    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    public static let unknown = SourceSpan(start: 0, end: 0, line: 1, column: 1)
}
