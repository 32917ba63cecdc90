import ShellEngine
import ShellFormatting
/// `Format-Table`: lays out the input as a table and writes the lines.
public final class FormatTableCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Format-Table", className: "Microsoft.PowerShell.Commands.FormatTableCommand",
        synopsis: "Formats the output as a table.",
        description: "The Format-Table cmdlet formats the output of a command as a table with the selected properties of the object in each column.")

    @Parameter(pipeline: .byValue, description: "Specifies the objects to format.")
    var inputObject: Value
    @Parameter(position: 0, description: "Specifies the object properties that appear in the display and the order in which they appear.")
    var property: [Value]
    @Parameter(description: "Indicates that the cmdlet adjusts the column size and number of columns based on the width of the data.")
    var autoSize: SwitchParameter
    @Parameter(description: "Displays text that exceeds the column width on the next line.")
    var wrap: SwitchParameter
    @Parameter(description: "Omits the column headings from the table.")
    var hideTableHeaders: SwitchParameter

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if $inputObject.isBound { items.append(contentsOf: inputObject.enumerated) }
    }

    public func end(_ context: CommandContext) throws {
        guard !items.isEmpty else { return }
        let properties = property
        var formats = ViewFormatting.views(of: context.shell)
        var rows = items
        let autoSize = self.autoSize.isPresent
        if !properties.isEmpty {
            let first = items[0]
            let columns = try PropertySelection.columns(properties, for: first, context: context)
            // A FormatString turns the cell into text; its alignment still follows the value (numbers right).
            var alignments = columns.map { $0.alignment ?? .automatic }
            rows = try items.enumerated().map { offset, item in
                let object = PSObject(typeNames: ["Vtash.FormatTableRow"])
                for (index, column) in columns.enumerated() {
                    var value = try column.compute(item)
                    if let format = column.formatString {
                        if offset == 0, alignments[index] == .automatic { alignments[index] = isNumber(value) ? .right : .left }
                        value = .string(try FormatStrings.formatItem(value, format: format, shell: context.shell, span: context.span))
                    }
                    object.setProperty(column.name, value)
                }
                return .object(object)
            }
            formats.register(FormatView(typeName: "Vtash.FormatTableRow", shape: .table(columns.enumerated().map { index, column in
                TableColumn(column.name, width: column.width, alignment: alignments[index])
            })))
        } else if let view = ViewFormatting.views(of: context.shell).view(for: items[0]) {
            switch view.shape {
            case .table(let columns) where autoSize:
                var sized = view
                sized.shape = .table(columns.map { column in
                    var copy = column
                    copy.width = nil
                    return copy
                })
                formats.register(sized)
            case .list:
                if case .object(let object) = items[0] {
                    formats.register(FormatView(typeName: view.typeName, shape: .table(object.properties.map(\.name).prefix(10).map { TableColumn($0, alignment: .automatic) })))
                }
            default:
                break
            }
        } else if case .object(let object) = items[0] {
            let names = object.properties.map(\.name).prefix(10)
            formats.register(FormatView(typeName: object.typeName, shape: .table(names.map { TableColumn($0, alignment: .automatic) })))
        }
        var lines: [String] = []
        let writer = OutDefault(formats: formats, width: context.host.width,
                                enumerationLimit: (try? LanguagePrimitives.toInt(context.shell.variable("FormatEnumerationLimit") ?? .int(4))) ?? 4) { lines.append($0) }
        writer.wraps = wrap.isPresent
        writer.hidesHeaders = hideTableHeaders.isPresent
        writer.forcesTable = true
        for row in rows { writer.write(row) }
        writer.finish()
        for line in lines { try context.write(.string(line)) }
    }

    private func isNumber(_ value: Value) -> Bool {
        switch value {
        case .int, .double, .decimal: return true
        case .dotNet(let object): return object is IntegerObject
        default: return false
        }
    }
}
