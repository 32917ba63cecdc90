import Foundation
import ShellEngine

/// `Tee-Object` (`tee`): passes its input on down the pipeline and also saves it in a variable or a file
/// (the file gets the formatted text, as `Out-File` writes it).
public final class TeeObjectCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Tee-Object", className: "Microsoft.PowerShell.Commands.TeeObjectCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Saves command output in a file or variable and also sends it down the pipeline.",
        description: "The Tee-Object cmdlet redirects output, that is, it sends the output of a command in two directions (like the letter T). It stores the output in a file or variable and also sends it down the pipeline. If Tee-Object is the last command in the pipeline, the command output is displayed at the prompt.",
        defaultParameterSet: "File",
        examples: [
            HelpExample("Get-Process | Tee-Object -FilePath C:\\Test1\\testfile2.txt", "Writes the process list to a file and to the console."),
            HelpExample("Get-ChildItem | Tee-Object -Variable items | Measure-Object", "Counts the items and keeps them in $items."),
        ])

    @Parameter(pipeline: .byValue, description: "Specifies the object to be saved and displayed.")
    var inputObject: Value
    @Parameter(aliases: ["Path"], mandatory: true, position: 0, set: "File", description: "Specifies a file that this cmdlet saves the object to. Wildcard characters are permitted, but must resolve to a single file.")
    var filePath: String?
    @Parameter(set: "File", description: "Indicates that the cmdlet appends the output to the specified file. Without this parameter, the new content replaces any existing content in the file without warning.")
    var append: SwitchParameter
    @Parameter(mandatory: true, set: "Variable", description: "Specifies a variable that the cmdlet saves the object to. Enter a variable name without the preceding dollar sign ($).")
    var variable: String?

    public init() {}

    private var items: [Value] = []

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        items.append(inputObject)
        try context.write(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        if let variable {
            // One object is stored as itself, several as an array (the pipeline's collected output).
            context.shell.setVariable(variable, items.count == 1 ? items[0] : .array(items))
            return
        }
        guard let filePath else { return }
        let path = context.shell.resolvePath(filePath)
        let lines = context.shell.output.render(items, shell: context.shell, width: nil)
        try FileText.write(lines.map { $0 + "\n" }.joined(), to: path, append: append.isPresent, context: context)
    }
}
