import ShellEngine
import ShellFormatting
import Foundation

/// `Out-File`: writes the formatted text of the input to a file.
public final class OutFileCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Out-File", className: "Microsoft.PowerShell.Commands.OutFileCommand",
        synopsis: "Sends output to a file.",
        description: "The Out-File cmdlet sends output to a file. It implicitly uses PowerShell's formatting system to write to the file.")

    @Parameter(aliases: ["Path"], mandatory: true, position: 0, description: "Specifies the path to the output file.")
    var filePath: String
    @Parameter(pipeline: .byValue, description: "Specifies the objects to be written to the file.")
    var inputObject: Value
    @Parameter(description: "Adds the output to the end of an existing file.")
    var append: SwitchParameter
    @Parameter(description: "Specifies the type of encoding for the target file.")
    var encoding: String?
    @Parameter(description: "Overrides the read-only attribute and overwrites an existing read-only file.")
    var force: SwitchParameter
    @Parameter(description: "Prevents an existing file from being overwritten.")
    var noClobber: SwitchParameter
    @Parameter(description: "Specifies the number of characters in each line of output.")
    var width: Int?

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        items.append(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        let path = context.shell.resolvePath(filePath)
        if noClobber.isPresent, FileManager.default.fileExists(atPath: path) {
            throw context.failure("The file '\(path)' already exists.", id: "NoClobber", category: .resourceExists, reason: "IOException", targetName: path, targetType: "String")
        }
        let lines = context.shell.output.render(items, shell: context.shell, width: width)
        try FileText.write(lines.map { $0 + "\n" }.joined(), to: path, append: append.isPresent, context: context)
    }
}
