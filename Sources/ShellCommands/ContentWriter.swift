import ShellEngine

/// Set-Content and Add-Content: gathers the lines, then writes them once.
final class ContentWriter {
    let append: Bool
    private var lines: [String] = []

    init(append: Bool) {
        self.append = append
    }

    /// The values of one pipeline object (or of `-Value`), one line each.
    func add(_ values: [Value]) {
        lines.append(contentsOf: values.map { LanguagePrimitives.toString($0) })
    }

    func write(to written: String, noNewline: Bool, _ context: CommandContext) throws {
        let path = context.shell.resolvePath(written)
        guard try context.shouldProcess(target: "Path: \(path)", action: append ? "Add Content" : "Set Content") else { return }
        let text = noNewline ? lines.joined() : lines.map { $0 + "\n" }.joined()
        try FileText.write(text, to: path, append: append, context: context)
    }
}
