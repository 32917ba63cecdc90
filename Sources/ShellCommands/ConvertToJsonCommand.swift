import ShellEngine
import ShellFormatting
import Foundation

/// `ConvertTo-Json`: Windows PowerShell 5.1's layout (four-space indent, two spaces after the colon).
public final class ConvertToJsonCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "ConvertTo-Json", className: "Microsoft.PowerShell.Commands.ConvertToJsonCommand",
        synopsis: "Converts an object to a JSON-formatted string.")

    // [AllowNull]: `$null` binds and is then dropped (ConvertToJsonCommand.cs at 60b3b304f2, ProcessRecord).
    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the objects to convert to JSON format.", allowNull: true)
    var inputObject: Value
    @Parameter(description: "Specifies how many levels of contained objects are included in the JSON representation. The default value is 2.")
    var depth: Int = 2
    @Parameter(description: "Omits white space and indented formatting in the output string.")
    var compress: SwitchParameter
    @Parameter(description: "Outputs the object in array brackets, even if the input is a single object.")
    var asArray: SwitchParameter

    private var items: [Value] = []

    public init() {}

    public func begin(_ context: CommandContext) throws {
        // Windows PowerShell refuses a depth over 100 before reading any input (ConvertToJsonCommand.cs at 60b3b304f2,
        // BeginProcessing: WebCmdletStrings.ReachedMaximumDepthAllowed).
        if depth > 100 {
            throw context.failure("The maximum depth allowed for serialization is 100.", id: "ReachedMaximumDepthAllowed",
                                  category: .invalidOperation, reason: "InvalidOperationException")
        }
    }

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound, !inputObject.isNull else { return }
        items.append(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        guard !items.isEmpty else { return }
        let depth = max(0, min(self.depth, 100))
        let value: Value = items.count == 1 && !asArray.isPresent ? items[0] : .array(items)
        let writer = JsonWriter(compress: compress.isPresent, maxDepth: depth, interrupted: context.host.takeInterrupt)
        let text: String
        do {
            text = try writer.text(value)
        } catch is JsonWriter.TooLarge {
            throw context.failure("Exception of type 'System.OutOfMemoryException' was thrown.", id: "OutOfMemoryException", category: .invalidOperation)
        }
        try context.write(.string(text))
    }
}
