import ShellEngine
import ShellFormatting
/// `Out-String`: the formatted text of the input as one string (or lines with `-Stream`).
public final class OutStringCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Out-String", className: "Microsoft.PowerShell.Commands.OutStringCommand",
        synopsis: "Outputs input objects as a string.",
        description: "The Out-String cmdlet converts input objects into strings. By default, Out-String accumulates the strings and returns them as a single string.",
        defaultParameterSet: "NoNewLineFormatting")

    @Parameter(pipeline: .byValue, description: "Specifies the objects to be written to a string.")
    var inputObject: Value
    @Parameter(set: "StreamFormatting", description: "Indicates that the cmdlet sends a separate string for each line of an input object.")
    var stream: SwitchParameter
    // PowerShell 7's -NoNewline (5.1 lacks it, so no 5.1 script changes): the texts joined with no newline between
    // or after them; a string's own newlines stay (Out-String.Tests.ps1).
    @Parameter(set: "NoNewLineFormatting", description: "Removes all newlines from formatted output.")
    var noNewline: SwitchParameter
    @Parameter(description: "Specifies the number of characters in each line of output.")
    var width: Int?

    private var items: [Value] = []

    public init() {}

    public func begin(_ context: CommandContext) throws {
        // [ValidateRange(2, int.MaxValue)] on -Width (OutString.cs).
        if let width, width < 2 {
            throw context.failure("Cannot validate argument on parameter 'Width'. The \(width) argument is less than the minimum allowed range of 2. Supply an argument that is greater than or equal to 2 and then try the command again.",
                                  id: "ParameterArgumentValidationError", category: .invalidData, reason: "ParameterBindingValidationException")
        }
    }

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        items.append(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        if noNewline.isPresent {
            var text = ""
            for item in items {
                if case .string(let string) = item {
                    text += string
                } else {
                    text += context.shell.output.render([item], shell: context.shell, width: width).joined()
                }
            }
            try context.write(.string(text))
            return
        }
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
