import ShellEngine
import ShellFormatting
import Foundation

/// `ConvertFrom-Json`: JSON text to PSCustomObjects (arrays come out as one array, as in 5.1).
public final class ConvertFromJsonCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "ConvertFrom-Json", className: "Microsoft.PowerShell.Commands.ConvertFromJsonCommand",
        synopsis: "Converts a JSON-formatted string to a custom object or a hash table.")

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the JSON strings to convert to JSON objects.")
    var inputObject: String
    @Parameter(description: "Converts the JSON to a hash table object.")
    var asHashtable: SwitchParameter

    private var lines: [String] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        lines.append(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        let text = lines.joined(separator: "\n")
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        var reader = JsonReader(text: text, asHashtable: asHashtable.isPresent)
        let value: Value
        do {
            value = try reader.document()
        } catch {
            throw context.failure("Invalid JSON primitive: \(error.detail).", id: "System.ArgumentException", category: .notSpecified,
                                  reason: "ArgumentException")
        }
        try context.write(value)
    }
}
