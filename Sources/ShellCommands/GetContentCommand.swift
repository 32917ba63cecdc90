import ShellEngine
import ShellFormatting
import Foundation

/// `Get-Content` (`cat`, `gc`, `type`): a file's lines.
public final class GetContentCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-Content", className: "Microsoft.PowerShell.Commands.GetContentCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Gets the content of the item at the specified location.",
        parameters: [
            ParameterMetadata("Path", .array(.string), aliases: ["FullName", "LiteralPath"], mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the path to an item."),
            ParameterMetadata("Raw", .switchParameter, description: "Ignores newline characters and returns the entire contents of a file in one string."),
            ParameterMetadata("TotalCount", .long, aliases: ["First", "Head"], description: "Specifies the number of lines from the beginning of a file."),
            ParameterMetadata("Tail", .int, aliases: ["Last"], description: "Specifies the number of lines from the end of a file."),
            ParameterMetadata("Encoding", .string, description: "Specifies the type of encoding for the target file."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        for written in context.parameters.strings("Path") ?? [] {
            let path = context.shell.resolvePath(written)
            guard let data = FileManager.default.contents(atPath: path) else {
                try context.writeError(context.errorRecord("Cannot find path '\(path)' because it does not exist.", id: "PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand".components(separatedBy: ",")[0], category: .objectNotFound, reason: "ItemNotFoundException", targetName: path, targetType: "String"))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            if context.parameters.isOn("Raw") { try context.write(.string(text)); continue }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
            if lines.last == "" { lines.removeLast() }
            if let count = context.parameters.int("TotalCount"), count >= 0 { lines = Array(lines.prefix(count)) }
            if let tail = context.parameters.int("Tail"), tail >= 0 { lines = Array(lines.suffix(tail)) }
            for line in lines { try context.write(.string(line)) }
        }
    }
}
