import ShellEngine
import ShellFormatting
/// `Format-List`: each object as `Name : Value` lines.
public final class FormatListCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Format-List", className: "Microsoft.PowerShell.Commands.FormatListCommand",
        synopsis: "Formats the output as a list of properties in which each property appears on a new line.",
        description: "The Format-List cmdlet formats the output of a command as a list of properties in which each property is displayed on a separate line.")

    @Parameter(pipeline: .byValue, description: "Specifies the objects to format.")
    var inputObject: Value
    @Parameter(position: 0, description: "Specifies the object properties that appear in the display and the order in which they appear. Wildcards are permitted.")
    var property: [Value]

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if $inputObject.isBound { items.append(contentsOf: inputObject.enumerated) }
    }

    public func end(_ context: CommandContext) throws {
        guard !items.isEmpty else { return }
        var specs = property
        if specs.isEmpty { specs = [.string("*")] }
        var lines: [String] = []
        let writer = OutDefault(formats: FormatRegistry(), width: context.host.width) { lines.append($0) }
        writer.forcesList = true
        for item in items {
            let object = PSObject(typeNames: ["Vtash.FormatListRow"])
            if case .object = item {
                for column in try PropertySelection.columns(specs, for: item, context: context) {
                    object.setProperty(column.name, try column.compute(item))
                }
            } else if case .hashtable(let table) = item {
                for (key, value) in table.entries { object.setProperty(LanguagePrimitives.toString(key), value) }
            } else {
                writer.write(item)
                continue
            }
            writer.write(.object(object))
        }
        writer.finish()
        for line in lines { try context.write(.string(line)) }
    }
}
