import ShellEngine

/// `ConvertFrom-Csv`: CSV lines to one PSCustomObject per row.
public final class ConvertFromCsvCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "ConvertFrom-Csv", className: "Microsoft.PowerShell.Commands.ConvertFromCsvCommand",
        synopsis: "Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.")

    @Parameter(mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the CSV strings to be converted to objects.")
    var inputObject: [String]
    @Parameter(position: 1, description: "Specifies the delimiter that separates the property values in the CSV strings.")
    var delimiter: String = ","
    @Parameter(description: "Specifies an alternate column header row for the imported string.")
    var header: [String]?

    private var lines: [String] = []

    public init() {}

    public func begin(_ context: CommandContext) throws {
        // -Delimiter is a [char] in PowerShell: anything but one character is refused.
        if delimiter.count != 1 {
            throw context.failure("Cannot bind parameter 'Delimiter'. Cannot convert value \"\(delimiter)\" to type \"System.Char\". Error: \"String must be exactly one character long.\"",
                                  id: "CannotConvertArgumentNoMessage", category: .invalidArgument, reason: "ParameterBindingException")
        }
    }

    public func process(_ context: CommandContext) throws {
        lines.append(contentsOf: inputObject)
    }

    public func end(_ context: CommandContext) throws {
        for object in CsvText.objects(lines.joined(separator: "\n"), delimiter: delimiter, header: header) {
            try context.write(object)
        }
    }
}
