import ShellEngine
import ShellFormatting
import Foundation

public final class ConvertFromCsvCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertFrom-Csv", className: "Microsoft.PowerShell.Commands.ConvertFromCsvCommand",
        synopsis: "Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.",
        parameters: [
            ParameterMetadata("InputObject", .array(.string), mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the CSV strings to be converted to objects."),
            ParameterMetadata("Delimiter", .string, position: 1, description: "Specifies the delimiter that separates the property values in the CSV strings."),
            ParameterMetadata("Header", .array(.string), description: "Specifies an alternate column header row for the imported string."),
        ])

    private var lines: [String] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        lines.append(contentsOf: context.parameters.strings("InputObject") ?? [])
    }

    public func end(_ context: CommandContext) throws {
        for object in CsvText.objects(lines.joined(separator: "\n"), delimiter: context.parameters.string("Delimiter") ?? ",", header: context.parameters.strings("Header")) {
            try context.write(object)
        }
    }
}
