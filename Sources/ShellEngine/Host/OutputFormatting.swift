/// How the objects that reach the end of a pipeline become console lines. The engine only knows this
/// seam; the formatting target provides the views (tables, lists) and a configured shell installs it.
public protocol OutputFormatting: AnyObject {
    /// A writer for one run of output: consecutive objects of one view share a table, so a writer keeps
    /// state between objects. `width` nil means the host's width.
    func makeWriter(shell: Shell, width: Int?, writeLine: @escaping (String) -> Void) -> any OutputWriting
}

extension OutputFormatting {
    /// Formats values to lines without a host (Out-String, Out-File, redirection).
    public func render(_ values: [Value], shell: Shell, width: Int? = nil) -> [String] {
        var lines: [String] = []
        let writer = makeWriter(shell: shell, width: width) { lines.append($0) }
        for value in values { writer.write(value) }
        writer.finish()
        return lines
    }
}
