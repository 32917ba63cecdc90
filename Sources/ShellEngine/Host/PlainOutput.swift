/// Output without views: each object as its string form, one per line. What a bare engine prints until a
/// configured shell installs the formatter.
public final class PlainOutput: OutputFormatting {
    public init() {}

    public func makeWriter(shell: Shell, width: Int?, writeLine: @escaping (String) -> Void) -> any OutputWriting {
        Writer(writeLine: writeLine)
    }

    private final class Writer: OutputWriting {
        let writeLine: (String) -> Void
        init(writeLine: @escaping (String) -> Void) { self.writeLine = writeLine }
        func write(_ value: Value) {
            for item in value.isNull ? [] : value.enumerated { writeLine(LanguagePrimitives.toString(item)) }
        }
        func flushIfPending() {}
        func finish() {}
    }
}
