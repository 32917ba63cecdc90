import ShellEngine
import ShellFormatting
import Foundation

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
