import ShellEngine
import ShellFormatting
import Foundation

/// `Export-Csv` / `ConvertTo-Csv`: 5.1 writes `#TYPE <type>` first unless `-NoTypeInformation`.
public final class ExportCsvCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Export-Csv", className: "Microsoft.PowerShell.Commands.ExportCsvCommand",
        synopsis: "Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.",
        parameters: [
            ParameterMetadata("InputObject", .any, mandatory: true, pipeline: .byValue, description: "Specifies the objects to export as CSV strings."),
            ParameterMetadata("Path", .string, aliases: ["LiteralPath"], position: 0, description: "Specifies the path to the CSV output file."),
            ParameterMetadata("Delimiter", .string, position: 1, description: "Specifies a delimiter to separate the property values."),
            ParameterMetadata("NoTypeInformation", .switchParameter, aliases: ["NTI"], description: "Removes the #TYPE information header from the output."),
            ParameterMetadata("Append", .switchParameter, description: "Use this parameter so that Export-CSV adds CSV output to the end of the specified file."),
            ParameterMetadata("Force", .switchParameter, description: "This parameter allows Export-Csv to overwrite files with the Read Only attribute."),
            ParameterMetadata("Encoding", .string, description: "Specifies the encoding for the exported CSV file."),
        ], supportsShouldProcess: true)

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if let item = context.inputObject ?? context.parameters["InputObject"] { items.append(item) }
    }

    public func end(_ context: CommandContext) throws {
        guard let written = context.parameters.string("Path") else {
            throw context.failure("Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.",
                                  id: "CannotSpecifyPathAndLiteralPath", category: .invalidData, reason: "InvalidOperationException")
        }
        let path = context.shell.resolvePath(written)
        guard try context.shouldProcess(target: path, action: "Export-Csv") else { return }
        let lines = CsvText.lines(items, delimiter: context.parameters.string("Delimiter") ?? ",", typeInformation: !context.parameters.isOn("NoTypeInformation"), shell: context.shell)
        try FileText.write(lines.map { $0 + "\n" }.joined(), to: path, append: context.parameters.isOn("Append"), shell: context.shell, span: context.span)
    }
}
