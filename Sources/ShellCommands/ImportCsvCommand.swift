import ShellEngine
import Foundation

/// `Import-Csv` (`ipcsv`): one PSCustomObject per row, named by the header.
public final class ImportCsvCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Import-Csv", className: "Microsoft.PowerShell.Commands.ImportCsvCommand",
        synopsis: "Creates table-like custom objects from the items in a character-separated value (CSV) file.")

    @Parameter(aliases: ["LiteralPath"], position: 0, pipeline: .byValue, description: "Specifies the path to the CSV file to import.")
    var path: [String]
    @Parameter(position: 1, description: "Specifies the delimiter that separates the property values in the CSV file.")
    var delimiter: String = ","
    @Parameter(description: "Specifies an alternate column header row for the imported file.")
    var header: [String]?
    @Parameter(description: "Specifies the encoding for the imported CSV file.")
    var encoding: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        for written in self.path {
            let path = context.shell.resolvePath(written)
            guard let data = FileManager.default.contents(atPath: path) else {
                try context.writeError(FileSystemItems.notFound(path, context))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            for object in CsvText.objects(text, delimiter: delimiter, header: header) {
                try context.write(object)
            }
        }
    }
}
