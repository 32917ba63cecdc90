import ShellEngine
import ShellFormatting
/// `Format-Wide` (`fw`): one property of each object, in columns across the screen.
public final class FormatWideCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Format-Wide", className: "Microsoft.PowerShell.Commands.FormatWideCommand",
        synopsis: "Formats objects as a wide table that displays only one property of each object.")

    @Parameter(pipeline: .byValue, description: "Specifies the objects to format.")
    var inputObject: Value
    @Parameter(position: 0, description: "Specifies the property that appears in the display.")
    var property: Value
    @Parameter(description: "Specifies the number of columns in the display.")
    var column: Int?
    @Parameter(description: "Adjusts the column size and number of columns based on the width of the data.")
    var autoSize: SwitchParameter

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if $inputObject.isBound { items.append(contentsOf: inputObject.enumerated) }
    }

    public func end(_ context: CommandContext) throws {
        guard !items.isEmpty else { return }
        let texts: [String] = try items.map { item in
            if $property.isBound {
                let columns = try PropertySelection.columns([property], for: item, context: context)
                return CellText.render(try columns.first?.compute(item) ?? .null)
            }
            switch item {
            case .object(let object):
                let name = ["Name", "Id"].first { object.hasProperty($0) } ?? object.properties.first?.name
                return name.map { CellText.render(object[$0]) } ?? LanguagePrimitives.toString(item)
            default:
                return LanguagePrimitives.toString(item)
            }
        }
        let width = max(10, context.host.width)
        let widest = texts.map(\.count).max() ?? 1
        let columns: Int
        if let requested = column {
            columns = max(1, min(requested, 100))
        } else if autoSize.isPresent {
            columns = max(1, (width + 1) / (widest + 1))
        } else {
            columns = 2
        }
        let cellWidth = max(1, (width - (columns - 1)) / columns)
        var lines = [""]
        var index = 0
        while index < texts.count {
            let row = texts[index..<min(index + columns, texts.count)]
            var line = ""
            for (offset, text) in row.enumerated() {
                let fitted = CellText.fit(text, width: cellWidth - (offset < columns - 1 ? 1 : 0))
                line += offset == row.count - 1 ? fitted : CellText.pad(fitted, to: cellWidth, right: false) + " "
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
            index += columns
        }
        lines.append("")
        for line in lines { try context.write(.string(line)) }
    }
}
