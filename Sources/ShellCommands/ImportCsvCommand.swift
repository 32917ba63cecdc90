import ShellEngine
import ShellFormatting
import Foundation

/// `Import-Csv` / `ConvertFrom-Csv`: one PSCustomObject per row, named by the header.
public final class ImportCsvCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Import-Csv", className: "Microsoft.PowerShell.Commands.ImportCsvCommand",
        synopsis: "Creates table-like custom objects from the items in a character-separated value (CSV) file.",
        parameters: [
            ParameterMetadata("Path", .array(.string), aliases: ["LiteralPath"], position: 0, pipeline: .byValue, description: "Specifies the path to the CSV file to import."),
            ParameterMetadata("Delimiter", .string, position: 1, description: "Specifies the delimiter that separates the property values in the CSV file."),
            ParameterMetadata("Header", .array(.string), description: "Specifies an alternate column header row for the imported file."),
            ParameterMetadata("Encoding", .string, description: "Specifies the encoding for the imported CSV file."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        for written in context.parameters.strings("Path") ?? [] {
            let path = context.shell.resolvePath(written)
            guard let data = FileManager.default.contents(atPath: path) else {
                try context.writeError(FileSystemItems.notFound(path, context))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            for object in CsvText.objects(text, delimiter: context.parameters.string("Delimiter") ?? ",", header: context.parameters.strings("Header")) {
                try context.write(object)
            }
        }
    }
}
