import ShellEngine
import ShellFormatting
import Foundation

/// `Get-Content` (`cat`, `gc`, `type`): a file's lines.
public final class GetContentCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-Content", className: "Microsoft.PowerShell.Commands.GetContentCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Gets the content of the item at the specified location.",
        parameters: [
            ParameterMetadata("Path", .array(.string), aliases: ["FullName", "LiteralPath"], mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the path to an item."),
            ParameterMetadata("Raw", .switchParameter, description: "Ignores newline characters and returns the entire contents of a file in one string."),
            ParameterMetadata("TotalCount", .long, aliases: ["First", "Head"], description: "Specifies the number of lines from the beginning of a file."),
            ParameterMetadata("Tail", .int, aliases: ["Last"], description: "Specifies the number of lines from the end of a file."),
            ParameterMetadata("Encoding", .string, description: "Specifies the type of encoding for the target file."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        for written in context.parameters.strings("Path") ?? [] {
            let path = context.shell.resolvePath(written)
            guard let data = FileManager.default.contents(atPath: path) else {
                try context.writeError(context.errorRecord("Cannot find path '\(path)' because it does not exist.", id: "PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand".components(separatedBy: ",")[0], category: .objectNotFound, reason: "ItemNotFoundException", targetName: path, targetType: "String"))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            if context.parameters.isOn("Raw") { try context.write(.string(text)); continue }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
            if lines.last == "" { lines.removeLast() }
            if let count = context.parameters.int("TotalCount"), count >= 0 { lines = Array(lines.prefix(count)) }
            if let tail = context.parameters.int("Tail"), tail >= 0 { lines = Array(lines.suffix(tail)) }
            for line in lines { try context.write(.string(line)) }
        }
    }
}

/// `Set-Content` / `Add-Content`: writes values as text lines.
public final class SetContentCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Set-Content", className: "Microsoft.PowerShell.Commands.SetContentCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Writes new content or replaces existing content in a file.",
        parameters: [
            ParameterMetadata("Path", .string, aliases: ["LiteralPath"], mandatory: true, position: 0, description: "Specifies the path of the item that receives the content."),
            ParameterMetadata("Value", .array(.any), position: 1, pipeline: .byValue, description: "Specifies the new content for the item."),
            ParameterMetadata("NoNewline", .switchParameter, description: "The string representations of the input objects are concatenated to form the output."),
            ParameterMetadata("Encoding", .string, description: "Specifies the type of encoding for the target file."),
            ParameterMetadata("Force", .switchParameter, description: "Forces the cmdlet to set the contents of a file, even if the file is read-only."),
        ], supportsShouldProcess: true)

    private let writer = ContentWriter(append: false)

    public init() {}
    public func process(_ context: CommandContext) throws { writer.process(context) }
    public func end(_ context: CommandContext) throws { try writer.end(context) }
}

/// `Add-Content` (`ac`): appends values as text lines.
public final class AddContentCommand: Cmdlet {
    public static let metadata: CommandMetadata = {
        var metadata = SetContentCommand.metadata
        metadata.name = "Add-Content"
        metadata.className = "Microsoft.PowerShell.Commands.AddContentCommand"
        metadata.synopsis = "Adds content to the specified items, such as adding words to a file."
        return metadata
    }()

    private let writer = ContentWriter(append: true)

    public init() {}
    public func process(_ context: CommandContext) throws { writer.process(context) }
    public func end(_ context: CommandContext) throws { try writer.end(context) }
}

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
