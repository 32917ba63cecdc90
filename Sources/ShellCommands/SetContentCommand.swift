import ShellEngine

/// `Set-Content` (`sc`): writes values as text lines, replacing the file.
public final class SetContentCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Set-Content", className: "Microsoft.PowerShell.Commands.SetContentCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Writes new content or replaces existing content in a file.",
        supportsShouldProcess: true)

    @Parameter(aliases: ["LiteralPath"], mandatory: true, position: 0, description: "Specifies the path of the item that receives the content.")
    var path: String
    @Parameter(position: 1, pipeline: .byValue, description: "Specifies the new content for the item.")
    var value: [Value]?
    @Parameter(description: "The string representations of the input objects are concatenated to form the output.")
    var noNewline: SwitchParameter
    @Parameter(description: "Specifies the type of encoding for the target file.")
    var encoding: String?
    @Parameter(description: "Forces the cmdlet to set the contents of a file, even if the file is read-only.")
    var force: SwitchParameter

    private let writer = ContentWriter(append: false)

    public init() {}

    public func process(_ context: CommandContext) throws {
        // No value, or $null, still writes one (empty) line.
        writer.add(value ?? [.null])
    }

    public func end(_ context: CommandContext) throws {
        try writer.write(to: path, noNewline: noNewline.isPresent, context)
    }
}
