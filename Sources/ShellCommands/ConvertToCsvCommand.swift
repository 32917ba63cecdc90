import ShellEngine
import ShellFormatting
import Foundation

public final class ConvertToCsvCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertTo-Csv", className: "Microsoft.PowerShell.Commands.ConvertToCsvCommand",
        synopsis: "Converts .NET objects into a series of character-separated value (CSV) strings.",
        parameters: [
            ParameterMetadata("InputObject", .any, mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the objects that are converted to CSV strings."),
            ParameterMetadata("Delimiter", .string, position: 1, description: "Specifies the delimiter to separate the property values in CSV strings."),
            ParameterMetadata("NoTypeInformation", .switchParameter, aliases: ["NTI"], description: "Removes the #TYPE information header from the output."),
        ])

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if let item = context.inputObject ?? context.parameters["InputObject"] { items.append(item) }
    }

    public func end(_ context: CommandContext) throws {
        for line in CsvText.lines(items, delimiter: context.parameters.string("Delimiter") ?? ",", typeInformation: !context.parameters.isOn("NoTypeInformation"), shell: context.shell) {
            try context.write(.string(line))
        }
    }
}
