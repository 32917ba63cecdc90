import ShellEngine
import ShellFormatting
import Foundation

/// `Out-File`: writes the formatted text of the input to a file.
public final class OutFileCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Out-File", className: "Microsoft.PowerShell.Commands.OutFileCommand",
        synopsis: "Sends output to a file.",
        description: "The Out-File cmdlet sends output to a file. It implicitly uses PowerShell's formatting system to write to the file.",
        parameters: [
            ParameterMetadata("FilePath", .string, aliases: ["Path"], mandatory: true, position: 0, description: "Specifies the path to the output file."),
            ParameterMetadata("InputObject", .any, pipeline: .byValue, description: "Specifies the objects to be written to the file."),
            ParameterMetadata("Append", .switchParameter, description: "Adds the output to the end of an existing file."),
            ParameterMetadata("Encoding", .string, description: "Specifies the type of encoding for the target file."),
            ParameterMetadata("Force", .switchParameter, description: "Overrides the read-only attribute and overwrites an existing read-only file."),
            ParameterMetadata("NoClobber", .switchParameter, description: "Prevents an existing file from being overwritten."),
            ParameterMetadata("Width", .int, description: "Specifies the number of characters in each line of output."),
        ])

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if let item = context.inputObject ?? context.parameters["InputObject"] { items.append(item) }
    }

    public func end(_ context: CommandContext) throws {
        let path = context.shell.resolvePath(context.parameters.string("FilePath") ?? "")
        if context.parameters.isOn("NoClobber"), FileManager.default.fileExists(atPath: path) {
            throw context.failure("The file '\(path)' already exists.", id: "NoClobber", category: .resourceExists, reason: "IOException", targetName: path, targetType: "String")
        }
        let lines = context.shell.output.render(items, shell: context.shell, width: context.parameters.int("Width"))
        try FileText.write(lines.map { $0 + "\n" }.joined(), to: path, append: context.parameters.isOn("Append"), shell: context.shell, span: context.span)
    }
}
