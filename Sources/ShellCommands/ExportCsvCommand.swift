import ShellEngine

/// `Export-Csv` (`epcsv`): 5.1 writes `#TYPE <type>` first unless `-NoTypeInformation`.
public final class ExportCsvCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Export-Csv", className: "Microsoft.PowerShell.Commands.ExportCsvCommand",
        synopsis: "Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.",
        supportsShouldProcess: true)

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the objects to export as CSV strings.")
    var inputObject: Value
    @Parameter(aliases: ["LiteralPath"], position: 0, description: "Specifies the path to the CSV output file.")
    var path: String?
    @Parameter(position: 1, description: "Specifies a delimiter to separate the property values.")
    var delimiter: String = ","
    @Parameter(aliases: ["NTI"], description: "Removes the #TYPE information header from the output.")
    var noTypeInformation: SwitchParameter
    @Parameter(description: "Use this parameter so that Export-CSV adds CSV output to the end of the specified file.")
    var append: SwitchParameter
    @Parameter(description: "This parameter allows Export-Csv to overwrite files with the Read Only attribute.")
    var force: SwitchParameter
    @Parameter(description: "Specifies the encoding for the exported CSV file.")
    var encoding: String?

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        items.append(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        guard let written = path else {
            throw context.failure("Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.",
                                  id: "CannotSpecifyPathAndLiteralPath", category: .invalidData, reason: "InvalidOperationException")
        }
        let path = context.shell.resolvePath(written)
        guard try context.shouldProcess(target: path, action: "Export-Csv") else { return }
        let lines = CsvText.lines(items, delimiter: delimiter, typeInformation: !noTypeInformation.isPresent, shell: context.shell)
        try FileText.write(lines.map { $0 + "\n" }.joined(), to: path, append: append.isPresent, context: context)
    }
}
