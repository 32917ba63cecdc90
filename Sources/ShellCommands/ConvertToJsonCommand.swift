import ShellEngine
import ShellFormatting
import Foundation

/// `ConvertTo-Json`: Windows PowerShell 5.1's layout (four-space indent, two spaces after the colon).
public final class ConvertToJsonCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertTo-Json", className: "Microsoft.PowerShell.Commands.ConvertToJsonCommand",
        synopsis: "Converts an object to a JSON-formatted string.",
        parameters: [
            ParameterMetadata("InputObject", .any, mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the objects to convert to JSON format."),
            ParameterMetadata("Depth", .int, description: "Specifies how many levels of contained objects are included in the JSON representation. The default value is 2."),
            ParameterMetadata("Compress", .switchParameter, description: "Omits white space and indented formatting in the output string."),
            ParameterMetadata("AsArray", .switchParameter, description: "Outputs the object in array brackets, even if the input is a single object."),
        ])

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if let item = context.inputObject ?? context.parameters["InputObject"] { items.append(item) }
    }

    public func end(_ context: CommandContext) throws {
        guard !items.isEmpty else { return }
        let depth = max(0, min(context.parameters.int("Depth") ?? 2, 100))
        let value: Value = items.count == 1 && !context.parameters.isOn("AsArray") ? items[0] : .array(items)
        let writer = JsonWriter(compress: context.parameters.isOn("Compress"), maxDepth: depth, interrupted: context.host.takeInterrupt)
        let text: String
        do {
            text = try writer.text(value)
        } catch is JsonWriter.TooLarge {
            throw context.failure("Exception of type 'System.OutOfMemoryException' was thrown.", id: "OutOfMemoryException", category: .invalidOperation)
        }
        try context.write(.string(text))
    }
}
