/// `Format-Table`: lays out the input as a table and writes the lines.
public final class FormatTableCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Format-Table", className: "Microsoft.PowerShell.Commands.FormatTableCommand",
        synopsis: "Formats the output as a table.",
        description: "The Format-Table cmdlet formats the output of a command as a table with the selected properties of the object in each column.",
        parameters: [
            ParameterMetadata("InputObject", .any, pipeline: .byValue, description: "Specifies the objects to format."),
            ParameterMetadata("Property", .array(.any), position: 0, description: "Specifies the object properties that appear in the display and the order in which they appear."),
            ParameterMetadata("AutoSize", .switchParameter, description: "Indicates that the cmdlet adjusts the column size and number of columns based on the width of the data."),
            ParameterMetadata("Wrap", .switchParameter, description: "Displays text that exceeds the column width on the next line."),
            ParameterMetadata("HideTableHeaders", .switchParameter, description: "Omits the column headings from the table."),
        ])

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if let item = context.inputObject ?? context.parameters["InputObject"] { items.append(contentsOf: item.enumerated) }
    }

    public func end(_ context: CommandContext) throws {
        guard !items.isEmpty else { return }
        let properties = context.parameters.list("Property")
        var formats = context.shell.formats
        var rows = items
        if !properties.isEmpty {
            let first = items[0]
            let columns = try PropertySelection.columns(properties, for: first, context: context)
            rows = try items.map { item in
                let object = PSObject(typeNames: ["Vtash.FormatTableRow"])
                for column in columns { object.setProperty(column.name, try column.compute(item)) }
                return .object(object)
            }
            formats.register(FormatView(typeName: "Vtash.FormatTableRow", shape: .table(columns.map { TableColumn($0.name, alignment: .automatic) })))
        } else if case .object(let object) = items[0], context.shell.formats.view(for: items[0]) == nil || {
            if case .list = context.shell.formats.view(for: items[0])?.shape { return true } else { return false }
        }() {
            let names = object.properties.map(\.name).prefix(10)
            formats.register(FormatView(typeName: object.typeName, shape: .table(names.map { TableColumn($0, alignment: .automatic) })))
        }
        var lines: [String] = []
        let writer = OutDefault(formats: formats, width: context.host.width) { lines.append($0) }
        for row in rows { writer.write(row) }
        writer.finish()
        if context.parameters.isOn("HideTableHeaders"), lines.count >= 3 { lines.removeSubrange(1...2) }
        for line in lines { try context.write(.string(line)) }
    }
}
