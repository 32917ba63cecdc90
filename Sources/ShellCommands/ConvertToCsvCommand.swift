import ShellEngine

/// `ConvertTo-Csv`: the lines Export-Csv would write, as strings.
public final class ConvertToCsvCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "ConvertTo-Csv", className: "Microsoft.PowerShell.Commands.ConvertToCsvCommand",
        synopsis: "Converts .NET objects into a series of character-separated value (CSV) strings.")

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the objects that are converted to CSV strings.")
    var inputObject: Value
    @Parameter(position: 1, description: "Specifies the delimiter to separate the property values in CSV strings.")
    var delimiter: String = ","
    @Parameter(aliases: ["NTI"], description: "Removes the #TYPE information header from the output.")
    var noTypeInformation: SwitchParameter

    private var items: [Value] = []

    public init() {}

    public func begin(_ context: CommandContext) throws {
        // -Delimiter is a [char] in PowerShell: anything but one character is refused.
        if delimiter.count != 1 {
            throw context.failure("Cannot bind parameter 'Delimiter'. Cannot convert value \"\(delimiter)\" to type \"System.Char\". Error: \"String must be exactly one character long.\"",
                                  id: "CannotConvertArgumentNoMessage", category: .invalidArgument, reason: "ParameterBindingException")
        }
    }

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        items.append(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        for line in CsvText.lines(items, delimiter: delimiter, typeInformation: !noTypeInformation.isPresent, shell: context.shell) {
            try context.write(.string(line))
        }
    }
}
