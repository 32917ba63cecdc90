import ShellEngine

/// `Add-Content` (`ac`): appends values as text lines.
public final class AddContentCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Add-Content", className: "Microsoft.PowerShell.Commands.AddContentCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Adds content to the specified items, such as adding words to a file.",
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

    private let writer = ContentWriter(append: true)

    public init() {}

    public func process(_ context: CommandContext) throws {
        // No value, or $null, still writes one (empty) line.
        writer.add(value ?? [.null])
    }

    public func end(_ context: CommandContext) throws {
        try writer.write(to: path, noNewline: noNewline.isPresent, context)
    }
}
