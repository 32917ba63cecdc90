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
    // PowerShell 7's -NoEnumerate: an array is written as one object, which is what this command (as 5.1) always does.
    @Parameter(description: "Specifies that output is not enumerated.")
    var noEnumerate: SwitchParameter

    private var lines: [String] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        lines.append(inputObject)
    }

    /// Several pipeline strings are several documents when the first is one whole document, else one document
    /// together (ConvertFromJsonCommand.cs at 60b3b304f2, EndProcessing).
    public func end(_ context: CommandContext) throws {
        guard let first = lines.first else { return }
        if lines.count > 1, let value = try? parse(first) {
            try context.write(value)
            for line in lines.dropFirst() {
                if let value = try parse(line, context) { try context.write(value) }
            }
            return
        }
        if let value = try parse(lines.joined(separator: "\n"), context) { try context.write(value) }
    }

    private func parse(_ text: String) throws(JsonReader.Failure) -> Value? {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        var reader = JsonReader(text: text, asHashtable: asHashtable.isPresent)
        return try reader.document()
    }

    private func parse(_ text: String, _ context: CommandContext) throws -> Value? {
        do {
            return try parse(text)
        } catch {
            throw context.failure("Invalid JSON primitive: \(error.detail).", id: "System.ArgumentException", category: .notSpecified,
                                  reason: "ArgumentException")
        }
    }
}
