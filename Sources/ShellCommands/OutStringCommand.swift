import ShellEngine
import ShellFormatting
/// `Out-String`: the formatted text of the input as one string (or lines with `-Stream`).
public final class OutStringCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Out-String", className: "Microsoft.PowerShell.Commands.OutStringCommand",
        synopsis: "Outputs input objects as a string.",
        description: "The Out-String cmdlet converts input objects into strings. By default, Out-String accumulates the strings and returns them as a single string.")

    @Parameter(pipeline: .byValue, description: "Specifies the objects to be written to a string.")
    var inputObject: Value
    @Parameter(description: "Indicates that the cmdlet sends a separate string for each line of an input object.")
    var stream: SwitchParameter
    @Parameter(description: "Specifies the number of characters in each line of output.")
    var width: Int?

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        items.append(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        let lines = context.shell.output.render(items, shell: context.shell, width: width)
        if stream.isPresent {
            for line in lines { try context.write(.string(line)) }
        } else {
            var text = ""
            text.reserveCapacity(lines.reduce(0) { $0 &+ $1.utf8.count &+ 1 })
            for line in lines {
                text += line
                text.append("\n")
            }
            try context.write(.string(text))
        }
    }
}
