import ShellEngine
import ShellFormatting
import Foundation

/// Set-Content and Add-Content: gathers the lines, then writes them once.
final class ContentWriter {
    let append: Bool
    private var lines: [String] = []

    init(append: Bool) {
        self.append = append
    }

    func process(_ context: CommandContext) {
        let value = context.inputObject ?? context.parameters["Value"] ?? .null
        lines.append(contentsOf: value.enumerated.map { LanguagePrimitives.toString($0) })
    }

    func end(_ context: CommandContext) throws {
        let path = context.shell.resolvePath(context.parameters.string("Path") ?? "")
        guard try context.shouldProcess(target: "Path: \(path)", action: append ? "Add Content" : "Set Content") else { return }
        let text = context.parameters.isOn("NoNewline") ? lines.joined() : lines.map { $0 + "\n" }.joined()
        try FileText.write(text, to: path, append: append, shell: context.shell, span: context.span)
    }
}
